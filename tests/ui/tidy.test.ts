import ELK from 'elkjs/lib/elk.bundled.js'
import { describe, expect, it } from 'vitest'
import { applyCommand } from '../../src/domain/commands'
import { stepSize, type WorkflowState } from '../../src/domain/model'
import { CAPTION } from '../../src/ui/canvas/viewportFit'
import { centresOf, placeInLanes, toElkGraph } from '../../src/ui/layout/elkGraph'
import { loadProject } from '../helpers/fixtures'

const project = loadProject('editor/editor.two-states.flowstate.json')

async function tidied(state: WorkflowState): Promise<WorkflowState> {
  const layout = await new ELK().layout(toElkGraph(state))
  const moves = placeInLanes(state, centresOf(layout))
  return applyCommand(project, { type: 'step.move', stateId: state.id, moves }).project.states.find((s) => s.id === state.id)!
}

describe('tidy up', () => {
  it('given a messy state, when tidied, then every step keeps its lane, flows run left to right (rework loops aside), and no two steps of a lane overlap', async () => {
    const messy: WorkflowState = {
      ...project.states[0]!,
      steps: project.states[0]!.steps.map((s, i) => ({ ...s, position: { x: (i * 137) % 500, y: (i * 53) % 60 } })),
    }
    const after = await tidied(messy)
    for (const s of after.steps) expect(s.roleId).toBe(messy.steps.find((m) => m.id === s.id)!.roleId)
    const at = new Map(after.steps.map((s) => [s.id, s]))
    for (const f of after.flows.filter((f) => f.label !== 'no')) expect(at.get(f.to)!.position.x).toBeGreaterThan(at.get(f.from)!.position.x)
    for (const a of after.steps) {
      for (const b of after.steps) {
        if (a === b || a.roleId !== b.roleId) continue
        const sa = stepSize(a.kind)
        const sb = stepSize(b.kind)
        const apart = a.position.x + sa.width <= b.position.x || b.position.x + sb.width <= a.position.x || a.position.y + sa.height <= b.position.y || b.position.y + sb.height <= a.position.y
        expect(apart, `${a.label} / ${b.label}`).toBe(true)
      }
    }
  })

  it('puts a straight sequence in one lane on one line', async () => {
    const after = await tidied(project.states[0]!)
    const spd = after.steps.filter((s) => s.roleId === 'r_spd')
    const centres = spd.map((s) => s.position.y + stepSize(s.kind).height / 2)
    expect(new Set(centres).size).toBe(1)
  })

  it('given a state that begins with a start event, when tidied, then its caption (wider than the circle) starts inside the lane, clear of the lane names', async () => {
    const state = project.states[0]!
    expect(state.steps.some((s) => s.kind === 'start')).toBe(true)
    const after = await tidied(state)
    for (const s of after.steps.filter((s) => s.kind === 'start' || s.kind === 'end' || s.kind === 'wait' || s.kind === 'decision')) {
      const { width } = stepSize(s.kind)
      expect(s.position.x + width / 2 - CAPTION.width / 2, s.label).toBeGreaterThanOrEqual(0)
    }
  })

  it('leaves alone a step it was not asked about (added while the layout ran)', () => {
    const state = project.states[0]!
    const moves = placeInLanes(state, new Map([['s_pack', { x: 500, y: 20 }]]))
    expect(moves.map((m) => m.stepId)).toEqual(['s_pack'])
  })
})
