// Default durations of plan tasks, in working minutes (a working day is 8 hours).
// They are starting points a project manager adjusts after import, sized for one clinical
// department: what a first plan needs to show the sequence and the critical path.

export const MINUTES_PER_DAY = 8 * 60

export const DEFAULT_DURATIONS = {
  /** Configure a new step: procedure, system set-up, forms, quick-reference card. One day. */
  implementation: MINUTES_PER_DAY,
  /** Specify, build, exception-test and validate one interface with users. Five days. */
  interface: 5 * MINUTES_PER_DAY,
  /** Role-based training: a two-hour scenario session ... */
  trainingBase: 2 * 60,
  /** ... plus half an hour for each step or handoff that changes for the role ... */
  trainingPerChange: 30,
  /** ... and never more than two days for one role in one phase. */
  trainingMax: 2 * MINUTES_PER_DAY,
  /** Agree the cut-over, withdraw the interim form or log, tell every shift. Half a day. */
  interim: 4 * 60,
  /** Decide what to do about a pain point the future leaves unchanged: a meeting with its role. Two hours. */
  decision: 2 * 60,
  /** A milestone. */
  goLive: 0,
  /** Floor-level support after a go-live: two working weeks. */
  support: 10 * MINUTES_PER_DAY,
} as const

export type Durations = typeof DEFAULT_DURATIONS

export function trainingMinutes(changes: number, d: Durations = DEFAULT_DURATIONS): number {
  return Math.min(d.trainingMax, d.trainingBase + d.trainingPerChange * changes)
}
