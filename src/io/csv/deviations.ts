// The deviations of each case against a state, as CSV: one row per case, written row by row so
// a log of a million cases streams out. Case ids are the pseudonyms the import gave them; cells
// that a spreadsheet would run as a formula are neutralised (csv.ts).
import type { CaseResult, DeviationKind } from '../../domain/observe'
import { DEVIATION_KINDS } from '../../domain/observe/deviations'
import { dayOf, timeZone, type TimeZone } from '../../domain/observe/zone'
import { csvField, type Cell } from './csv'

const KIND_HEADERS: Record<DeviationKind, string> = {
  reverting: 'Reverting',
  skipped: 'Skipped',
  outOfOrder: 'Out of order',
  rework: 'Rework',
  notInState: 'Not in this state',
}

export const DEVIATION_CSV_HEADER = ['Case', 'Started', 'Finished', 'Department', 'Events', 'Looks like', 'Fitness', 'Fits', 'After go-live', 'Deviations', ...DEVIATION_KINDS.map((k) => KIND_HEADERS[k])]

/** The file's first line (with the byte order mark spreadsheets need to read UTF-8). */
export function deviationCsvHead(): string {
  return '\uFEFF' + DEVIATION_CSV_HEADER.map(csvField).join(',') + '\r\n'
}

export class DeviationCsvRows {
  private readonly zone: TimeZone

  constructor(
    zone: string,
    /** State id → name, for "Looks like". */
    private readonly stateNames: ReadonlyMap<string, string>,
  ) {
    this.zone = timeZone(zone)
  }

  row(c: CaseResult): string {
    const counts = DEVIATION_KINDS.map((k) => c.deviations.filter((d) => d.kind === k).length)
    const cells: Cell[] = [
      c.case,
      this.local(c.start),
      this.local(c.end),
      c.department ?? '',
      c.events,
      c.looksLike === null ? '' : (this.stateNames.get(c.looksLike) ?? c.looksLike),
      c.fitness === null ? '' : Math.round(c.fitness * 10_000) / 10_000,
      c.fits ? 'yes' : 'no',
      c.afterGoLive === null ? '' : c.afterGoLive ? 'yes' : 'no',
      c.deviations.map((d) => d.text).join('; '),
      ...counts,
    ]
    return cells.map(csvField).join(',') + '\r\n'
  }

  /** "2026-03-02 07:23", local time in the log's zone. */
  private local(ms: number): string {
    const offset = this.zone.offsetAt(ms)
    return `${dayOf(ms, this.zone)} ${new Date(ms + offset).toISOString().slice(11, 16)}`
  }
}
