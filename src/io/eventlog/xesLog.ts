// An XES event log (IEEE 1849), read as a stream: each trace is a case, handed on when its
// </trace> is read, so the whole log is never in memory. A trace's case id is its concept:name;
// an event's activity is its concept:name, its time time:timestamp, who did it org:resource,
// their role org:role and their department org:group. Lifecycle "start" and "complete" events of
// one activity become one event with a start and an end; other lifecycle transitions (schedule,
// suspend …) are counted and left out.
import type { LogEvent, ReadingNotes } from '../../domain/observe/types'
import { EventBuilder, type EventText, type ReadSettings } from './eventBuilder'
import { XmlStream, XmlStreamError } from './xmlStream'

const ATTRIBUTE_TYPES = new Set(['string', 'date', 'int', 'float', 'boolean', 'id'])

interface PendingEvent {
  activity?: string
  time?: string
  lifecycle?: string
  resource?: string
  role?: string
  group?: string
  line: number
}

export class XesLogReader {
  private readonly xml: XmlStream
  private readonly builder: EventBuilder
  private depth = 0
  private trace: { id?: string; events: PendingEvent[]; line: number } | null = null
  private event: PendingEvent | null = null
  private traceDepth = -1
  private eventDepth = -1
  private traces = 0

  constructor(
    settings: Omit<ReadSettings, 'format'>,
    private readonly notes: ReadingNotes,
    private readonly onEvent: (e: LogEvent) => void,
    /** A trace has been read whole: its case is complete. */
    private readonly onCaseEnd: (caseId: string) => void,
  ) {
    this.builder = new EventBuilder({ ...settings, format: 'iso' }, notes)
    this.xml = new XmlStream({
      open: (name, attrs, line) => this.open(name, attrs, line),
      close: (name) => this.close(name),
    })
  }

  push(chunk: string): void {
    this.xml.push(chunk)
  }

  end(): void {
    this.xml.end()
  }

  private open(qname: string, attrs: Record<string, string>, line: number): void {
    const name = localName(qname)
    const depth = this.depth++
    if (depth === 0) {
      if (name !== 'log') throw new XmlStreamError(`not an XES log: the root element is <${qname}>, expected <log>`)
      return
    }
    if (name === 'trace' && depth === 1) {
      this.trace = { events: [], line }
      this.traceDepth = depth
      this.traces++
      return
    }
    if (name === 'event' && this.trace && depth === this.traceDepth + 1) {
      this.event = { line }
      this.eventDepth = depth
      return
    }
    if (!ATTRIBUTE_TYPES.has(name)) return
    const key = attrs.key
    const value = attrs.value
    if (key === undefined || value === undefined) return
    if (this.event && depth === this.eventDepth + 1) {
      switch (key) {
        case 'concept:name':
          this.event.activity = value
          break
        case 'time:timestamp':
          this.event.time = value
          break
        case 'lifecycle:transition':
          this.event.lifecycle = value.toLowerCase()
          break
        case 'org:resource':
          this.event.resource = value
          break
        case 'org:role':
          this.event.role = value
          break
        case 'org:group':
          this.event.group = value
          break
      }
    } else if (this.trace && !this.event && depth === this.traceDepth + 1 && key === 'concept:name') {
      this.trace.id = value
    }
  }

  private close(qname: string): void {
    const depth = --this.depth
    if (this.event && depth === this.eventDepth) {
      this.trace!.events.push(this.event)
      this.event = null
    } else if (this.trace && depth === this.traceDepth) {
      this.finishTrace(this.trace)
      this.trace = null
    }
    void qname
  }

  private finishTrace(trace: { id?: string; events: PendingEvent[]; line: number }): void {
    const caseId = trace.id ?? ''
    if (caseId.trim() === '') {
      for (const e of trace.events) this.builder.bad(e.line, `the trace starting on line ${trace.line} has no concept:name (case id)`)
      return
    }
    // Lifecycle pairs: a start waits for the next complete of the same activity, in its place.
    const entries: { start?: PendingEvent; end?: PendingEvent }[] = []
    const started = new Map<string, { start?: PendingEvent; end?: PendingEvent }[]>()
    for (const e of trace.events) {
      const lifecycle = e.lifecycle ?? 'complete'
      if (lifecycle === 'start' && e.activity !== undefined) {
        const entry = { start: e }
        entries.push(entry)
        const list = started.get(e.activity)
        if (list) list.push(entry)
        else started.set(e.activity, [entry])
      } else if (lifecycle === 'complete') {
        const entry = e.activity === undefined ? undefined : started.get(e.activity)?.shift()
        if (entry) entry.end = e
        else entries.push({ end: e })
      } else this.notes.otherLifecycle++
    }
    for (const { start, end } of entries) {
      const last = end ?? start!
      const t: EventText = { case: caseId, activity: last.activity }
      // A start never completed: its own time is all there is.
      if (start && end && start.time !== undefined) t.start = start.time
      if (last.time !== undefined) t.end = last.time
      const resource = end?.resource ?? start?.resource
      const role = end?.role ?? start?.role
      const group = end?.group ?? start?.group
      if (resource !== undefined) t.resource = resource
      if (role !== undefined) t.role = role
      if (group !== undefined) t.department = group
      const e = this.builder.build(t, (start ?? end)!.line)
      if (e) this.onEvent(e)
    }
    this.onCaseEnd(caseId.trim())
  }
}

function localName(qname: string): string {
  const colon = qname.indexOf(':')
  return colon === -1 ? qname : qname.slice(colon + 1)
}
