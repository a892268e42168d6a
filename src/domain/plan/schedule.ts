// A first schedule for the plan on a standard calendar (Monday to Friday, 08:00-12:00 and
// 13:00-17:00), every task as soon as its predecessors finish. Project tools reschedule on import;
// dates are written so the file opens with sensible bars and due dates even where they do not.
import { MINUTES_PER_DAY } from './durations'
import type { Plan } from './types'

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

/** `start` is a date, `YYYY-MM-DD`; a weekend date moves to the next Monday. */
export function schedulePlan(plan: Plan, start: string): Schedule {
  const origin = firstWorkingDay(parseDate(start))
  const finishOffset = new Map<string, number>()
  const tasks: Record<string, Span> = {}
  const offsets: Record<string, Offsets> = {}
  const byId = new Map(plan.tasks.map((t) => [t.id, t]))

  for (const task of topologicalOrder(plan)) {
    const begin = Math.max(0, ...task.predecessors.map((p) => (byId.has(p) ? (finishOffset.get(p) ?? 0) : 0)))
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
  const all = spanOf(Object.values(tasks), dateTime(origin, 0, 'start'))
  offsets[''] = offsetsOf(plan.tasks.map((t) => offsets[t.id]!))
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
  return { start: Math.min(...list.map((o) => o.start)), finish: Math.max(...list.map((o) => o.finish)) }
}

/** Tasks with every predecessor before them; list order breaks ties, so the result is stable. */
function topologicalOrder(plan: Plan): Plan['tasks'] {
  const ids = new Set(plan.tasks.map((t) => t.id))
  const done = new Set<string>()
  const out: Plan['tasks'] = []
  let remaining = [...plan.tasks]
  while (remaining.length > 0) {
    const ready = remaining.filter((t) => t.predecessors.every((p) => done.has(p) || !ids.has(p)))
    // A cycle cannot come from buildPlan; if a hand-edited plan has one, schedule the rest in list order.
    const next = ready.length > 0 ? ready : [remaining[0]!]
    for (const t of next) {
      done.add(t.id)
      out.push(t)
    }
    const taken = new Set(next.map((t) => t.id))
    remaining = remaining.filter((t) => !taken.has(t.id))
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

function parseDate(text: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(text)
  if (!m) throw new Error(`not a date (YYYY-MM-DD): ${JSON.stringify(text)}`)
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])))
}

const isWeekend = (d: Date): boolean => d.getUTCDay() === 0 || d.getUTCDay() === 6

function firstWorkingDay(d: Date): Date {
  const out = new Date(d)
  while (isWeekend(out)) out.setUTCDate(out.getUTCDate() + 1)
  return out
}

function addWorkingDays(d: Date, n: number): Date {
  const out = new Date(d)
  for (let left = n; left > 0; ) {
    out.setUTCDate(out.getUTCDate() + 1)
    if (!isWeekend(out)) left--
  }
  return out
}

export const isoDate = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`

const pad = (n: number): string => String(n).padStart(2, '0')
