import { describe, expect, it } from 'vitest'
import type { Project, WorkflowState } from '../../../src/domain/model'
import { anchoredStep, commentsOfState, danglingAnchors } from '../../../src/domain/review'
import { painPoint, run, trayReturn } from './review'

const state = (p: Project, id: string): WorkflowState => p.states.find((s) => s.id === id)!
const stepsWithComments = (p: Project, stateId: string) => [...commentsOfState(p, state(p, stateId)).byStep.keys()]

describe('comment anchors', () => {
  const raised = run(trayReturn(), { type: 'comment.add', comment: painPoint('c1', 'st_cur', 'l_log', { type: 'duplicate-entry', severity: 'high' }) })

  it('given a pain point on a current step, then it sits on that step in every state that keeps its lineage', () => {
    expect(stepsWithComments(raised, 'st_cur')).toEqual(['c_log'])
    expect(stepsWithComments(raised, 'st_tr')).toEqual(['t_log'])
    // The future state removed the paper log: nothing there carries it.
    expect(stepsWithComments(raised, 'st_fut')).toEqual([])
  })

  it('given a pain point, when a future state is derived from the transition, then the copy of the step carries it', () => {
    const derived = run(raised, { type: 'state.derive', sourceId: 'st_tr', stateId: 'st_new', phase: 'future', name: 'Future B' })
    const copy = state(derived, 'st_new').steps.find((s) => s.lineage === 'l_log')!
    expect(stepsWithComments(derived, 'st_new')).toEqual([copy.id])
  })

  it('given a state drawn independently (no shared lineage), then the pain point follows the diff’s matching by label', () => {
    const cur = state(raised, 'st_cur')
    const imported: WorkflowState = {
      ...cur,
      id: 'st_imp',
      name: 'Imported from another file',
      phase: 'future',
      steps: cur.steps.map((s, i) => ({ ...s, id: `Task_${i + 1}`, lineage: `Task_${i + 1}` })),
      flows: cur.flows.map((f, i) => ({ ...f, id: `Flow_${i + 1}`, lineage: `Flow_${i + 1}`, from: `Task_${cur.steps.findIndex((s) => s.id === f.from) + 1}`, to: `Task_${cur.steps.findIndex((s) => s.id === f.to) + 1}` })),
    }
    const p: Project = { ...raised, states: [...raised.states, imported] }
    expect(anchoredStep(p, { kind: 'step', lineage: 'l_log', stateId: 'st_cur' }, imported)?.id).toBe('Task_5')
    expect(commentsOfState(p, imported).byStep.get('Task_5')!.map((c) => c.id)).toEqual(['c1'])
    expect(imported.steps[4]!.label).toBe('Write tray in paper log')
  })

  it('puts lane and state comments on their lane and state, and flow comments on the flow of that lineage', () => {
    const p = run(
      raised,
      { type: 'comment.add', comment: { ...painPoint('c2', 'st_cur', 'x', { type: 'waiting', severity: 'low' }), anchor: { kind: 'lane', roleId: 'r_porter', stateId: 'st_cur' } } },
      { type: 'comment.add', comment: { ...painPoint('c3', 'st_cur', 'x', { type: 'other', severity: 'low' }), anchor: { kind: 'state', stateId: 'st_cur' } } },
      { type: 'comment.add', comment: { ...painPoint('c4', 'st_cur', 'x', { type: 'waiting', severity: 'medium' }), anchor: { kind: 'flow', lineage: 'lf_3', stateId: 'st_cur' } } },
    )
    const cur = commentsOfState(p, state(p, 'st_cur'))
    expect([...cur.byLane.keys()]).toEqual(['r_porter'])
    expect(cur.onState.map((c) => c.id)).toEqual(['c3'])
    expect([...cur.byFlow.keys()]).toEqual(['c_f3'])
    const fut = commentsOfState(p, state(p, 'st_fut'))
    // The future has no porter lane and no flow of lineage lf_3.
    expect(fut.byLane.size + fut.byFlow.size + fut.onState.length).toBe(0)
  })

  it('lists anchors that point at nothing, as warnings', () => {
    const p: Project = { ...raised, comments: [...raised.comments!, painPoint('c9', 'st_cur', 'l_gone', { type: 'other', severity: 'low' }, { roleId: 'r_nobody' })] }
    expect(danglingAnchors(p)).toEqual(['comments[1].anchor.lineage: no step of lineage "l_gone" in any state', 'comments[1].roleId: no role "r_nobody"'])
    expect(danglingAnchors(raised)).toEqual([])
  })
})
