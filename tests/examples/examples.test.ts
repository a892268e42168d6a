// The example projects in examples/ are what a new user opens first, and what the diff, plan and
// export tests lean on. These tests hold them to the promise of the examples: three real states,
// lineage that ties them together, and duplicate documentation that appears during the
// transition and is removed by interfaces in the future state. Duplicates are counted here from
// the records themselves, by the rule in DESIGN.md, so the examples are checked independently of
// the diff engine.
import { execFileSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { danglingAnchors, stateSignOffs } from '../../src/domain/review'
import { FORMAT_VERSION, laneBands, parseProjectText, stepSize, type Project, type Step, type WorkflowState } from '../../src/domain/model'

const EXAMPLES_DIR = join(process.cwd(), 'examples')
const exampleFiles = readdirSync(EXAMPLES_DIR)
  .filter((name) => name.endsWith('.flowstate.json'))
  .sort()

function load(name: string): Project {
  const result = parseProjectText(readFileSync(join(EXAMPLES_DIR, name), 'utf8'))
  if (!result.ok) throw new Error(`${name}: ${result.error}`)
  return result.project
}

function statesOf(project: Project): { current: WorkflowState; transition: WorkflowState; future: WorkflowState } {
  const only = (phase: WorkflowState['phase']) => {
    const found = project.states.filter((s) => s.phase === phase)
    expect(found, `${project.name} has one ${phase} state`).toHaveLength(1)
    return found[0]!
  }
  return { current: only('current'), transition: only('transition'), future: only('future') }
}

/**
 * DESIGN.md, diff rule 5: a data item recorded by hand by two or more steps, or by one step into
 * two or more systems. Returns each duplicated item with the manual records that make it one.
 */
function manualDuplicates(state: WorkflowState): Map<string, { stepId: string; systemId: string | null }[]> {
  const manual = new Map<string, { stepId: string; systemId: string | null }[]>()
  for (const step of state.steps) {
    for (const r of step.records) {
      if (r.entry !== 'manual') continue
      const list = manual.get(r.dataItemId) ?? []
      list.push({ stepId: step.id, systemId: r.systemId ?? null })
      manual.set(r.dataItemId, list)
    }
  }
  const duplicates = new Map<string, { stepId: string; systemId: string | null }[]>()
  for (const [item, records] of manual) {
    const steps = new Set(records.map((r) => r.stepId))
    const oneStepTwoSystems = [...steps].some((s) => new Set(records.filter((r) => r.stepId === s).map((r) => r.systemId)).size >= 2)
    if (steps.size >= 2 || oneStepTwoSystems) duplicates.set(item, records)
  }
  return duplicates
}

const duplicateRecordCount = (state: WorkflowState) => [...manualDuplicates(state).values()].reduce((n, records) => n + records.length, 0)

/** Role pairs of the flows that pass work from one role to another. */
function handoffPairs(state: WorkflowState): Set<string> {
  const byId = new Map(state.steps.map((s) => [s.id, s]))
  const pairs = new Set<string>()
  for (const f of state.flows) {
    const from = byId.get(f.from)!.roleId
    const to = byId.get(f.to)!.roleId
    if (from !== to) pairs.add(`${from}>${to}`)
  }
  return pairs
}

/** A rework loop: a flow out of a decision that leads back to a step from which the decision is reached again. */
function hasReworkLoop(state: WorkflowState): boolean {
  const next = new Map<string, string[]>()
  for (const f of state.flows) next.set(f.from, [...(next.get(f.from) ?? []), f.to])
  const reaches = (from: string, target: string): boolean => {
    const seen = new Set<string>()
    const stack = [from]
    while (stack.length > 0) {
      const id = stack.pop()!
      if (id === target) return true
      if (seen.has(id)) continue
      seen.add(id)
      stack.push(...(next.get(id) ?? []))
    }
    return false
  }
  return state.steps.some((d) => d.kind === 'decision' && (next.get(d.id) ?? []).some((to) => reaches(to, d.id)))
}

const kinds = (state: WorkflowState) => new Set(state.steps.map((s: Step) => s.kind))

describe('the example projects', () => {
  it('given a fresh checkout, then examples/ holds the sterile processing, CT imaging and lab sample projects', () => {
    expect(exampleFiles).toEqual(['ct-imaging.flowstate.json', 'lab-sample.flowstate.json', 'sterile-processing.flowstate.json'])
  })

  it('when regenerated from scripts/examples, then the committed files are unchanged', () => {
    expect(() => execFileSync(process.execPath, ['scripts/examples/build.mjs', '--check'], { stdio: 'pipe' })).not.toThrow()
  })

  describe.each(exampleFiles)('%s', (name) => {
    const project = load(name)
    const { current, transition, future } = statesOf(project)
    const all = [current, transition, future]

    it('when parsed, then it is a flowstate project of the current format version with a description', () => {
      expect(project.format).toBe('flowstate')
      expect(project.version).toBe(FORMAT_VERSION)
      expect(project.description?.length).toBeGreaterThan(100)
    })

    it('then the frontline raised a few pain points on today’s map, and one role signed off the future state, still current', () => {
      const pains = (project.comments ?? []).filter((c) => c.pain)
      expect(pains.length).toBeGreaterThanOrEqual(3)
      for (const c of pains) expect(c.anchor.stateId, c.text).toBe(current.id)
      expect(danglingAnchors(project)).toEqual([])
      const s = stateSignOffs(project, future)
      expect([s.signed, s.stale]).toEqual([1, 0])
    })

    it('then the transition is based on the current state and the future on the transition', () => {
      expect(current.basedOn).toBeUndefined()
      expect(transition.basedOn).toBe(current.id)
      expect(future.basedOn).toBe(transition.id)
    })

    it('then every state has at least 10 steps, each in a role, with touch time on work and wait time on waits', () => {
      for (const state of all) {
        expect(state.steps.length, state.name).toBeGreaterThanOrEqual(10)
        for (const step of state.steps) {
          expect(step.roleId, `${state.name}: ${step.label}`).toBeDefined()
          if (step.kind === 'task' || step.kind === 'subprocess') expect(step.touchMinutes, `${state.name}: ${step.label}`).toBeGreaterThan(0)
          if (step.kind === 'wait') expect(step.waitMinutes, `${state.name}: ${step.label}`).toBeGreaterThan(0)
        }
      }
    })

    it('then every state has start and end events, a wait, a subprocess and a decision with a rework loop', () => {
      for (const state of all) {
        expect([...kinds(state)].sort(), state.name).toEqual(['decision', 'end', 'start', 'subprocess', 'task', 'wait'])
        expect(hasReworkLoop(state), state.name).toBe(true)
      }
    })

    it('then each role has a colour of its own', () => {
      const colors = project.roles.map((r) => r.color?.toLowerCase())
      expect(colors.every((c) => c !== undefined)).toBe(true)
      expect(new Set(colors).size).toBe(colors.length)
    })

    it('then a step that continues keeps its lineage, and a lineage appears at most once per state', () => {
      for (const state of all) {
        const lineages = state.steps.map((s) => s.lineage)
        expect(new Set(lineages).size, state.name).toBe(lineages.length)
      }
      const inCurrent = new Set(current.steps.map((s) => s.lineage))
      const continuing = future.steps.filter((s) => inCurrent.has(s.lineage))
      expect(continuing.length).toBeGreaterThanOrEqual(10)
      const currentIds = new Set(current.steps.map((s) => s.id))
      expect(future.steps.some((s) => currentIds.has(s.id))).toBe(false)
    })

    it('then steps sit tidily in their lanes: minimum lane height, no two steps on top of each other', () => {
      for (const state of all) {
        for (const band of laneBands(state, project.roles)) expect(band.height, `${state.name}: ${band.name}`).toBe(140)
        const boxes = state.steps.map((s) => ({ s, ...s.position, ...stepSize(s.kind) }))
        for (const a of boxes) {
          for (const b of boxes) {
            if (a === b || a.s.roleId !== b.s.roleId) continue
            const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y
            expect(apart, `${state.name}: "${a.s.label}" overlaps "${b.s.label}"`).toBe(true)
          }
        }
      }
    })

    it('then the transition documents something twice that the current state did not, and the future resolves it', () => {
      const before = manualDuplicates(current)
      const during = manualDuplicates(transition)
      const after = manualDuplicates(future)
      const introduced = [...during.keys()].filter((item) => !before.has(item))
      expect(introduced.length).toBeGreaterThan(0)
      expect(introduced.some((item) => !after.has(item))).toBe(true)
      expect(duplicateRecordCount(future)).toBeLessThan(duplicateRecordCount(transition))
      expect(after.size).toBeLessThan(during.size)
    })

    it('then the future state relies on interfaces: it has automatic records the current state lacks', () => {
      const automatic = (s: WorkflowState) => s.steps.reduce((n, step) => n + step.records.filter((r) => r.entry === 'automatic').length, 0)
      expect(automatic(future)).toBeGreaterThan(automatic(current))
    })

    it('then the future changes who hands work to whom', () => {
      const now = handoffPairs(current)
      const then = handoffPairs(future)
      expect([...now].some((pair) => !then.has(pair))).toBe(true)
      expect([...then].some((pair) => !now.has(pair))).toBe(true)
    })
  })
})
