import { describe, expect, it } from 'vitest'
import { diffCurrentFuture, diffFixture, withFuture } from './helpers'

// Rule 4: handoffs, and the pairing rule for replaced steps.
const project = diffFixture('handoffs.replaced-step')
const flowIds = (hs: readonly { flowId: string }[]) => hs.map((h) => h.flowId)

describe('handoffs', () => {
  it('counts the flows whose two steps have different roles', () => {
    const r = diffCurrentFuture(project)
    expect(r.summary.handoffsBefore).toBe(2) // OR nurse → Porter, Porter → SPD technician
    expect(r.summary.handoffsAfter).toBe(2)
  })

  it('pairs the handoffs around a replaced step: neither added nor removed', () => {
    // given the porter's "Carry tray to SPD" replaced by "Send cart by dumbwaiter" (new flows, new step)
    const r = diffCurrentFuture(project)
    // then the step and its flows change, but OR nurse → Porter and Porter → SPD are the same handoffs
    expect(r.summary).toMatchObject({ stepsAdded: 1, stepsRemoved: 1, flowsAdded: 2, flowsRemoved: 2 })
    expect(r.handoffs).toEqual({ added: [], removed: [] })
    expect(r.summary).toMatchObject({ handoffsAdded: 0, handoffsRemoved: 0 })
  })

  it('does not pair handoffs of a different role pair', () => {
    // given the replacement done by the SPD technician instead of the porter
    const p = withFuture(project, (f) => (f.steps.find((s) => s.id === 'f_lift')!.roleId = 'r_spd'))
    const r = diffCurrentFuture(p)
    // then OR nurse → SPD technician is new, and both porter handoffs are gone
    expect(flowIds(r.handoffs.added)).toEqual(['ff_2'])
    expect(r.handoffs.added[0]!.diffId).toBe('handoff-added:ff_2')
    expect(flowIds(r.handoffs.removed)).toEqual(['cf_2', 'cf_3'])
    expect(r.handoffs.removed.map((h) => `${h.from.role} → ${h.to.role}`)).toEqual(['OR nurse → Porter', 'Porter → SPD technician'])
  })

  it('does not pair handoffs that share no matched endpoint', () => {
    // given the replacement also feeds a new receiving step
    const p = withFuture(project, (f) => {
      f.steps.find((s) => s.id === 'f_recv')!.lineage = 'l_recv_new'
      f.steps.find((s) => s.id === 'f_recv')!.label = 'Take cart from dumbwaiter'
    })
    const r = diffCurrentFuture(p)
    // OR → Porter shares the packing step and pairs; Porter → SPD shares nothing and counts
    expect(flowIds(r.handoffs.added)).toEqual(['ff_3'])
    expect(flowIds(r.handoffs.removed)).toEqual(['cf_3'])
  })

  it('adds a handoff when a matched flow becomes one, and removes one symmetrically', () => {
    // given the receiving step reassigned to the porter
    const p = withFuture(project, (f) => (f.steps.find((s) => s.id === 'f_recv')!.roleId = 'r_porter'))
    const r = diffCurrentFuture(p)
    // then Porter → SPD moves from before the receiving step to after it
    expect(flowIds(r.handoffs.added)).toEqual(['ff_4'])
    expect(flowIds(r.handoffs.removed)).toEqual(['cf_3'])
  })

  it('needs a role on both ends: a step without a role hands nothing off', () => {
    const p = withFuture(project, (f) => delete f.steps.find((s) => s.id === 'f_lift')!.roleId)
    const r = diffCurrentFuture(p)
    expect(r.summary.handoffsAfter).toBe(0)
    expect(flowIds(r.handoffs.removed)).toEqual(['cf_2', 'cf_3'])
  })
})
