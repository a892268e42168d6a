// A first schedule for the plan on a standard calendar (Monday to Friday, 08:00-12:00 and
// 13:00-17:00), every task as soon as its predecessors finish. Project tools reschedule on import;
// dates are written so the file opens with sensible bars and due dates even where they do not.
import { checkStartDate, isoDate, LAST_YEAR, PlanDateError } from './dates'
import { MINUTES_PER_DAY } from './durations'
import type { Plan } from './types'
import { maxOf, minOf } from '../arrays'

export interface Span {
  /** Local date-time, `YYYY-MM-DDTHH:MM:SS`, no time zone (as Microsoft Project writes it). */
  start: string
  finish: string
}

/** Working minutes from the start of the plan. */
export interface Offsets {
  start: number
  finish: number
}

export interface Schedule extends Span {
  tasks: Record<string, Span>
  phases: Record<string, Span>
  /** The same spans in working minutes, for tasks, phases and the whole plan (key ''). */
  offsets: Record<string, Offsets>
}

const MORNING = 4 * 60
const DAY_START = 8 * 60
const AFTERNOON_START = 13 * 60

/**
 * `start` is a date, `YYYY-MM-DD` from 1900 to 9999; a weekend date moves to the next Monday.
 * Throws PlanDateError for a start that is no such date, or a plan that would end after 9999.
 */
export function schedulePlan(plan: Plan, start: string): Schedule {
  const checked = checkStartDate(start)
  if (!checked.ok) throw new PlanDateError(checked.error)
  const origin = firstWorkingDay(checked.date)
  const finishOffset = new Map<string, number>()
  const tasks: Record<string, Span> = {}
  const offsets: Record<string, Offsets> = {}
  const byId = new Map(plan.tasks.map((t) => [t.id, t]))

  for (const task of topologicalOrder(plan)) {
    const begin = Math.max(0, maxOf(task.predecessors.map((p) => (byId.has(p) ? (finishOffset.get(p) ?? 0) : 0))))
    const end = begin + task.durationMinutes
    finishOffset.set(task.id, end)
    offsets[task.id] = task.milestone ? { start: end, finish: end } : { start: begin, finish: end }
    tasks[task.id] = task.milestone
      ? { start: dateTime(origin, end, 'finish'), finish: dateTime(origin, end, 'finish') }
      : { start: dateTime(origin, begin, 'start'), finish: dateTime(origin, end, end === begin ? 'start' : 'finish') }
  }

  const phases: Record<string, Span> = {}
  for (const phase of plan.phases) {
    const spans = phase.taskIds.map((id) => tasks[id]!).filter(Boolean)
    phases[phase.id] = spanOf(spans, dateTime(origin, 0, 'start'))
    offsets[phase.id] = offsetsOf(phase.taskIds.map((id) => offsets[id]!).filter(Boolean))
  }
  offsets[''] = offsetsOf(plan.tasks.map((t) => offsets[t.id]!))
  // Checked on working minutes, not on the dates' text: a five-digit year sorts before "9999".
  const end = dateTime(origin, offsets['']!.finish, 'finish')
  const lastYear = Number(end.slice(0, end.indexOf('-')))
  if (lastYear > LAST_YEAR) throw new PlanDateError(`a plan starting ${start} would end in the year ${lastYear}, after ${LAST_YEAR}: choose an earlier start`)
  const all = spanOf(Object.values(tasks), dateTime(origin, 0, 'start'))
  return { ...all, tasks, phases, offsets }
}

function spanOf(spans: readonly Span[], fallback: string): Span {
  if (spans.length === 0) return { start: fallback, finish: fallback }
  let start = spans[0]!.start
  let finish = spans[0]!.finish
  for (const s of spans) {
    if (s.start < start) start = s.start
    if (s.finish > finish) finish = s.finish
  }
  return { start, finish }
}

function offsetsOf(list: readonly Offsets[]): Offsets {
  if (list.length === 0) return { start: 0, finish: 0 }
  return { start: minOf(list.map((o) => o.start)), finish: maxOf(list.map((o) => o.finish)) }
}

/**
 * Tasks with every predecessor before them, in rounds: each round takes, in list order, every
 * task whose predecessors came in earlier rounds. Linear apart from sorting each round, so a plan
 * of 150,000 tasks in one long chain is ordered in a moment.
 */
function topologicalOrder(plan: Plan): Plan['tasks'] {
  const tasks = plan.tasks
  const index = new Map(tasks.map((t, i) => [t.id, i]))
  const waitingFor = new Array<number>(tasks.length).fill(0)
  const dependents: number[][] = tasks.map(() => [])
  tasks.forEach((t, i) => {
    for (const p of new Set(t.predecessors)) {
      const j = index.get(p)
      if (j === undefined) continue
      waitingFor[i]!++
      dependents[j]!.push(i)
    }
  })
  const done = new Array<boolean>(tasks.length).fill(false)
  const out: Plan['tasks'] = []
  let round = tasks.flatMap((_, i) => (waitingFor[i] === 0 ? [i] : []))
  let firstOpen = 0
  while (out.length < tasks.length) {
    if (round.length === 0) {
      // A cycle cannot come from buildPlan; if a hand-edited plan has one, go on with the first task left.
      while (done[firstOpen]) firstOpen++
      round = [firstOpen]
    }
    const next: number[] = []
    for (const i of round) {
      done[i] = true
      out.push(tasks[i]!)
    }
    for (const i of round) {
      for (const d of dependents[i]!) if (--waitingFor[d]! === 0 && !done[d]) next.push(d)
    }
    round = next.sort((a, b) => a - b)
  }
  return out
}

/**
 * Working minutes from the origin to a date-time. A boundary (a full day) reads as 08:00 of the
 * next working day for a start, and as 17:00 of the same day for a finish.
 */
function dateTime(origin: Date, offset: number, as: 'start' | 'finish'): string {
  let day = Math.floor(offset / MINUTES_PER_DAY)
  let minute = offset % MINUTES_PER_DAY
  if (as === 'finish' && minute === 0 && offset > 0) {
    day -= 1
    minute = MINUTES_PER_DAY
  }
  const clock = as === 'start' ? (minute < MORNING ? DAY_START + minute : AFTERNOON_START + minute - MORNING) : minute <= MORNING ? DAY_START + minute : AFTERNOON_START + minute - MORNING
  const date = addWorkingDays(origin, day)
  return `${isoDate(date)}T${pad(Math.floor(clock / 60))}:${pad(clock % 60)}:00`
}

const isWeekend = (d: Date): boolean => d.getUTCDay() === 0 || d.getUTCDay() === 6

function firstWorkingDay(d: Date): Date {
  const out = new Date(d)
  while (isWeekend(out)) out.setUTCDate(out.getUTCDate() + 1)
  return out
}

function addWorkingDays(d: Date, n: number): Date {
  const out = new Date(d)
  let left = n
  // From a working day, each whole week is five working days: a long plan needs no day-by-day walk.
  if (!isWeekend(out) && left >= 5) {
    const weeks = Math.floor(left / 5)
    out.setUTCDate(out.getUTCDate() + weeks * 7)
    left -= weeks * 5
  }
  while (left > 0) {
    out.setUTCDate(out.getUTCDate() + 1)
    if (!isWeekend(out)) left--
  }
  return out
}

const pad = (n: number): string => String(n).padStart(2, '0')
