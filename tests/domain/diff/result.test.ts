import { describe, expect, it } from 'vitest'
import { diffCurrentFuture, diffFixture } from './helpers'
import type { Project } from '../../../src/domain/model'

// The result is a plain object: JSON round-trips it, and the same input gives the same output.
const fixtures = ['matching.rules', 'handoffs.replaced-step', 'duplicates.interface', 'metrics.rework-loop'].map(diffFixture)

/** The same project with every array of each state in reverse order. */
function reversed(p: Project): Project {
  const q = structuredClone(p)
  for (const s of q.states) {
    s.steps.reverse()
    s.flows.reverse()
    for (const step of s.steps) {
      step.records.reverse()
      step.systemIds.reverse()
    }
  }
  q.roles.reverse()
  return q
}

describe('the diff result', () => {
  it.each(fixtures.map((p) => [p.name, p] as const))('survives JSON: %s', (_, p) => {
    const r = diffCurrentFuture(p)
    expect(JSON.parse(JSON.stringify(r))).toEqual(r)
  })

  it.each(fixtures.map((p) => [p.name, p] as const))('does not depend on the order of the file: %s', (_, p) => {
    expect(JSON.stringify(diffCurrentFuture(reversed(p)))).toBe(JSON.stringify(diffCurrentFuture(p)))
  })

  it('gives every item its diff id', () => {
    const r = diffCurrentFuture(diffFixture('matching.rules'))
    expect(r.steps.added.map((s) => s.diffId)).toEqual(['step-added:f_wash'])
    expect(r.steps.removed.map((s) => s.diffId)).toEqual(['step-removed:c_wash'])
    expect(r.steps.changed.map((s) => s.diffId)).toEqual(['step-changed:c_pack:f_pack', 'step-changed:c_recv:f_recv', 'step-changed:c_scan:f_scan'])
    expect(r.flows.added.map((f) => f.diffId)).toEqual(['flow-added:ff_4', 'flow-added:ff_5'])
    expect(r.roles.map((x) => x.diffId)).toEqual(['role:OR nurse', 'role:SPD technician'])
    expect(r.before).toEqual({ id: 'st_cur', name: 'Current state', phase: 'current' })
  })
})

describe('a state that does not hold together', () => {
  it('still diffs: flows to missing steps are skipped, unknown catalogue ids keep their id as name', () => {
    // given a future state edited outside the app: a dangling flow and a role missing from the catalogue
    const p = structuredClone(diffFixture('handoffs.replaced-step'))
    const future = p.states[1]!
    future.flows.push({ id: 'ff_dangling', lineage: 'lf_dangling', from: 'f_pack', to: 'nowhere' })
    future.steps.find((s) => s.id === 'f_lift')!.roleId = 'r_unknown'
    const r = diffCurrentFuture(p)
    expect(r.flows.added.map((f) => f.id)).not.toContain('ff_dangling')
    expect(r.steps.added.find((s) => s.id === 'f_lift')!.role).toBe('r_unknown')
  })
})
