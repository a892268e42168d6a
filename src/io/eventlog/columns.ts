// The column-mapping step of a CSV import: which column holds the case, the activity, the start
// and end times, who did it, their role and their department. Guessed from the header's words and
// the first rows' values, then shown to the user with a preview, who confirms or changes it.
import { guessTimestampFormat, type TimestampFormat } from './timestamps'

export const COLUMN_ROLES = ['case', 'activity', 'start', 'end', 'resource', 'role', 'department'] as const
export type ColumnRole = (typeof COLUMN_ROLES)[number]

export const COLUMN_LABELS: Record<ColumnRole, string> = {
  case: 'Case',
  activity: 'Activity',
  start: 'Start time',
  end: 'End time',
  resource: 'Who (resource)',
  role: 'Role',
  department: 'Department',
}

/** Column index per role; a role without a column is absent. */
export type ColumnMapping = Partial<Record<ColumnRole, number>>

const HEADER_WORDS: Record<ColumnRole, RegExp> = {
  case: /^(case|trace|cycle|order|sample|accession|encounter|episode|visit|tray|load|instance|process)[\s_:-]*(id|no|number|nr|key)?$|case|concept:name/i,
  activity: /activity|event|action|step|task|status|operation|^what$/i,
  start: /start|begin|began|from/i,
  end: /end|complete|finish|done|^time|timestamp|date|when|at$/i,
  resource: /resource|user|staff|operator|performer|technician|employee|person|who|by$|name/i,
  role: /role|job|position|function|profession/i,
  department: /department|dept|unit|ward|site|location|area|team|group|service|cost.?cent/i,
}

export interface ColumnGuess {
  mapping: ColumnMapping
  format: TimestampFormat | null
  /** The day/month order could not be told from the rows shown. */
  ambiguousFormat: boolean
}

/** Guesses the mapping from the header and up to a few hundred rows. */
export function guessColumns(header: readonly string[], rows: readonly (readonly string[])[]): ColumnGuess {
  const n = header.length
  const samples = (c: number) => rows.map((r) => r[c] ?? '').filter((v) => v.trim() !== '')
  const timeLike = header.map((_, c) => {
    const s = samples(c).slice(0, 200)
    return s.length > 0 && guessTimestampFormat(s) !== null && !s.every((v) => /^\d{1,8}$/.test(v.trim()))
  })
  const taken = new Set<number>()
  const mapping: ColumnMapping = {}
  const take = (role: ColumnRole, ok: (c: number) => boolean) => {
    for (let c = 0; c < n; c++) {
      if (taken.has(c) || !ok(c) || !HEADER_WORDS[role].test(header[c]!.trim())) continue
      mapping[role] = c
      taken.add(c)
      return
    }
  }
  // Times first: "Start time" must not be taken for the activity because it says "start".
  take('start', (c) => timeLike[c]!)
  take('end', (c) => timeLike[c]!)
  if (mapping.end === undefined) {
    const any = timeLike.findIndex((t, c) => t && !taken.has(c))
    if (any !== -1) {
      mapping.end = any
      taken.add(any)
    }
  }
  if (mapping.end === undefined && mapping.start !== undefined) {
    // One time column only, and it says "start": it is the event's one time.
    mapping.end = mapping.start
    delete mapping.start
  }
  take('case', (c) => !timeLike[c])
  take('activity', (c) => !timeLike[c])
  take('role', (c) => !timeLike[c])
  take('department', (c) => !timeLike[c])
  take('resource', (c) => !timeLike[c])
  // Without telling headers: the first free column for the case, the next with few values for the activity.
  if (mapping.case === undefined) {
    const c = firstFree(n, taken, timeLike)
    if (c !== -1) {
      mapping.case = c
      taken.add(c)
    }
  }
  if (mapping.activity === undefined) {
    const c = firstFree(n, taken, timeLike)
    if (c !== -1) {
      mapping.activity = c
      taken.add(c)
    }
  }
  const timeSamples = [mapping.start, mapping.end].flatMap((c) => (c === undefined ? [] : samples(c).slice(0, 200)))
  const guess = guessTimestampFormat(timeSamples)
  return { mapping, format: guess?.format ?? null, ambiguousFormat: guess?.ambiguous ?? false }
}

function firstFree(n: number, taken: ReadonlySet<number>, timeLike: readonly boolean[]): number {
  for (let c = 0; c < n; c++) if (!taken.has(c) && !timeLike[c]) return c
  return -1
}

/** What is missing for an import to start, in words; null when the mapping can be used. */
export function mappingProblem(mapping: ColumnMapping): string | null {
  if (mapping.case === undefined) return 'choose the column that holds the case'
  if (mapping.activity === undefined) return 'choose the column that holds the activity'
  if (mapping.end === undefined && mapping.start === undefined) return 'choose a column with the time of each event'
  return null
}
