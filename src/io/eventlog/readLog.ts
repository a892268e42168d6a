// Reading a log file in two passes over its bytes, never holding the file: the first counts the
// activities (the mapping needs them all before any case is replayed) and, for CSV, each case's
// rows (so a case is handed on as soon as its last row is read, whatever the file's order); the
// second reads every event and hands on complete cases. The command line reads the file from
// disk twice, the import worker reads the browser's File twice.
import { CaseAssembler } from '../../domain/observe/cases'
import type { Pseudonyms } from '../../domain/observe/pseudonyms'
import { emptyNotes, type LogCase, type LogEvent, type ReadingNotes } from '../../domain/observe/types'
import type { ColumnMapping } from './columns'
import { CsvLogReader } from './csvLog'
import type { TimestampFormat } from './timestamps'
import { XesLogReader } from './xesLog'

export type LogFormat = 'csv' | 'xes'

/** The file's bytes, from the start, as often as asked. */
export type ByteSource = () => AsyncIterable<Uint8Array>

export interface LogReadOptions {
  format: LogFormat
  /** CSV only. */
  delimiter?: string
  mapping?: ColumnMapping
  /** CSV only; XES times are always year-month-day. */
  timestampFormat?: TimestampFormat
  zone: string
  pseudonyms: Pseudonyms | null
  /** Bytes read so far in this pass, and the pass (1 or 2). */
  onProgress?: (bytes: number, pass: 1 | 2) => void
  /** Checked between chunks: reading stops with a LogReadCancelled. */
  signal?: { aborted: boolean }
}

export class LogReadCancelled extends Error {
  constructor() {
    super('cancelled')
  }
}

export interface LogScan {
  /** Activities with their number of events, most frequent first. */
  activities: { activity: string; events: number }[]
  /** CSV: rows per case (by the original id, held only while reading). */
  caseRows: Map<string, number> | null
}

interface Reader {
  push(chunk: string): void
  end(): void
}

export async function scanLog(source: ByteSource, options: LogReadOptions): Promise<LogScan> {
  const counts = new Map<string, number>()
  const caseRows = options.format === 'csv' ? new Map<string, number>() : null
  const reader = makeReader({ ...options, pseudonyms: null }, emptyNotes(), true, (e) => {
    counts.set(e.activity, (counts.get(e.activity) ?? 0) + 1)
    if (caseRows) caseRows.set(e.case, (caseRows.get(e.case) ?? 0) + 1)
  }, () => {})
  await pump(source, reader, options, 1)
  const activities = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([activity, events]) => ({ activity, events }))
  return { activities, caseRows }
}

/** The second pass: every event read, every complete case handed to `onCase`. Returns what reading noticed. */
export async function readCases(source: ByteSource, options: LogReadOptions, scan: LogScan | null, onCase: (c: LogCase) => void): Promise<ReadingNotes> {
  const notes = emptyNotes()
  const assembler = new CaseAssembler(notes, onCase, scan?.caseRows ?? undefined, options.pseudonyms)
  const reader = makeReader(options, notes, false, (e) => assembler.add(e), (id) => assembler.finish(id))
  await pump(source, reader, options, 2)
  assembler.finishAll()
  return notes
}

function makeReader(
  options: LogReadOptions,
  notes: ReadingNotes,
  scan: boolean,
  onEvent: (e: LogEvent) => void,
  onCaseEnd: (id: string) => void,
): Reader {
  const settings = { zone: options.zone, pseudonyms: options.pseudonyms, scan }
  if (options.format === 'xes') return new XesLogReader(settings, notes, onEvent, onCaseEnd)
  if (!options.mapping || options.delimiter === undefined || !options.timestampFormat) throw new Error('a CSV log needs its delimiter, column mapping and timestamp format')
  return new CsvLogReader({ ...settings, delimiter: options.delimiter, mapping: options.mapping, format: options.timestampFormat }, notes, onEvent)
}

async function pump(source: ByteSource, reader: Reader, options: LogReadOptions, pass: 1 | 2): Promise<void> {
  let decoder: TextDecoder | null = null
  let bytes = 0
  for await (const chunk of source()) {
    if (options.signal?.aborted) throw new LogReadCancelled()
    decoder ??= decoderFor(chunk)
    bytes += chunk.length
    reader.push(decoder.decode(chunk, { stream: true }))
    options.onProgress?.(bytes, pass)
  }
  if (options.signal?.aborted) throw new LogReadCancelled()
  if (decoder) reader.push(decoder.decode())
  reader.end()
}

/** UTF-16 when the file starts with its byte order mark, else UTF-8 (the BOM, if any, dropped). */
export function decoderFor(head: Uint8Array): TextDecoder {
  if (head[0] === 0xff && head[1] === 0xfe) return new TextDecoder('utf-16le')
  if (head[0] === 0xfe && head[1] === 0xff) return new TextDecoder('utf-16be')
  return new TextDecoder('utf-8')
}
