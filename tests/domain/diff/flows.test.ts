import { describe, expect, it } from 'vitest'
import { diff, diffCurrentFuture, diffFixture, ids, withFuture } from './helpers'

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

  it('given a flow of one lineage reconnected to another step that is still there, then it is one flow removed and one added', async () => {
    const { readFileSync } = await import('node:fs')
    const { importBpmn } = await import('../../../src/io/bpmn')
    const read = (file: string) => {
      const r = importBpmn(readFileSync(`tests/fixtures/corpus/bpmn-js-differ/incoming-outgoing/${file}`, 'utf8'))
      if (!r.ok) throw new Error(r.error)
      return { project: { id: file, ...r.added }, state: r.state }
    }
    // bpmn-js-differ's "reconnect" pair: SEQUENCE_FLOW goes START_EVENT → TASK_1, then → TASK_2
    const [before, after] = [read('reconnect.before.bpmn'), read('reconnect.after.bpmn')]
    const r = diff(before, after)
    // steps get ids of their own; the BPMN element ids are their lineage
    const lineage = new Map([...before.state.steps, ...after.state.steps].map((s) => [s.id, s.lineage]))
    const ends = (f: { from: { id: string }; to: { id: string } }) => `${lineage.get(f.from.id)} → ${lineage.get(f.to.id)}`
    expect(r.flows.removed.map(ends)).toEqual(['START_EVENT → TASK_1'])
    expect(r.flows.added.map(ends)).toEqual(['START_EVENT → TASK_2'])
    expect(r.steps.added).toEqual([])
  })

  it('given a flow whose step was replaced, then it keeps its lineage match', () => {
    // the replaced-step fixture: its flows into the new step keep no lineage, the others do
    const r = diffCurrentFuture(project)
    expect(r.summary.flowsRemoved).toBe(2)
    expect(r.summary.flowsAdded).toBe(2)
  })
})
