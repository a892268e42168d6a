// The adoption curve on generated logs of the sterile processing example: a known go-live after
// a known date shows in the curve at that date, and the paper log still kept after go-live is
// flagged as reverting, with its count.
import { describe, expect, it } from 'vitest'
import { exampleCsv } from '../../../scripts/eventlog/generate.mjs'
import { ZONE } from '../../../scripts/eventlog/sterileLog.mjs'
import { Observer, resolveMappings, type LogCase } from '../../../src/domain/observe'
import { detectStep } from '../../../src/domain/observe/adoption'
import { loadProject } from '../../helpers/fixtures'
import { readLogText } from '../../io/eventlog/logHelpers'

const sterile = loadProject('../../examples/sterile-processing.flowstate.json')
const CSV = { format: 'csv' as const, delimiter: ',', mapping: { case: 0, activity: 1, start: 2, end: 3, resource: 4, role: 5, department: 6 }, timestampFormat: 'iso' as const, zone: ZONE }

async function observeGenerated(goLive: { transition: string; future: string }, cycles = 1600) {
  const { cases, notes, activities } = await readLogText(exampleCsv({ cycles, goLive, seed: 5 }), CSV, 1 << 16)
  const observer = new Observer({
    project: sterile,
    mappings: resolveMappings(sterile, activities.map((a) => a.activity)),
    focusStateId: 'sp_state_future',
    zone: ZONE,
  })
  cases.forEach((c: LogCase) => observer.addCase(c))
  return observer.result(notes)
}

describe('the adoption curve', () => {
  it('shows a known go-live at the week it happened, for both go-lives', async () => {
    const o = await observeGenerated({ transition: '2026-04-27', future: '2026-07-06' })
    expect(o.adoption.goLives.map((g) => g.detected)).toEqual(['2026-04-27', '2026-07-06'])
    const week = (day: string) => o.adoption.weeks.find((w) => w.week === day)!
    const share = (day: string, state: number) => week(day).byState[state]! / week(day).cases
    expect(share('2026-04-20', 1)).toBe(0)
    expect(share('2026-04-27', 1)).toBeGreaterThan(0.5)
    expect(share('2026-06-29', 2)).toBeLessThan(0.05)
    expect(share('2026-07-06', 2)).toBeGreaterThan(0.3)
    expect(o.goLive).toEqual({ date: '2026-07-06', source: 'detected' })
  })

  it('flags the paper log still reconciled after the go-live, with its count, mostly in the day surgery centre', async () => {
    const o = await observeGenerated({ transition: '2026-04-13', future: '2026-06-15' })
    const paper = o.segments.after!.deviations.find((d) => d.kind === 'reverting' && d.olderStepId === 'sp_t_reconcile')!
    expect(paper.text).toBe('reverting: "Compare paper log with tracking system" still done, a step only Transition state: tracking system beside the paper logs has')
    expect(paper.cases).toBeGreaterThan(20)
    // Before the go-live the transition state was the way of working; after it, the reconciling is what lags.
    const before = o.segments.before!.deviations.find((d) => d.olderStepId === 'sp_t_reconcile')!
    expect(paper.cases / o.segments.after!.cases).toBeLessThan(before.cases / o.segments.before!.cases)
    expect(paper.byDepartment[0]!.department).toBe('Day surgery centre')
    expect(paper.byRole).toEqual([{ role: 'Tracking super user', cases: paper.cases }])
    expect(paper.people).toBe(2)
  })
})

describe('finding a step in a curve', () => {
  const weeks = (shares: number[]) => shares.map((s, i) => ({ week: `w${String(i).padStart(2, '0')}`, cases: 100, byState: [100 - s * 100, s * 100] }))

  it('finds the start of a ramp, not its middle', () => {
    expect(detectStep(weeks([0, 0, 0, 0, 0.2, 0.4, 0.6, 0.8, 0.8, 0.8]), 1)).toBe('w04')
  })

  it('finds nothing in noise or a flat line', () => {
    expect(detectStep(weeks([0.1, 0.15, 0.05, 0.12, 0.1, 0.08]), 1)).toBeNull()
    expect(detectStep(weeks([0.5, 0.5, 0.5]), 1)).toBeNull()
  })
})
