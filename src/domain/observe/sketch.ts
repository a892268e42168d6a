// Medians and 90th percentiles of durations without keeping every value: a histogram whose bins
// grow by 1 % from one second to ten years, so a quantile is off by at most half a percent (a
// few seconds on an hour) and a million cases need no more memory than one. Ten million events
// stream through without their durations being held.

const GROWTH = 1.01
const LOG_GROWTH = Math.log(GROWTH)
/** Bin 0 holds everything under one second; bin k ≥ 1 holds [GROWTH^(k-1), GROWTH^k) seconds. */
const BINS = 2 + Math.ceil(Math.log(10 * 365 * 86_400) / LOG_GROWTH)

export class DurationSketch {
  private bins: Uint32Array | null = null
  count = 0
  private sum = 0

  /** A duration in milliseconds; negative ones (clock skew between systems) count as zero. */
  add(ms: number): void {
    if (!(ms >= 0)) ms = 0
    const bins = (this.bins ??= new Uint32Array(BINS))
    const seconds = ms / 1000
    const k = seconds < 1 ? 0 : Math.min(BINS - 1, 1 + Math.floor(Math.log(seconds) / LOG_GROWTH))
    bins[k]!++
    this.count++
    this.sum += ms
  }

  merge(other: DurationSketch): void {
    if (!other.bins) return
    const bins = (this.bins ??= new Uint32Array(BINS))
    for (let k = 0; k < BINS; k++) bins[k]! += other.bins[k]!
    this.count += other.count
    this.sum += other.sum
  }

  /** The q-quantile in minutes (nearest rank), or null when nothing was added. */
  quantileMinutes(q: number): number | null {
    if (!this.bins || this.count === 0) return null
    const rank = Math.max(1, Math.ceil(q * this.count))
    let seen = 0
    for (let k = 0; k < BINS; k++) {
      seen += this.bins[k]!
      if (seen >= rank) return k === 0 ? 0 : (Math.sqrt(GROWTH ** (k - 1) * GROWTH ** k)) / 60
    }
    return null
  }

  meanMinutes(): number | null {
    return this.count === 0 ? null : this.sum / this.count / 60_000
  }
}

export interface Spread {
  median: number
  p90: number
}

/** Median and 90th percentile in minutes, rounded to a tenth; null when there is nothing. */
export function spread(sketch: DurationSketch): Spread | null {
  const median = sketch.quantileMinutes(0.5)
  const p90 = sketch.quantileMinutes(0.9)
  return median === null || p90 === null ? null : { median: tenth(median), p90: tenth(p90) }
}

export const tenth = (n: number): number => Math.round(n * 10) / 10
