// flowstate observe PROJECT --log FILE.csv|FILE.xes [--state NAME] [--go-live DATE] [--json]
// The hospital's event log replayed on the project's states: adoption by week, fitness, the
// deviations in the map's words, observed beside planned. The log is streamed, twice, and never
// held in memory; case ids and staff names are pseudonymised with a key (--key FILE keeps it).
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { fromHex, toHex } from '../../domain/observe/keyedHash'
import { isTimeZone, localZone, newPseudonymKey, Pseudonyms, timeZone, observedReport, type CaseResult } from '../../domain/observe'
import { DeviationCsvRows, deviationCsvHead } from '../../io/csv/deviations'
import { COLUMN_ROLES, guessColumns, mappingProblem, type ColumnMapping, type ColumnRole } from '../../io/eventlog/columns'
import { previewCsv } from '../../io/eventlog/csvLog'
import { guessDelimiter } from '../../io/eventlog/csvRows'
import { headOf, observeLog } from '../../io/eventlog/observeLog'
import { LogReadCancelled, type LogFormat, type LogReadOptions } from '../../io/eventlog/readLog'
import { TIMESTAMP_FORMATS, type TimestampFormat } from '../../io/eventlog/timestamps'
import { XmlStreamError } from '../../io/eventlog/xmlStream'
import { CsvError } from '../../io/eventlog/csvRows'
import type { ParsedArgs } from '../args'
import { UsageError } from '../errors'
import { loadInput, pickState } from '../inputs'
import type { CliIo } from '../io'
import { renderReport } from '../reportText'

export const observeSpec = { values: ['log', 'state', 'go-live', 'zone', 'columns', 'time-format', 'deviations', 'key'], flags: ['json', 'keep-ids'] } as const

export async function runObserve(args: ParsedArgs, io: CliIo): Promise<void> {
  if (args.positional.length !== 1) throw new UsageError('observe needs one PROJECT (.flowstate.json) and --log FILE; see flowstate observe --help')
  const logPath = args.values.get('log')
  if (!logPath) throw new UsageError('observe needs --log FILE (.csv or .xes, optionally .gz)')
  if (!io.streamFile) throw new UsageError('observe cannot read files here')
  const input = await loadInput(io, args.positional[0]!)
  for (const w of input.warnings) io.stderr(`warning: ${input.path}: ${w}\n`)
  const state = pickState(input, args.values.get('state'), 'to')
  const zone = args.values.get('zone') ?? localZone()
  if (!isTimeZone(zone)) throw new UsageError(`--zone "${zone}" is not a time zone; use a name such as Europe/Berlin, America/New_York or UTC`)
  const source = io.streamFile(logPath)
  const format = await formatOf(logPath, source)
  // What the run chose for the user is said on stderr once it has succeeded: a failure stays one line.
  const said: string[] = []
  const read: LogReadOptions = { format, zone, pseudonyms: args.flags.has('keep-ids') ? null : new Pseudonyms(keyOf(args.values.get('key'), said)) }
  if (format === 'csv') Object.assign(read, await csvSettings(source, args, said, logPath))

  const goLiveText = args.values.get('go-live')
  let goLive: { ms: number; source: 'given' | 'project' } | null = null
  if (goLiveText !== undefined) goLive = { ms: dayStart(goLiveText, zone, '--go-live'), source: 'given' }
  else {
    const planned = input.project.activityMaps?.find((m) => m.stateId === state.id)?.goLive
    if (planned) goLive = { ms: dayStart(planned, zone, 'the project\'s go-live'), source: 'project' }
  }

  const deviationsPath = args.values.get('deviations')
  const out = deviationsPath ? io.appendTo?.(deviationsPath) : undefined
  if (deviationsPath && !out) throw new UsageError('--deviations cannot write files here')
  let onCase: ((c: CaseResult) => void) | undefined
  if (out) {
    out.write(deviationCsvHead())
    const rows = new DeviationCsvRows(zone, new Map(input.project.states.map((s) => [s.id, s.name])))
    onCase = (c) => out.write(rows.row(c))
  }
  let observation
  try {
    observation = await observeLog(source, { read, project: input.project, focusStateId: state.id, goLive, ...(onCase ? { onCase } : {}) })
  } catch (e) {
    if (e instanceof XmlStreamError || e instanceof CsvError) throw new UsageError(`${logPath}: ${e.message}`)
    if (e instanceof LogReadCancelled) throw new UsageError('cancelled')
    throw e
  } finally {
    out?.close()
  }
  if (observation.log.events === 0) throw new UsageError(`${logPath}: no event could be read (${observation.log.badRowCount} rows left out${observation.log.badRows[0] ? `; line ${observation.log.badRows[0].line}: ${observation.log.badRows[0].reason}` : ''})`)
  for (const line of said) io.stderr(`${line}\n`)
  if (args.flags.has('json')) io.stdout(JSON.stringify(observation, null, 2) + '\n')
  else io.stdout(renderReport(observedReport(observation, { file: logPath }), io.color))
}

async function formatOf(path: string, source: () => AsyncIterable<Uint8Array>): Promise<LogFormat> {
  const name = path.replace(/\.gz$/i, '')
  if (/\.xes$/i.test(name)) return 'xes'
  if (/\.(csv|tsv|txt)$/i.test(name)) return 'csv'
  const head = (await headOf(source, 512)).replace(/^\uFEFF/, '').trimStart()
  return head.startsWith('<') ? 'xes' : 'csv'
}

/** The CSV's delimiter, columns and time format: guessed from its first rows, or as given; said on stderr. */
async function csvSettings(source: () => AsyncIterable<Uint8Array>, args: ParsedArgs, said: string[], path: string): Promise<Partial<LogReadOptions>> {
  const head = (await headOf(source)).replace(/^\uFEFF/, '')
  const delimiter = guessDelimiter(head.slice(0, Math.max(0, head.indexOf('\n')) || head.length))
  const { header, rows } = previewCsv(head, delimiter)
  if (header.length === 0) throw new UsageError(`${path}: the file is empty`)
  const guess = guessColumns(header, rows)
  const given = args.values.get('columns')
  const mapping: ColumnMapping = given ? parseColumns(given, header) : guess.mapping
  const problem = mappingProblem(mapping)
  if (problem) throw new UsageError(`${path}: ${problem} with --columns (its columns: ${header.map((h) => `"${h}"`).join(', ')})`)
  const givenFormat = args.values.get('time-format')
  if (givenFormat !== undefined && !TIMESTAMP_FORMATS.some((f) => f.id === givenFormat)) {
    throw new UsageError(`--time-format must be one of ${TIMESTAMP_FORMATS.map((f) => f.id).join(', ')}`)
  }
  const timestampFormat = (givenFormat as TimestampFormat | undefined) ?? guess.format
  if (!timestampFormat) throw new UsageError(`${path}: the times of the first rows are in no format flowstate knows; name it with --time-format`)
  const columns = COLUMN_ROLES.filter((r) => mapping[r] !== undefined).map((r) => `${r}="${header[mapping[r]!]}"`)
  said.push(`${path}: columns ${columns.join(', ')}; times ${timestampFormat}${guess.ambiguousFormat && !givenFormat ? ' (day/month order guessed: say --time-format mdy if wrong)' : ''}`)
  return { delimiter, mapping, timestampFormat }
}

function parseColumns(text: string, header: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {}
  for (const part of text.split(',')) {
    const eq = part.indexOf('=')
    const role = part.slice(0, eq).trim() as ColumnRole
    const name = part.slice(eq + 1).trim()
    if (eq === -1 || !COLUMN_ROLES.includes(role)) throw new UsageError(`--columns: "${part}" is not ROLE=COLUMN (roles: ${COLUMN_ROLES.join(', ')})`)
    const index = header.findIndex((h) => h.trim() === name)
    if (index === -1) throw new UsageError(`--columns: no column "${name}" (columns: ${header.map((h) => `"${h}"`).join(', ')})`)
    mapping[role] = index
  }
  return mapping
}

/** The pseudonym key: read from --key FILE (made when missing), else a fresh one for this run only. */
function keyOf(path: string | undefined, said: string[]): Uint8Array {
  if (path === undefined) {
    said.push('case ids and staff names are pseudonymised with a key made for this run (--key FILE keeps one, --keep-ids keeps the originals)')
    return newPseudonymKey()
  }
  if (!existsSync(path)) {
    const key = newPseudonymKey()
    writeFileSync(path, toHex(key) + '\n', { mode: 0o600 })
    said.push(`${path}: a new pseudonym key; keep it to get the same pseudonyms next time`)
    return key
  }
  try {
    const key = fromHex(readFileSync(path, 'utf8').trim())
    if (key.length < 16) throw new Error('too short')
    return key
  } catch {
    throw new UsageError(`${path}: not a pseudonym key (64 hexadecimal digits)`)
  }
}

/** Midnight at the start of a day (YYYY-MM-DD) in the zone. */
function dayStart(day: string, zone: string, what: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day)
  const wall = m ? Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!) : NaN
  if (Number.isNaN(wall) || new Date(wall).toISOString().slice(0, 10) !== day) throw new UsageError(`${what} "${day}" is not a day (YYYY-MM-DD)`)
  return timeZone(zone).fromWall(wall).ms
}
