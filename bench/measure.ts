// Measuring helpers shared by the benchmarks and the quick regression check that runs in CI.
import { labelShape } from '../src/domain/diff/normalize'
import { bigramDice, SIMILARITY_THRESHOLD } from '../src/domain/diff/similarity'
import type { Step } from '../src/domain/model'

export interface Timing {
  median: number
  p95: number
  /** Median CPU time of this process (user + system): leaves out time spent waiting for a core. */
  cpuMedian: number
  runs: number
}

/** Runs `work` `warmup` times unmeasured, then `runs` times measured. */
export function time(runs: number, warmup: number, work: () => unknown): Timing {
  for (let i = 0; i < warmup; i++) work()
  const wall: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage()
    const t = performance.now()
    work()
    wall.push(performance.now() - t)
    const used = process.cpuUsage(c)
    cpu.push((used.user + used.system) / 1000)
  }
  return { median: quantile(wall, 0.5), p95: quantile(wall, 0.95), cpuMedian: quantile(cpu, 0.5), runs }
}

export function quantile(xs: readonly number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.max(0, Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1))]!
}

/**
 * Growth slope: the least-squares slope of log(time) over log(size). 1 means time grows like the
 * size, 2 like its square.
 */
export function slope(points: readonly (readonly [size: number, ms: number])[]): number {
  const xs = points.map(([n]) => Math.log(n))
  const ys = points.map(([, t]) => Math.log(Math.max(t, 1e-6)))
  const mx = xs.reduce((a, b) => a + b, 0) / xs.length
  const my = ys.reduce((a, b) => a + b, 0) / ys.length
  let num = 0
  let den = 0
  for (let i = 0; i < xs.length; i++) {
    num += (xs[i]! - mx) * (ys[i]! - my)
    den += (xs[i]! - mx) ** 2
  }
  return num / den
}

/** The matcher a first version would write: similarity of every pair, best partner per after step. */
export function naiveMatch(before: readonly Step[], after: readonly Step[], rows: number): number {
  const bs = before.map((s) => labelShape(s.label))
  let matched = 0
  for (let j = 0; j < rows; j++) {
    const a = labelShape(after[j]!.label)
    let best = -1
    let bestScore = SIMILARITY_THRESHOLD
    for (let i = 0; i < bs.length; i++) {
      const score = bigramDice(bs[i]!, a)
      if (score >= bestScore) {
        bestScore = score
        best = i
      }
    }
    if (best !== -1) matched++
  }
  return matched
}
