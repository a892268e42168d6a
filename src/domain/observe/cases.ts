// Events arrive in file order; conformance needs them case by case, in time order. The assembler
// keeps only the cases still open: a case is handed on as soon as it is complete (its trace
// closed in XES, or its last row read when the reader counted the rows per case beforehand), so a
// log of ten million events flows through without being held in memory.
import type { Pseudonyms } from './pseudonyms'
import { MAX_DUPLICATE_LINES_KEPT, type CaseEvent, type LogCase, type LogEvent, type ReadingNotes } from './types'

interface OpenEvent extends CaseEvent {
  line: number
  order: number
}

export class CaseAssembler {
  private readonly open = new Map<string, OpenEvent[]>()
  private order = 0

  constructor(
    private readonly notes: ReadingNotes,
    private readonly emit: (c: LogCase) => void,
    /** Events per case, when known: a case is emitted once all of its events are in. */
    private readonly expected?: ReadonlyMap<string, number>,
    /** Replaces the case id as the case is handed on: the original id is never kept beyond its open case. */
    private readonly pseudonyms?: Pseudonyms | null,
  ) {}

  get openCases(): number {
    return this.open.size
  }

  add(e: LogEvent): void {
    let list = this.open.get(e.case)
    if (!list) {
      list = []
      this.open.set(e.case, list)
    }
    list.push({
      activity: e.activity,
      start: e.start ?? NaN,
      end: e.end,
      resource: e.resource ?? null,
      role: e.role ?? null,
      department: e.department ?? null,
      line: e.line,
      order: this.order++,
    })
    const expected = this.expected?.get(e.case)
    if (expected !== undefined && list.length >= expected) this.finish(e.case)
  }

  /** The case is complete (its XES trace closed). */
  finish(caseId: string): void {
    const list = this.open.get(caseId)
    if (!list) return
    this.open.delete(caseId)
    this.emit({ id: this.pseudonyms ? this.pseudonyms.of('case', caseId) : caseId, events: this.settle(list) })
  }

  /** End of the file: every case still open is complete, in the order they began. */
  finishAll(): void {
    for (const id of [...this.open.keys()]) this.finish(id)
  }

  /** Time order (ties keep file order), exact repeats left out. */
  private settle(list: OpenEvent[]): CaseEvent[] {
    const { notes } = this
    let inOrder = true
    let tied = false
    for (let i = 1; i < list.length; i++) {
      const d = timeOf(list[i]!) - timeOf(list[i - 1]!)
      if (d < 0) inOrder = false
      else if (d === 0) tied = true
    }
    if (!inOrder) {
      notes.reordered++
      list.sort((a, b) => timeOf(a) - timeOf(b) || a.order - b.order)
      tied = list.some((e, i) => i > 0 && timeOf(e) === timeOf(list[i - 1]!))
    }
    if (tied) notes.tied++
    const out: CaseEvent[] = []
    for (let i = 0; i < list.length; i++) {
      const e = list[i]!
      if (isRepeat(list, i)) {
        notes.duplicates++
        if (notes.duplicateLines.length < MAX_DUPLICATE_LINES_KEPT) notes.duplicateLines.push(e.line)
        continue
      }
      out.push({ activity: e.activity, start: e.start, end: e.end, resource: e.resource, role: e.role, department: e.department })
      const first = Number.isNaN(e.start) ? e.end : Math.min(e.start, e.end)
      if (notes.from === null || first < notes.from) notes.from = first
      if (notes.to === null || e.end > notes.to) notes.to = e.end
    }
    notes.events += out.length
    notes.cases++
    return out
  }
}

/** The time a case's order goes by: when the work began, else when it was done. */
function timeOf(e: CaseEvent): number {
  return Number.isNaN(e.start) ? e.end : e.start
}

/** An exact repeat of an earlier event at the same time (a row exported twice). */
function isRepeat(list: readonly OpenEvent[], i: number): boolean {
  const e = list[i]!
  for (let j = i - 1; j >= 0; j--) {
    const p = list[j]!
    if (timeOf(p) !== timeOf(e)) return false
    if (p.activity === e.activity && sameTime(p.start, e.start) && p.end === e.end && p.resource === e.resource && p.role === e.role && p.department === e.department) return true
  }
  return false
}

const sameTime = (a: number, b: number): boolean => a === b || (Number.isNaN(a) && Number.isNaN(b))
