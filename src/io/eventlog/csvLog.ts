// A CSV event log, chunk by chunk: the header, then one event per row through the column
// mapping the user confirmed. Rows that cannot be read are counted with their lines; the rest
// go on to the case assembler.
import type { LogEvent, ReadingNotes } from '../../domain/observe/types'
import type { ColumnMapping } from './columns'
import { CsvRows } from './csvRows'
import { EventBuilder, type ReadSettings } from './eventBuilder'
import { maxOf } from '../../domain/arrays'

export interface CsvSettings extends ReadSettings {
  delimiter: string
  mapping: ColumnMapping
}

export class CsvLogReader {
  private readonly rows: CsvRows
  private readonly builder: EventBuilder
  private header: string[] | null = null
  private readonly need: number

  constructor(settings: CsvSettings, notes: ReadingNotes, onEvent: (e: LogEvent) => void) {
    this.builder = new EventBuilder(settings, notes)
    const m = settings.mapping
    this.need = maxOf(Object.values(m).filter((c): c is number => c !== undefined)) + 1
    const field = (row: string[], c: number | undefined) => (c === undefined ? undefined : row[c])
    this.rows = new CsvRows(settings.delimiter, (row, line) => {
      if (this.header === null) {
        this.header = row
        return
      }
      if (row.length < this.need) {
        this.builder.bad(line, `has ${row.length} field${row.length === 1 ? '' : 's'}; the columns chosen need ${this.need}`)
        return
      }
      const e = this.builder.build(
        {
          case: field(row, m.case),
          activity: field(row, m.activity),
          start: field(row, m.start),
          end: field(row, m.end),
          resource: field(row, m.resource),
          role: field(row, m.role),
          department: field(row, m.department),
        },
        line,
      )
      if (e) onEvent(e)
    })
  }

  push(chunk: string): void {
    this.rows.push(chunk)
  }

  end(): void {
    this.rows.end()
  }
}

/** The header and the first rows of a file's beginning, for the column-mapping step. */
export function previewCsv(text: string, delimiter: string, maxRows = 200): { header: string[]; rows: string[][]; lines: number[] } {
  let header: string[] | null = null
  const rows: string[][] = []
  const lines: number[] = []
  const reader = new CsvRows(delimiter, (row, line) => {
    if (header === null) header = row
    else if (rows.length < maxRows) {
      rows.push(row)
      lines.push(line)
    }
  })
  // The beginning of a file ends mid-row: only the complete rows count.
  const lastBreak = text.lastIndexOf('\n')
  reader.push(lastBreak === -1 ? text : text.slice(0, lastBreak + 1))
  return { header: header ?? [], rows, lines }
}
