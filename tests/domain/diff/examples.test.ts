import { describe, expect, it } from 'vitest'
import { diffStates, METRIC_KEYS, type DiffResult } from '../../../src/domain/diff'
import { parseProjectText, type Project } from '../../../src/domain/model'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readExpectedNotes } from './expectedNotes'

// The three example projects against their hand-check notes (tests/fixtures/examples/*.expected.md).
const EXAMPLES = ['sterile-processing', 'ct-imaging', 'lab-sample']

function loadExample(name: string): Project {
  const parsed = parseProjectText(readFileSync(join(process.cwd(), 'examples', `${name}.flowstate.json`), 'utf8'))
  if (!parsed.ok) throw new Error(`examples/${name}.flowstate.json: ${parsed.error}`)
  return parsed.project
}

const sorted = (xs: readonly string[]) => [...xs].sort()

describe.each(EXAMPLES)('example %s', (name) => {
  const project = loadExample(name)
  const notes = readExpectedNotes(name)

  it('has notes for current → future, current → transition and transition → future', () => {
    expect(notes.diffs.map((d) => d.title)).toEqual(['Current → future', 'Current → transition', 'Transition → future'])
  })

  describe.each(notes.diffs.map((d) => [d.title, d] as const))('%s', (_, expected) => {
    const r: DiffResult = diffStates(project, expected.before, expected.after)

    it('adds and removes the hand-checked steps', () => {
      expect(sorted(r.steps.added.map((s) => s.id))).toEqual(sorted(expected.added))
      expect(sorted(r.steps.removed.map((s) => s.id))).toEqual(sorted(expected.removed))
    })

    it('changes the hand-checked steps in the hand-checked fields', () => {
      const got = r.steps.changed.map((c) => ({ before: c.before.id, after: c.after.id, fields: c.fields }))
      const byId = (x: { before: string }, y: { before: string }) => (x.before < y.before ? -1 : 1)
      expect(got.sort(byId)).toEqual([...expected.changed].sort(byId))
    })

    it('reassigns the hand-checked steps', () => {
      const got = r.steps.changed.filter((c) => c.reassigned).map((c) => ({ before: c.before.id, after: c.after.id, from: c.reassigned!.from, to: c.reassigned!.to }))
      expect(sorted(got.map((g) => JSON.stringify(g)))).toEqual(sorted(expected.reassigned.map((g) => JSON.stringify(g))))
    })

    it('gains and loses the hand-checked handoffs', () => {
      expect([r.summary.handoffsBefore, r.summary.handoffsAfter]).toEqual([expected.handoffsBefore, expected.handoffsAfter])
      expect(sorted(r.handoffs.added.map((h) => h.flowId))).toEqual(sorted(expected.handoffsAdded))
      expect(sorted(r.handoffs.removed.map((h) => h.flowId))).toEqual(sorted(expected.handoffsRemoved))
    })

    it('introduces, resolves and keeps the hand-checked duplicates', () => {
      expect(sorted(r.duplicates.introduced.map((d) => d.item))).toEqual(sorted(expected.introduced))
      expect(sorted(r.duplicates.resolved.map((d) => d.item))).toEqual(sorted(expected.resolved))
      expect(sorted(r.duplicates.persisting.map((d) => d.item))).toEqual(sorted(expected.persisting))
    })

    it('matches every step by lineage', () => {
      expect(r.matches.every((m) => m.by === 'lineage')).toBe(true)
    })
  })

  it('measures each state as hand-checked', () => {
    const byPhase = (phase: string) => project.states.find((s) => s.phase === phase)!
    const current = diffStates(project, byPhase('current'), byPhase('future'))
    const transition = diffStates(project, byPhase('transition'), byPhase('future'))
    const measured: Record<string, Record<string, number>> = {}
    for (const k of METRIC_KEYS) {
      measured[k] = { current: current.metrics.before[k], transition: transition.metrics.before[k], future: current.metrics.after[k] }
    }
    expect(measured).toEqual(notes.metrics)
  })
})
