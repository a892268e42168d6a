// Wall-clock times in a named time zone (IANA: "America/New_York", "Europe/Berlin", "UTC") to
// instants. A hospital's export usually writes local times without an offset, so the zone must be
// stated; the offset is then looked up for each time, which handles daylight saving: a spring-
// forward gap and the repeated hour of a fall-back are counted and said, never silently shifted.
// Intl is slow per call, so offsets are cached per quarter hour of UTC (no zone changes its
// offset more often).

const QUARTER_HOUR = 15 * 60 * 1000

export interface ZoneConversion {
  ms: number
  /** The wall time does not exist (the clocks jumped over it): read as if the clocks had not yet changed. */
  gap: boolean
  /** The wall time happened twice (the clocks went back): read as the first of the two. */
  repeated: boolean
}

const zones = new Map<string, TimeZone>()

export function timeZone(name: string): TimeZone {
  let z = zones.get(name)
  if (!z) {
    z = new TimeZone(name)
    zones.set(name, z)
  }
  return z
}

/** Whether the platform knows a zone by this name. */
export function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name })
    return true
  } catch {
    return false
  }
}

/** This computer's zone (the browser's, or the command line's TZ). */
export function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}

export class TimeZone {
  private readonly format: Intl.DateTimeFormat | null
  private readonly offsets = new Map<number, number>()

  constructor(readonly name: string) {
    this.format = name === 'UTC' ? null : new Intl.DateTimeFormat('en-US', {
      timeZone: name,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
  }

  /** The zone's offset from UTC (ms, east positive) at an instant. */
  offsetAt(utc: number): number {
    if (!this.format) return 0
    const key = Math.floor(utc / QUARTER_HOUR)
    let offset = this.offsets.get(key)
    if (offset === undefined) {
      const t = key * QUARTER_HOUR
      const p: Record<string, number> = {}
      for (const part of this.format.formatToParts(t)) if (part.type !== 'literal') p[part.type] = Number(part.value)
      const wall = Date.UTC(p.year!, p.month! - 1, p.day!, p.hour!, p.minute!, p.second!)
      offset = wall - t
      if (this.offsets.size > 100_000) this.offsets.clear()
      this.offsets.set(key, offset)
    }
    return offset
  }

  /** A wall time (given as if it were UTC: Date.UTC of its fields) to the instant it names here. */
  fromWall(wall: number): ZoneConversion {
    if (!this.format) return { ms: wall, gap: false, repeated: false }
    // The offset one day either side brackets every transition near this time.
    const before = this.offsetAt(wall - 86_400_000)
    const after = this.offsetAt(wall + 86_400_000)
    const earlier = wall - Math.max(before, after)
    const later = wall - Math.min(before, after)
    const fitsEarlier = earlier + this.offsetAt(earlier) === wall
    const fitsLater = later + this.offsetAt(later) === wall
    if (fitsEarlier && fitsLater) return { ms: earlier, gap: false, repeated: earlier !== later }
    if (fitsEarlier) return { ms: earlier, gap: false, repeated: false }
    if (fitsLater) return { ms: later, gap: false, repeated: false }
    // Inside a spring-forward gap: the offset from before the change, as most systems write it.
    return { ms: wall - before, gap: true, repeated: false }
  }
}

/** The day (YYYY-MM-DD) of an instant in a zone. */
export function dayOf(ms: number, zone: TimeZone): string {
  return new Date(ms + zone.offsetAt(ms)).toISOString().slice(0, 10)
}
