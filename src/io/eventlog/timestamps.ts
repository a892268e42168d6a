// Timestamps as hospital systems export them. A format is guessed from the first rows and shown
// to the user, who can change it; the one chosen is then applied to every row, and a value it
// cannot read makes that row a bad row (never a guess). Times with an offset ("Z", "+02:00") keep
// it, so offsets that change inside one log are read right; times without one are read in the
// stated zone.
import { timeZone, type TimeZone } from '../../domain/observe/zone'

export type TimestampFormat = 'iso' | 'dmy' | 'mdy' | 'epoch-s' | 'epoch-ms'

export const TIMESTAMP_FORMATS: readonly { id: TimestampFormat; label: string; example: string }[] = [
  { id: 'iso', label: 'Year-month-day (ISO 8601)', example: '2026-03-14 08:05:00, 2026-03-14T08:05:00+01:00' },
  { id: 'dmy', label: 'Day/month/year', example: '14/03/2026 08:05, 14.03.2026 08:05:00' },
  { id: 'mdy', label: 'Month/day/year', example: '03/14/2026 8:05 AM' },
  { id: 'epoch-s', label: 'Seconds since 1970 (Unix time)', example: '1773475500' },
  { id: 'epoch-ms', label: 'Milliseconds since 1970', example: '1773475500000' },
]

export interface ParsedTime {
  ms: number
  /** Only a day, no time of day. */
  dayOnly: boolean
  /** The value carried its own offset or was an absolute number; the zone was not needed. */
  absolute: boolean
  gap: boolean
  repeated: boolean
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i
const DAY_FIRST = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*([AP]\.?M\.?)?)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?$/i
const DIGITS = /^-?\d+(?:\.\d+)?$/

export function parseTimestamp(text: string, format: TimestampFormat, zone: TimeZone): ParsedTime | null {
  const t = text.trim()
  if (t === '') return null
  switch (format) {
    case 'iso': {
      const m = ISO.exec(t)
      return m ? build(zone, +m[1]!, +m[2]!, +m[3]!, m[4], m[5], m[6], m[7], undefined, m[8]) : null
    }
    case 'dmy':
    case 'mdy': {
      const m = DAY_FIRST.exec(t)
      if (!m) return null
      const [day, month] = format === 'dmy' ? [+m[1]!, +m[2]!] : [+m[2]!, +m[1]!]
      return build(zone, +m[3]!, month, day, m[4], m[5], m[6], m[7], m[8], m[9])
    }
    case 'epoch-s':
    case 'epoch-ms': {
      if (!DIGITS.test(t)) return null
      const ms = format === 'epoch-s' ? Number(t) * 1000 : Number(t)
      return Number.isFinite(ms) ? { ms: Math.round(ms), dayOnly: false, absolute: true, gap: false, repeated: false } : null
    }
  }
}

function build(
  zone: TimeZone,
  year: number,
  month: number,
  day: number,
  hh: string | undefined,
  mm: string | undefined,
  ss: string | undefined,
  fraction: string | undefined,
  meridiem: string | undefined,
  offset: string | undefined,
): ParsedTime | null {
  let hour = hh === undefined ? 0 : +hh
  const minute = mm === undefined ? 0 : +mm
  const second = ss === undefined ? 0 : +ss
  if (meridiem) {
    if (hour < 1 || hour > 12) return null
    hour = (hour % 12) + (/^p/i.test(meridiem) ? 12 : 0)
  }
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month) || hour > 23 || minute > 59 || second > 60) return null
  const millis = fraction === undefined ? 0 : Math.round(Number(`0.${fraction}`) * 1000)
  const wall = Date.UTC(year, month - 1, day, hour, minute, Math.min(second, 59)) + millis
  const dayOnly = hh === undefined
  if (offset !== undefined) {
    return { ms: wall - offsetMs(offset), dayOnly, absolute: true, gap: false, repeated: false }
  }
  const local = zone.fromWall(wall)
  return { ms: local.ms, dayOnly, absolute: false, gap: local.gap, repeated: local.repeated }
}

function offsetMs(text: string): number {
  if (text === 'Z' || text === 'z') return 0
  const sign = text[0] === '-' ? -1 : 1
  const digits = text.slice(1).replace(':', '')
  const hours = Number(digits.slice(0, 2))
  const minutes = digits.length > 2 ? Number(digits.slice(2, 4)) : 0
  return sign * (hours * 60 + minutes) * 60_000
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/**
 * The format that reads every sample, preferring the unambiguous: a first number above 12 means
 * day/month, a second above 12 month/day; when neither shows, day/month is assumed and
 * `ambiguous` says so, for the user to confirm.
 */
export function guessTimestampFormat(samples: readonly string[]): { format: TimestampFormat; ambiguous: boolean } | null {
  const values = samples.map((s) => s.trim()).filter((s) => s !== '')
  if (values.length === 0) return null
  const utc = timeZone('UTC')
  const readsAll = (f: TimestampFormat) => values.every((v) => parseTimestamp(v, f, utc) !== null)
  if (readsAll('iso')) return { format: 'iso', ambiguous: false }
  const dmy = readsAll('dmy')
  const mdy = readsAll('mdy')
  if (dmy && !mdy) return { format: 'dmy', ambiguous: false }
  if (mdy && !dmy) return { format: 'mdy', ambiguous: false }
  if (dmy && mdy) return { format: /[AP]\.?M/i.test(values[0]!) ? 'mdy' : 'dmy', ambiguous: true }
  if (values.every((v) => /^\d{12,13}$/.test(v))) return { format: 'epoch-ms', ambiguous: false }
  if (values.every((v) => /^\d{9,10}(?:\.\d+)?$/.test(v))) return { format: 'epoch-s', ambiguous: false }
  return null
}
