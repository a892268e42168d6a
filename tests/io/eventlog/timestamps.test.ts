import { describe, expect, it } from 'vitest'
import { timeZone } from '../../../src/domain/observe/zone'
import { guessTimestampFormat, parseTimestamp } from '../../../src/io/eventlog/timestamps'

const utc = timeZone('UTC')
const newYork = timeZone('America/New_York')
const berlin = timeZone('Europe/Berlin')
const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString())

describe('reading timestamps', () => {
  it('reads ISO times with and without an offset, and an offset wins over the zone', () => {
    expect(iso(parseTimestamp('2026-03-14 08:05:00', 'iso', utc)?.ms)).toBe('2026-03-14T08:05:00.000Z')
    expect(iso(parseTimestamp('2026-03-14T08:05:00+01:00', 'iso', newYork)?.ms)).toBe('2026-03-14T07:05:00.000Z')
    expect(iso(parseTimestamp('2026-03-14T08:05:00.250Z', 'iso', berlin)?.ms)).toBe('2026-03-14T08:05:00.250Z')
    expect(parseTimestamp('2026-03-14T08:05:00+01:00', 'iso', newYork)?.absolute).toBe(true)
  })

  it('reads times without an offset in the stated zone', () => {
    expect(iso(parseTimestamp('2026-01-14 08:05', 'iso', newYork)?.ms)).toBe('2026-01-14T13:05:00.000Z')
    expect(iso(parseTimestamp('2026-07-14 08:05', 'iso', newYork)?.ms)).toBe('2026-07-14T12:05:00.000Z')
    expect(iso(parseTimestamp('14.07.2026 08:05', 'dmy', berlin)?.ms)).toBe('2026-07-14T06:05:00.000Z')
  })

  it('reads offsets that change inside one log (winter and summer time written out)', () => {
    // Two hours apart on the wall clock, one hour apart in fact: Berlin's clocks went forward.
    const winter = parseTimestamp('2026-03-29T01:30:00+01:00', 'iso', utc)!.ms
    const summer = parseTimestamp('2026-03-29T03:30:00+02:00', 'iso', utc)!.ms
    expect((summer - winter) / 60_000).toBe(60)
  })

  it('measures across a daylight-saving change in local time, and says when a time fell in the gap or the repeated hour', () => {
    // New York springs forward on 8 March 2026 at 02:00: 01:30 to 03:30 local is one hour.
    const before = parseTimestamp('2026-03-08 01:30', 'iso', newYork)!
    const after = parseTimestamp('2026-03-08 03:30', 'iso', newYork)!
    expect((after.ms - before.ms) / 60_000).toBe(60)
    const gap = parseTimestamp('2026-03-08 02:30', 'iso', newYork)!
    expect(gap.gap).toBe(true)
    expect(iso(gap.ms)).toBe('2026-03-08T07:30:00.000Z')
    // It falls back on 1 November 2026: 01:30 happens twice; the first is taken.
    const repeated = parseTimestamp('2026-11-01 01:30', 'iso', newYork)!
    expect(repeated.repeated).toBe(true)
    expect(iso(repeated.ms)).toBe('2026-11-01T05:30:00.000Z')
    const later = parseTimestamp('2026-11-01 03:00', 'iso', newYork)!
    expect((later.ms - repeated.ms) / 60_000).toBe(150)
  })

  it('reads day-only values as the start of that day, and says so', () => {
    const t = parseTimestamp('2026-03-14', 'iso', berlin)!
    expect(t.dayOnly).toBe(true)
    expect(iso(t.ms)).toBe('2026-03-13T23:00:00.000Z')
  })

  it('reads day/month and month/day orders, with AM and PM', () => {
    expect(iso(parseTimestamp('14/03/2026 08:05', 'dmy', utc)?.ms)).toBe('2026-03-14T08:05:00.000Z')
    expect(iso(parseTimestamp('03/14/2026 8:05 PM', 'mdy', utc)?.ms)).toBe('2026-03-14T20:05:00.000Z')
    expect(iso(parseTimestamp('03/14/2026 12:05 AM', 'mdy', utc)?.ms)).toBe('2026-03-14T00:05:00.000Z')
    expect(iso(parseTimestamp('1773475500', 'epoch-s', newYork)?.ms)).toBe('2026-03-14T08:05:00.000Z')
  })

  it('refuses what is not a time in the format, never guessing', () => {
    expect(parseTimestamp('2026-02-30 08:00', 'iso', utc)).toBeNull()
    expect(parseTimestamp('14/03/2026', 'mdy', utc)).toBeNull()
    expect(parseTimestamp('yesterday', 'iso', utc)).toBeNull()
    expect(parseTimestamp('2026-03-14 25:00', 'iso', utc)).toBeNull()
  })

  it('guesses the format from the rows, and says when the day/month order is a guess', () => {
    expect(guessTimestampFormat(['2026-03-14 08:05', '2026-03-15T09:00Z'])).toEqual({ format: 'iso', ambiguous: false })
    expect(guessTimestampFormat(['03/04/2026 08:05', '14/04/2026 09:00'])).toEqual({ format: 'dmy', ambiguous: false })
    expect(guessTimestampFormat(['03/04/2026 08:05', '04/14/2026 09:00'])).toEqual({ format: 'mdy', ambiguous: false })
    expect(guessTimestampFormat(['03/04/2026 08:05'])).toEqual({ format: 'dmy', ambiguous: true })
    expect(guessTimestampFormat(['1773475500', '1773475600'])).toEqual({ format: 'epoch-s', ambiguous: false })
    expect(guessTimestampFormat(['soon'])).toBeNull()
  })
})
