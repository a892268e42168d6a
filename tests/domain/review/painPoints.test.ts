import { describe, expect, it } from 'vitest'
import { diffStates } from '../../../src/domain/diff'
import type { Project } from '../../../src/domain/model'
import { painSummary, reviewPainPoints } from '../../../src/domain/review'
import { painPoint, run, trayReturn } from './review'

const review = (p: Project, before = 'st_cur', after = 'st_fut') => {
  const b = p.states.find((s) => s.id === before)!
  const a = p.states.find((s) => s.id === after)!
  return reviewPainPoints(p, b, a, diffStates(p, b, a))
}

// Today → future: the paper log is removed, the porter's carry becomes the OR nurse's lift,
// packing no longer writes the tray ID, and the washer at the end stays as it is.
const p = run(
  trayReturn(),
  { type: 'comment.add', comment: painPoint('pp_log', 'st_cur', 'l_log', { type: 'duplicate-entry', severity: 'medium' }) },
  { type: 'comment.add', comment: painPoint('pp_end', 'st_cur', 'l_end', { type: 'waiting', severity: 'high' }) },
  { type: 'comment.add', comment: painPoint('pp_carry', 'st_cur', 'l_carry', { type: 'extra-work', severity: 'low' }, { roleId: 'r_porter' }) },
  { type: 'comment.add', comment: painPoint('pp_pack', 'st_cur', 'l_pack', { type: 'missing-information', severity: 'high' }, { roleId: 'r_or' }) },
  { type: 'comment.add', comment: { ...painPoint('plain', 'st_cur', 'l_pack', { type: 'other', severity: 'low' }), pain: undefined } },
)

describe('does the future address it?', () => {
  it('marks a removed step addressed, an unchanged one not addressed, a reassigned one moved and a changed one with its fields', () => {
    const rows = review(p).map((r) => [r.comment.id, r.outcome, r.status, r.fields, r.movedTo, r.raisedBy])
    expect(rows).toEqual([
      // Most severe first, then in the map's order.
      ['pp_pack', 'changed', 'addressed', ['records'], null, 'OR nurse'],
      ['pp_end', 'unchanged', 'not addressed', [], null, 'SPD technician'],
      ['pp_log', 'removed', 'addressed', [], null, 'SPD technician'],
      ['pp_carry', 'moved', 'addressed', ['label', 'role', 'touchMinutes'], 'OR nurse', 'Porter'],
    ])
  })

  it('leaves plain comments out and names the after state’s step where there is one', () => {
    const rows = review(p)
    expect(rows.map((r) => r.comment.id)).not.toContain('plain')
    expect(rows.find((r) => r.comment.id === 'pp_end')).toMatchObject({ stepId: 'c_end', afterStepId: 'f_end', on: 'Tray in washer' })
    expect(rows.find((r) => r.comment.id === 'pp_log')).toMatchObject({ stepId: 'c_log', afterStepId: null })
  })

  it('a resolved pain point is resolved, with who and why, whatever the future does', () => {
    const resolved = run(p, { type: 'comment.resolve', commentId: 'pp_end', resolution: { by: 'Sam (OR lead)', at: '2026-11-21T09:00:00.000Z', why: 'washer queue is a staffing question, not this project' } })
    expect(review(resolved).find((r) => r.comment.id === 'pp_end')).toMatchObject({ status: 'resolved', resolved: { by: 'Sam (OR lead)', why: 'washer queue is a staffing question, not this project' } })
  })

  it('compares whichever two states are picked: in the transition nothing the log pain is about has changed yet', () => {
    expect(review(p, 'st_cur', 'st_tr').find((r) => r.comment.id === 'pp_log')).toMatchObject({ outcome: 'unchanged', status: 'not addressed' })
  })

  it('judges lane and whole-state pain points by whether anything changes for that role or state', () => {
    const q = run(
      p,
      { type: 'comment.add', comment: { ...painPoint('pp_lane', 'st_cur', 'x', { type: 'waiting', severity: 'low' }), anchor: { kind: 'lane', roleId: 'r_porter', stateId: 'st_cur' } } },
      { type: 'comment.add', comment: { ...painPoint('pp_flow', 'st_cur', 'x', { type: 'waiting', severity: 'low' }), anchor: { kind: 'flow', lineage: 'lf_1', stateId: 'st_cur' } } },
    )
    const rows = review(q)
    expect(rows.find((r) => r.comment.id === 'pp_lane')).toMatchObject({ on: 'lane Porter', outcome: 'changed', status: 'addressed' })
    expect(rows.find((r) => r.comment.id === 'pp_flow')).toMatchObject({ on: 'flow Case ends → Pack used instruments', outcome: 'changed' })
  })

  it('counts open pain points and their highest severity for a badge', () => {
    expect(painSummary(p.comments!)).toEqual({ count: 4, highest: 'high' })
    expect(painSummary(p.comments!.filter((c) => c.id === 'pp_carry'))).toEqual({ count: 1, highest: 'low' })
    expect(painSummary([])).toEqual({ count: 0, highest: null })
  })
})
