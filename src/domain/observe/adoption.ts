// The adoption curve: for each week, the share of cases that look most like each state. A go-live
// shows as a step in it: from some week on, clearly more cases look like the new state (or a
// later one). That week is found as the boundary that best splits the curve into a lower part
// before and a higher part after, and is reported only when the step is clear.
import type { Project } from '../model/types'
import type { Adoption } from './result'
import type { TimeZone } from './zone'

const DAY = 86_400_000

/** Monday 00:00 of the instant's week in the zone, as the UTC midnight of that date (ms). */
export function weekStart(ms: number, zone: TimeZone): number {
  const day = Math.floor((ms + zone.offsetAt(ms)) / DAY)
  const weekday = (day + 3) % 7 // 1970-01-01 was a Thursday; Monday is 0
  return (day - (weekday < 0 ? weekday + 7 : weekday)) * DAY
}

export class WeekCounts {
  readonly weeks = new Map<number, { cases: number; byState: number[] }>()

  add(week: number, state: number, states: number): void {
    let w = this.weeks.get(week)
    if (!w) {
      w = { cases: 0, byState: new Array<number>(states).fill(0) }
      this.weeks.set(week, w)
    }
    w.cases++
    if (state >= 0) w.byState[state]!++
  }
}

/** A step this small or smaller is noise, not a go-live. */
export const MIN_STEP = 0.2
/** Weeks with fewer cases say too little to count. */
const MIN_CASES = 5

export function adoptionOf(project: Project, counts: WeekCounts): Adoption {
  const sorted = [...counts.weeks].sort((a, b) => a[0] - b[0])
  // Weeks without cases inside the log's span are shown as such, so the curve's time axis is true.
  const weeks: Adoption['weeks'] = []
  for (let i = 0; i < sorted.length; i++) {
    const [week, w] = sorted[i]!
    if (i > 0) for (let gap = sorted[i - 1]![0] + 7 * DAY; gap < week; gap += 7 * DAY) weeks.push({ week: isoDay(gap), cases: 0, byState: new Array<number>(project.states.length).fill(0) })
    weeks.push({ week: isoDay(week), cases: w.cases, byState: w.byState })
  }
  const planned = new Map((project.activityMaps ?? []).map((m) => [m.stateId, m.goLive ?? null]))
  const goLives = project.states.slice(1).map((s, k) => ({
    stateId: s.id,
    planned: planned.get(s.id) ?? null,
    detected: detectStep(weeks, k + 1),
  }))
  return { weeks, goLives }
}

/**
 * The week from which the share of cases looking like state `index` or a later one is clearly
 * higher: the boundary that maximises (mean share after − mean share before), weeks weighted
 * equally, when that difference is at least MIN_STEP. Null when there is no such step.
 */
export function detectStep(weeks: Adoption['weeks'], index: number): string | null {
  const share = weeks
    .filter((w) => w.cases >= MIN_CASES)
    .map((w) => ({ week: w.week, share: w.byState.slice(index).reduce((a, b) => a + b, 0) / w.cases }))
  if (share.length < 2) return null
  const total = share.reduce((a, s) => a + s.share, 0)
  let prefix = 0
  let best = -Infinity
  let at = -1
  for (let b = 1; b < share.length; b++) {
    prefix += share[b - 1]!.share
    const diff = (total - prefix) / (share.length - b) - prefix / b
    if (diff > best) {
      best = diff
      at = b
    }
  }
  if (best < MIN_STEP) return null
  // A go-live is followed by a ramp, not a cliff: the boundary moves back week by week while a
  // week stands clearly above the weeks before it (their noise allowed for).
  while (at > 1) {
    const low = share.slice(0, at - 1).map((s) => s.share)
    const mean = low.reduce((a, b) => a + b, 0) / low.length
    const sd = Math.sqrt(low.reduce((a, b) => a + (b - mean) ** 2, 0) / low.length)
    if (share[at - 1]!.share < mean + Math.max(0.05, 2 * sd)) break
    at--
  }
  return share[at]!.week
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}
