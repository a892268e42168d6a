import { describe, expect, it } from 'vitest'
import { buildPlan, schedulePlan } from '../../../src/domain/plan'
import { sterileTwoPhase } from './planFixtures'

const plan = () => {
  const { project, diffs } = sterileTwoPhase()
  return buildPlan(project, project.states, diffs)
}

describe('a first schedule on the standard calendar', () => {
  it('given a Monday start, then tasks run in working hours, as soon as their predecessors finish', () => {
    const s = schedulePlan(plan(), '2026-11-02')
    // One working day from Monday 08:00 ends Monday 17:00.
    expect(s.tasks['implementation:st_t1:t_scan']).toEqual({ start: '2026-11-02T08:00:00', finish: '2026-11-02T17:00:00' })
    // Three hours of training end before lunch.
    expect(s.tasks['training:st_t1:r_spd']).toEqual({ start: '2026-11-02T08:00:00', finish: '2026-11-02T11:00:00' })
    // A milestone sits at the finish of its last predecessor.
    expect(s.tasks['go-live:st_t1']).toEqual({ start: '2026-11-02T17:00:00', finish: '2026-11-02T17:00:00' })
    // Ten working days of support skip the weekend.
    expect(s.tasks['support:st_t1']).toEqual({ start: '2026-11-03T08:00:00', finish: '2026-11-16T17:00:00' })
    // Four and a half hours from a morning start end after lunch.
    expect(s.tasks['training:st_fut:r_spd']).toEqual({ start: '2026-11-03T08:00:00', finish: '2026-11-03T13:30:00' })
    expect(s.tasks['interface:st_fut:d_tray']).toEqual({ start: '2026-11-03T08:00:00', finish: '2026-11-09T17:00:00' })
    // The future state goes live after the first phase's support weeks.
    expect(s.tasks['go-live:st_fut']!.finish).toBe('2026-11-16T17:00:00')
    expect(s.phases['phase:st_t1']).toEqual({ start: '2026-11-02T08:00:00', finish: '2026-11-16T17:00:00' })
    expect(s.start).toBe('2026-11-02T08:00:00')
    expect(s.finish).toBe('2026-11-30T17:00:00')
  })

  it('given a Saturday start, then work begins on Monday', () => {
    expect(schedulePlan(plan(), '2026-10-31').start).toBe('2026-11-02T08:00:00')
  })

  it('refuses a start that is not a date', () => {
    expect(() => schedulePlan(plan(), 'next week')).toThrow('--start needs a date as YYYY-MM-DD, not "next week"')
  })
})
