import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { diff, isEmptyDiff, METRIC_KEYS, type DiffResult } from '../../../src/domain/diff'
import { deriveState } from '../../../src/domain/model'
import { applyEdits, editsArb, projectWith, stateArb } from './arbitraries'

const sorted = (xs: readonly string[]) => [...xs].sort()
const stepIds = (xs: readonly { id: string }[]) => sorted(xs.map((x) => x.id))
const flowIds = (xs: readonly { flowId: string }[]) => sorted(xs.map((x) => x.flowId))
const itemNames = (xs: readonly { item: string }[]) => sorted(xs.map((x) => x.item))

function expectNothingChanged(r: DiffResult, steps: number) {
  expect(isEmptyDiff(r)).toBe(true)
  expect(r.steps).toEqual({ added: [], removed: [], changed: [] })
  expect(r.matches).toHaveLength(steps)
  for (const k of METRIC_KEYS) expect(r.metrics.delta[k]).toBe(0)
  expect(r.metrics.after).toEqual(r.metrics.before)
}

describe('diff properties', () => {
  it('a state diffed with itself is empty', () => {
    fc.assert(
      fc.property(stateArb, fc.constantFrom('lineage' as const, 'label' as const), (state, matchBy) => {
        const project = projectWith([state])
        expectNothingChanged(diff({ project, state }, { project, state }, { matchBy }), state.steps.length)
      }),
      { numRuns: 150 },
    )
  })

  it('a state diffed with a freshly derived copy is empty', () => {
    fc.assert(
      fc.property(stateArb, fc.constantFrom('lineage' as const, 'label' as const), (state, matchBy) => {
        const copy = deriveState(state, 'future')
        const project = projectWith([state, copy])
        const r = diff({ project, state }, { project, state: copy }, { matchBy })
        expectNothingChanged(r, state.steps.length)
        if (matchBy === 'lineage') expect(r.matches.every((m) => m.by === 'lineage')).toBe(true)
      }),
      { numRuns: 150 },
    )
  })

  it('swapping before and after swaps added and removed, introduced and resolved', () => {
    fc.assert(
      fc.property(stateArb, editsArb, fc.constantFrom('lineage' as const, 'label' as const), (state, edits, matchBy) => {
        const after = applyEdits(deriveState(state, 'future'), edits)
        const project = projectWith([state, after])
        const there = diff({ project, state }, { project, state: after }, { matchBy })
        const back = diff({ project, state: after }, { project, state }, { matchBy })

        expect(stepIds(back.steps.added)).toEqual(stepIds(there.steps.removed))
        expect(stepIds(back.steps.removed)).toEqual(stepIds(there.steps.added))
        expect(sorted(back.matches.map((m) => `${m.after}>${m.before}:${m.by}`))).toEqual(sorted(there.matches.map((m) => `${m.before}>${m.after}:${m.by}`)))
        expect(sorted(back.steps.changed.map((c) => `${c.after.id}>${c.before.id}:${c.fields.join()}`))).toEqual(
          sorted(there.steps.changed.map((c) => `${c.before.id}>${c.after.id}:${c.fields.join()}`)),
        )
        expect(stepIds(back.flows.added)).toEqual(stepIds(there.flows.removed))
        expect(stepIds(back.flows.removed)).toEqual(stepIds(there.flows.added))
        expect(flowIds(back.handoffs.added)).toEqual(flowIds(there.handoffs.removed))
        expect(flowIds(back.handoffs.removed)).toEqual(flowIds(there.handoffs.added))
        expect(itemNames(back.duplicates.introduced)).toEqual(itemNames(there.duplicates.resolved))
        expect(itemNames(back.duplicates.resolved)).toEqual(itemNames(there.duplicates.introduced))
        expect(itemNames(back.duplicates.persisting)).toEqual(itemNames(there.duplicates.persisting))
        expect(back.metrics.before).toEqual(there.metrics.after)
        for (const k of METRIC_KEYS) expect(back.metrics.delta[k] + there.metrics.delta[k]).toBe(0)
        expect(back.roles.map((x) => [x.role, stepIds(x.stepsAdded), stepIds(x.reassignedIn), x.handoffsGained.length])).toEqual(
          // reassignedOut shows the step as it is in after; the swapped diff shows that same step as it was
          there.roles.map((x) => [x.role, stepIds(x.stepsRemoved), stepIds(x.reassignedOut), x.handoffsLost.length]),
        )
      }),
      { numRuns: 300 },
    )
  })

  it('gives the same result whatever the order of the arrays in the file', () => {
    fc.assert(
      fc.property(stateArb, editsArb, (state, edits) => {
        const after = applyEdits(deriveState(state, 'future'), edits)
        const project = projectWith([state, after])
        const shuffled = structuredClone(after)
        shuffled.steps.reverse()
        shuffled.flows.reverse()
        const r1 = diff({ project, state }, { project, state: after })
        const r2 = diff({ project, state }, { project, state: shuffled })
        expect(JSON.stringify(r2)).toBe(JSON.stringify(r1))
      }),
      { numRuns: 150 },
    )
  })
})

