// The plan's calendar dates. A start date is read as a date, never as text: "0050-01-01" must not
// become 1950 (JavaScript's Date.UTC reads years 0–99 as 1900–1999), and "2026-02-30" is no date.
// Plans live between 1900 and 9999, so every date is written with four year digits and dates
// sort as text.

export const FIRST_YEAR = 1900
export const LAST_YEAR = 9999

export type DateCheck = { ok: true; date: Date } | { ok: false; error: string }

/** A YYYY-MM-DD start date, checked: a real day of a year from 1900 to 9999. */
export function checkStartDate(text: string): DateCheck {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text)
  if (!m) return { ok: false, error: `--start needs a date as YYYY-MM-DD, not ${JSON.stringify(text)}` }
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])]
  if (year < FIRST_YEAR || year > LAST_YEAR) {
    return { ok: false, error: `--start ${text}: the year must be from ${FIRST_YEAR} to ${LAST_YEAR}` }
  }
  const date = utcDate(year, month - 1, day)
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return { ok: false, error: `--start ${text} is not a day of the calendar` }
  return { ok: true, date }
}

/** Midnight UTC of a day; unlike Date.UTC, a year below 100 stays that year. */
export function utcDate(year: number, monthIndex: number, day: number): Date {
  const d = new Date(0)
  d.setUTCFullYear(year, monthIndex, day)
  d.setUTCHours(0, 0, 0, 0)
  return d
}

/** YYYY-MM-DD with four year digits. */
export const isoDate = (d: Date): string => `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`

const pad = (n: number): string => String(n).padStart(2, '0')

/** A plan whose dates would run past the last year a project tool or this file format can hold. */
export class PlanDateError extends Error {
  override name = 'PlanDateError'
}
