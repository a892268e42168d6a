// One row of a CSV file or one event of an XES trace, as text, to an event: times read in the
// chosen format and zone, the resource replaced by its pseudonym (the case's is replaced when the
// case is complete). A row that cannot be
// read is a bad row with its line and the reason, left out; nothing is guessed.
import type { Pseudonyms } from '../../domain/observe/pseudonyms'
import { noteBadRow, type LogEvent, type ReadingNotes } from '../../domain/observe/types'
import { parseTimestamp, type ParsedTime, type TimestampFormat } from './timestamps'
import { timeZone, type TimeZone } from '../../domain/observe/zone'

export interface EventText {
  case: string | undefined
  activity: string | undefined
  start?: string
  end?: string
  resource?: string
  role?: string
  department?: string
}

export interface ReadSettings {
  format: TimestampFormat
  /** IANA zone for times written without an offset. */
  zone: string
  /** Null: the user chose to keep the original case ids and names. */
  pseudonyms: Pseudonyms | null
  /** A first pass that only counts cases and activities: times are not read, nothing is reported. */
  scan?: boolean
}

const MAX_VALUE_CHARS = 1000

export class EventBuilder {
  private readonly zone: TimeZone

  constructor(
    private readonly settings: ReadSettings,
    private readonly notes: ReadingNotes,
  ) {
    this.zone = timeZone(settings.zone)
    notes.zone = settings.zone
  }

  build(t: EventText, line: number): LogEvent | null {
    const caseId = t.case?.trim() ?? ''
    const activity = t.activity?.trim() ?? ''
    if (this.settings.scan) return caseId === '' || activity === '' ? null : { case: caseId, activity, end: 0, line }
    if (caseId === '') return this.bad(line, 'no case id')
    if (activity === '') return this.bad(line, 'no activity')
    if (caseId.length > MAX_VALUE_CHARS || activity.length > MAX_VALUE_CHARS) return this.bad(line, `a value longer than ${MAX_VALUE_CHARS} characters`)
    const startText = t.start?.trim() ?? ''
    const endText = t.end?.trim() ?? ''
    if (startText === '' && endText === '') return this.bad(line, 'no timestamp')
    const start = startText === '' ? null : this.time(startText)
    if (start === undefined) return this.bad(line, `start time "${clip(startText)}" is not a ${formatName(this.settings.format)} time`)
    const end = endText === '' ? null : this.time(endText)
    if (end === undefined) return this.bad(line, `time "${clip(endText)}" is not a ${formatName(this.settings.format)} time`)
    const e: LogEvent = { case: caseId, activity, end: (end ?? start)!.ms, line }
    if (start && end) {
      if (end.ms < start.ms) return this.bad(line, `ends (${clip(endText)}) before it starts (${clip(startText)})`)
      e.start = start.ms
    }
    if ((start ?? end)!.dayOnly) this.notes.dayOnly++
    // The case id is replaced when its case is complete (CaseAssembler): once per case, not per event.
    const p = this.settings.pseudonyms
    const resource = t.resource?.trim()
    if (resource) e.resource = p ? p.of('resource', resource) : resource
    const role = t.role?.trim()
    if (role) e.role = role.slice(0, MAX_VALUE_CHARS)
    const department = t.department?.trim()
    if (department) e.department = department.slice(0, MAX_VALUE_CHARS)
    return e
  }

  /** undefined: not a time in the chosen format. */
  private time(text: string): ParsedTime | undefined {
    const t = parseTimestamp(text, this.settings.format, this.zone)
    if (!t) return undefined
    if (t.absolute) this.notes.withOffset++
    if (t.gap) this.notes.gaps++
    if (t.repeated) this.notes.repeated++
    return t
  }

  bad(line: number, reason: string): null {
    noteBadRow(this.notes, line, reason)
    return null
  }
}

function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text
}

function formatName(format: TimestampFormat): string {
  switch (format) {
    case 'iso':
      return 'year-month-day'
    case 'dmy':
      return 'day/month/year'
    case 'mdy':
      return 'month/day/year'
    case 'epoch-s':
      return 'Unix-seconds'
    case 'epoch-ms':
      return 'Unix-milliseconds'
  }
}
