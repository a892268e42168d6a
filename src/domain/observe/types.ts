// The event log as flowstate reads it, and what replaying it on a map finds. Plain data: the
// import worker, the command line and the app share these shapes.

/** One row of the hospital's log, after reading: times in milliseconds since 1970 (UTC). */
export interface LogEvent {
  /** The case (a tray cycle, an order, a sample): a pseudonym unless the user chose otherwise. */
  case: string
  activity: string
  /** When the work began, when the log has it. */
  start?: number
  /** When the work was done (the log's one timestamp, when it has only one). */
  end: number
  /** Who did it: a pseudonym unless the user chose otherwise. */
  resource?: string
  role?: string
  department?: string
  /** The line of the file it came from (1-based), for messages. */
  line: number
}

/** A row left out, with why. Never guessed. */
export interface BadRow {
  line: number
  reason: string
}

/** One event of a case, after the case's events were put in time order. */
export interface CaseEvent {
  activity: string
  /** NaN when the log has no start time for it. */
  start: number
  end: number
  resource: string | null
  role: string | null
  department: string | null
}

/** A case with its events in time order (ties in file order). */
export interface LogCase {
  id: string
  events: CaseEvent[]
}

/** What reading the log noticed, so the user knows what was left out or put in order. */
export interface ReadingNotes {
  events: number
  cases: number
  /** Rows left out (the first ones, with their lines) and how many in all. */
  badRows: BadRow[]
  badRowCount: number
  /** Events that repeat an earlier event of the same case exactly: left out. */
  duplicates: number
  duplicateLines: number[]
  /** Cases whose events were not in time order in the file: put in order. */
  reordered: number
  /** Cases with two events at the same time: kept in file order. */
  tied: number
  /** Events whose timestamp carries only the day. */
  dayOnly: number
  /** The zone times without an offset were read in. */
  zone: string | null
  /** Times that carried their own offset (Z, +01:00), read as written. */
  withOffset: number
  /** Local times in a spring-forward gap (read as before the change) and in a fall-back's repeated hour (read as the first). */
  gaps: number
  repeated: number
  /** Lifecycle events other than start and complete (schedule, suspend …), left out. */
  otherLifecycle: number
  /** The earliest and latest time in the log (ms), or null for an empty log. */
  from: number | null
  to: number | null
}

export const MAX_BAD_ROWS_KEPT = 200
export const MAX_DUPLICATE_LINES_KEPT = 50

export function emptyNotes(): ReadingNotes {
  return {
    events: 0,
    cases: 0,
    badRows: [],
    badRowCount: 0,
    duplicates: 0,
    duplicateLines: [],
    reordered: 0,
    tied: 0,
    dayOnly: 0,
    zone: null,
    withOffset: 0,
    gaps: 0,
    repeated: 0,
    otherLifecycle: 0,
    from: null,
    to: null,
  }
}

export function noteBadRow(notes: ReadingNotes, line: number, reason: string): void {
  notes.badRowCount++
  if (notes.badRows.length < MAX_BAD_ROWS_KEPT) notes.badRows.push({ line, reason })
}
