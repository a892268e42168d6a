import { describe, expect, it } from 'vitest'
import { diffCurrentFuture, diffFixture, ids, withFuture } from './helpers'

// Rule 3: flows are matched by lineage, else by matched endpoints.
const project = diffFixture('handoffs.replaced-step')

describe('flows', () => {
  it('matches flows by lineage, and by matched endpoints when lineage differs', () => {
    // given a flow redrawn between the same two steps (new lineage)
    const p = withFuture(project, (f) => (f.flows.find((x) => x.id === 'ff_4')!.lineage = 'lf_4_redrawn'))
    const r = diffCurrentFuture(p)
    // then only the flows around the replaced step are added and removed
    expect(ids(r.flows.removed)).toEqual(['cf_2', 'cf_3'])
    expect(ids(r.flows.added)).toEqual(['ff_2', 'ff_3'])
  })

  it('names both ends of an added or removed flow', () => {
    const r = diffCurrentFuture(project)
    expect(r.flows.added[0]).toEqual({
      diffId: 'flow-added:ff_2',
      id: 'ff_2',
      from: { id: 'f_pack', label: 'Pack tray', kind: 'task', role: 'OR nurse', roleId: 'r_or' },
      to: { id: 'f_lift', label: 'Send cart by dumbwaiter', kind: 'task', role: 'Porter', roleId: 'r_porter' },
    })
  })

  it('keeps a flow label', () => {
    const p = withFuture(project, (f) => (f.flows.find((x) => x.id === 'ff_2')!.label = 'cart full'))
    expect(diffCurrentFuture(p).flows.added[0]!.label).toBe('cart full')
  })

  it("matches flows by endpoints only when matching by label", () => {
    const r = diffCurrentFuture(project, { matchBy: 'label' })
    expect(ids(r.flows.removed)).toEqual(['cf_2', 'cf_3'])
    expect(r.summary.flowsAdded).toBe(2)
  })
})
