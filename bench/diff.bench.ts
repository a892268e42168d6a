// Diff benchmark: `npm run bench:diff`. Generated states of 1k, 10k and 50k steps with about 5%
// changes; median and p95 of warmed-up runs in both matching modes, and a naive O(n²) label matcher
// (every after step against every before step) measured in the same run for the ratio. The naive
// matcher is timed on a slice of rows and extrapolated to the full square where that would take
// too long. Prints a table and writes bench/results/diff.json. No assertions on time: this is a
// measurement, not a test.
//
// Wall-clock time is what a user waits; on a machine shared with other work it also counts the time
// this process waited for a core. The process's CPU time (process.cpuUsage) leaves that out, so the
// table gives both, and the ratios use CPU time on both sides.
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { test } from 'vitest'
import { diff, type DiffResult } from '../src/domain/diff'
import { labelShape } from '../src/domain/diff/normalize'
import { bigramDice, SIMILARITY_THRESHOLD } from '../src/domain/diff/similarity'
import type { Step } from '../src/domain/model'
import { benchProject } from './diffGenerate'

const SIZES = [
  { steps: 1_000, warmup: 10, runs: 50, naiveRows: 1_000 },
  { steps: 10_000, warmup: 5, runs: 25, naiveRows: 1_000 },
  { steps: 50_000, warmup: 2, runs: 9, naiveRows: 200 },
]

interface Timing {
  median: number
  p95: number
  cpuMedian: number
  runs: number
}

function time(runs: number, warmup: number, work: () => unknown): Timing {
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

function quantile(xs: number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!
}

/** The matcher a first version would write: similarity of every pair, best partner per after step. */
function naiveMatch(before: readonly Step[], after: readonly Step[], rows: number): number {
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

const round = (x: number, digits = 2) => Number(x.toFixed(digits))
const ms = (t: Timing) => ({ median: round(t.median), p95: round(t.p95), cpuMedian: round(t.cpuMedian), runs: t.runs })

interface Row {
  steps: number
  changes: { added: number; removed: number; changed: number }
  lineageMs: ReturnType<typeof ms>
  labelMs: ReturnType<typeof ms>
  naiveMs: { wall: number; cpu: number; measuredRows: number; of: number; extrapolated: boolean }
  /** Naive CPU time ÷ engine CPU time (median). */
  ratio: { label: number; lineage: number }
}

test('diff benchmark', () => {
  const rows: Row[] = []
  for (const size of SIZES) {
    const { project, before, after } = benchProject(size.steps)
    const b = { project, state: before }
    const a = { project, state: after }
    let result: DiffResult | undefined
    const lineage = time(size.runs, size.warmup, () => (result = diff(b, a)))
    const byLabel = time(size.runs, size.warmup, () => diff(b, a, { matchBy: 'label' }))
    const naiveRows = Math.min(size.naiveRows, after.steps.length)
    const naive = time(1, 1, () => naiveMatch(before.steps, after.steps, naiveRows))
    const scale = after.steps.length / naiveRows
    const s = result!.summary
    rows.push({
      steps: size.steps,
      changes: { added: s.stepsAdded, removed: s.stepsRemoved, changed: s.stepsChanged },
      lineageMs: ms(lineage),
      labelMs: ms(byLabel),
      naiveMs: { wall: round(naive.median * scale, 0), cpu: round(naive.cpuMedian * scale, 0), measuredRows: naiveRows, of: after.steps.length, extrapolated: scale > 1 },
      ratio: { label: round((naive.cpuMedian * scale) / byLabel.cpuMedian, 0), lineage: round((naive.cpuMedian * scale) / lineage.cpuMedian, 0) },
    })
  }

  const n = (x: number) => x.toLocaleString('en-US')
  const table = [
    '| steps | added / removed / changed | lineage ms: median (p95), CPU | label ms: median (p95), CPU | naive O(n²) ms CPU | naive ÷ label | naive ÷ lineage |',
    '| ---: | :---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => {
      const naive = `${n(r.naiveMs.cpu)}${r.naiveMs.extrapolated ? ` (from ${n(r.naiveMs.measuredRows)} rows)` : ''}`
      const mode = (t: Row['lineageMs']) => `${t.median} (${t.p95}), ${t.cpuMedian}`
      return `| ${n(r.steps)} | ${r.changes.added} / ${r.changes.removed} / ${r.changes.changed} | ${mode(r.lineageMs)} | ${mode(r.labelMs)} | ${naive} | ${n(r.ratio.label)}× | ${n(r.ratio.lineage)}× |`
    }),
  ].join('\n')
  const load = loadavg().map((x) => round(x))
  console.log(`\n${table}\n\nload average ${load.join(' ')} on ${cpus().length} cores\n`)

  const out = join(process.cwd(), 'bench/results')
  mkdirSync(out, { recursive: true })
  // The load average says how busy the machine was: other work on these cores slows wall-clock numbers.
  const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version, loadAverage: load }
  writeFileSync(join(out, 'diff.json'), `${JSON.stringify({ date: new Date().toISOString(), machine, target: '≤ 20 ms at 10k steps', sizes: rows }, null, 2)}\n`)
})
