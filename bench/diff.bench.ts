// Diff benchmark: `npm run bench:diff`. Generated states of 1k, 10k and 50k steps with about 5%
// changes; median and p95 of warmed-up runs in both matching modes, and a naive O(n²) label matcher
// (every after step against every before step) measured in the same run for the ratio. The naive
// matcher is timed on a slice of rows and extrapolated to the full square where that would take
// too long. Prints a table and writes bench/results/diff.json. No assertions on time: this is a
// measurement, not a test.
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus } from 'node:os'
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

function time(runs: number, warmup: number, work: () => unknown): { median: number; p95: number; runs: number } {
  for (let i = 0; i < warmup; i++) work()
  const ms: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    work()
    ms.push(performance.now() - t)
  }
  ms.sort((a, b) => a - b)
  const at = (q: number) => ms[Math.min(ms.length - 1, Math.ceil(q * ms.length) - 1)]!
  return { median: at(0.5), p95: at(0.95), runs }
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

test('diff benchmark', () => {
  const rows: Record<string, unknown>[] = []
  for (const size of SIZES) {
    const { project, before, after } = benchProject(size.steps)
    const b = { project, state: before }
    const a = { project, state: after }
    let result: DiffResult | undefined
    const lineage = time(size.runs, size.warmup, () => (result = diff(b, a)))
    const byLabel = time(size.runs, size.warmup, () => diff(b, a, { matchBy: 'label' }))
    const naiveRows = Math.min(size.naiveRows, after.steps.length)
    const naive = time(1, 1, () => naiveMatch(before.steps, after.steps, naiveRows))
    const naiveFull = naive.median * (after.steps.length / naiveRows)
    const s = result!.summary
    rows.push({
      steps: size.steps,
      changes: { added: s.stepsAdded, removed: s.stepsRemoved, changed: s.stepsChanged },
      lineageMs: { median: round(lineage.median), p95: round(lineage.p95), runs: lineage.runs },
      labelMs: { median: round(byLabel.median), p95: round(byLabel.p95), runs: byLabel.runs },
      naiveMs: { value: round(naiveFull, 0), measuredRows: naiveRows, of: after.steps.length, extrapolated: naiveRows < after.steps.length },
      ratio: { lineage: round(naiveFull / lineage.median, 0), label: round(naiveFull / byLabel.median, 0) },
    })
  }

  const table = [
    '| steps | added / removed / changed | lineage median (p95) ms | label median (p95) ms | naive O(n²) ms | naive ÷ label | naive ÷ lineage |',
    '| ---: | :---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r: any) => {
      const naive = `${r.naiveMs.value.toLocaleString('en-US')}${r.naiveMs.extrapolated ? ` (from ${r.naiveMs.measuredRows} rows)` : ''}`
      return `| ${r.steps.toLocaleString('en-US')} | ${r.changes.added} / ${r.changes.removed} / ${r.changes.changed} | ${r.lineageMs.median} (${r.lineageMs.p95}) | ${r.labelMs.median} (${r.labelMs.p95}) | ${naive} | ${r.ratio.label}× | ${r.ratio.lineage}× |`
    }),
  ].join('\n')
  console.log(`\n${table}\n`)

  const out = join(process.cwd(), 'bench/results')
  mkdirSync(out, { recursive: true })
  const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version }
  writeFileSync(join(out, 'diff.json'), `${JSON.stringify({ date: new Date().toISOString(), machine, target: '≤ 20 ms at 10k steps', sizes: rows }, null, 2)}\n`)
})
