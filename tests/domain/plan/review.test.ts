import { describe, expect, it } from 'vitest'
import { diffStates } from '../../../src/domain/diff'
import { planProject } from '../../../src/domain/plan'
import { planToCsv } from '../../../src/io/csv'
import { changeReport } from '../../../src/io/markdown'
import { planToMspdi } from '../../../src/io/mspdi'
import { parseCsv, records } from '../../io/csv/parseCsv'
import { painPoint, run, trayReturn } from '../review/review'

// Today → scanner beside the log → scan at receipt. Pain points on today's paper log (removed in
// the future) and on the washer at the end (unchanged); the SPD technician signs the future off,
// then the scan step is relabelled, and the OR nurse signs off the transition.
const project = run(
  trayReturn(),
  { type: 'comment.add', comment: painPoint('pp_log', 'st_cur', 'l_log', { type: 'duplicate-entry', severity: 'high' }) },
  { type: 'comment.add', comment: painPoint('pp_end', 'st_cur', 'l_end', { type: 'waiting', severity: 'high' }, { text: 'Trays queue for the washer at shift change' }) },
  { type: 'comment.add', comment: painPoint('pp_pack', 'st_cur', 'l_pack', { type: 'waiting', severity: 'medium' }, { roleId: 'r_or' }) },
  { type: 'signOff.sign', id: 'so_fut', stateId: 'st_fut', roleId: 'r_spd', by: 'Dana', at: '2026-11-22T15:00:00.000Z', local: true },
  { type: 'step.update', stateId: 'st_fut', stepId: 'f_scan', changes: { label: 'Scan tray and count at receipt' } },
  { type: 'signOff.sign', id: 'so_tr', stateId: 'st_tr', roleId: 'r_or', by: 'Sam', at: '2026-11-23T09:00:00.000Z', comment: 'Fine for us', local: true },
)
const result = planProject(project, { from: 'st_cur', to: 'st_fut' })
if (!result.ok) throw new Error(result.error)
const plan = result.plan

describe('the review in the plan', () => {
  it('plans a decision for each unaddressed high-severity pain point, owned by the raising role, in the first phase', () => {
    const decisions = plan.tasks.filter((t) => t.type === 'decision')
    expect(decisions.map((t) => [t.id, t.name, t.role, t.phaseId])).toEqual([['decide:pp_end', 'Decide: Tray in washer (waiting)', 'SPD technician', 'phase:st_tr']])
    expect(decisions[0]!.details).toContain('Pain point: Trays queue for the washer at shift change')
    expect(plan.tasks.find((t) => t.id === 'go-live:st_tr')!.predecessors).toContain('decide:pp_end')
  })

  it('puts a sign-off milestone per role before each go-live, done only when signed and not stale', () => {
    const signOffs = plan.tasks.filter((t) => t.type === 'sign-off').map((t) => [t.id, t.milestone, t.done ?? false, t.details[0]])
    expect(signOffs).toEqual([
      ['sign-off:st_tr:r_or', true, true, 'Signed by Sam on 2026-11-23 (local)'],
      ['sign-off:st_tr:r_porter', true, false, 'Outstanding'],
      ['sign-off:st_tr:r_spd', true, false, 'Outstanding'],
      ['sign-off:st_fut:r_or', true, false, 'Outstanding'],
      ['sign-off:st_fut:r_spd', true, false, 'Signed by Dana on 2026-11-22 (local), before 1 change: to sign again'],
    ])
    for (const id of ['sign-off:st_fut:r_or', 'sign-off:st_fut:r_spd']) expect(plan.tasks.find((t) => t.id === 'go-live:st_fut')!.predecessors).toContain(id)
  })

  it('carries the decision and the milestones into every CSV preset and Microsoft Project, marking what is done', () => {
    const generic = records(parseCsv(planToCsv(plan)).rows)
    const row = (name: string) => generic.find((r) => r.Task![0] === name)!
    expect(row('Decide: Tray in washer (waiting)')).toMatchObject({ Type: ['Decision'], Role: ['SPD technician'], Done: ['no'] })
    expect(row('Sign-off: OR nurse on Go-live: scanner beside the paper log')).toMatchObject({ Milestone: ['yes'], Done: ['yes'] })
    const jira = records(parseCsv(planToCsv(plan, { preset: 'jira' })).rows)
    expect(jira.find((r) => r.Summary![0] === 'Sign-off: OR nurse on Go-live: scanner beside the paper log')!.Labels).toContain('done')
    const asana = records(parseCsv(planToCsv(plan, { preset: 'asana' })).rows)
    expect(asana.map((r) => r.Name![0])).toContain('Decide: Tray in washer (waiting)')
    const xml = planToMspdi(plan, { start: '2026-11-02' })
    const task = (name: string) => xml.slice(xml.indexOf(`<Name>${name}</Name>`), xml.indexOf('</Task>', xml.indexOf(`<Name>${name}</Name>`)))
    expect(task('Sign-off: OR nurse on Go-live: scanner beside the paper log')).toContain('<PercentComplete>100</PercentComplete>')
    expect(task('Sign-off: SPD technician on Future: scan at receipt')).toContain('<PercentComplete>0</PercentComplete>')
    expect(task('Decide: Tray in washer (waiting)')).toContain('<Milestone>0</Milestone>')
  })

  it('gives the Markdown report a Pain points and a Sign-off section', () => {
    const md = changeReport({ diff: diffStates(project, 'st_cur', 'st_fut'), plan })
    expect(md).toContain('3 pain points, as Future: scan at receipt treats them: 2 addressed, 1 not addressed, 0 resolved.')
    expect(md).toContain('| Trays queue for the washer at shift change | Tray in washer | waiting | high | SPD technician | Unchanged in Future: scan at receipt | not addressed |')
    expect(md).toContain('| pain on l\\_log | Write tray in paper log | duplicate entry | high | SPD technician | Removed in Future: scan at receipt | addressed |')
    expect(md).toContain('### Future: scan at receipt\n\n0 signed, 1 stale, 1 outstanding.')
    expect(md).toContain('| SPD technician | stale: signed before 1 change | Dana (local) | 2026-11-22 |  |')
    expect(md).toContain('Changed since SPD technician signed:\n\n- “Scan tray at receipt”: label changed (now “Scan tray and count at receipt”)')
  })
})
