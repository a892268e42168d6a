// Diff benchmark: `npm run bench:diff` (also part of `npm run bench`), bundled and run by plain
// Node (bench/node.mjs), as the app and the command line run the engine. Generated states of 1k, 10k
// and 50k steps with about 5% changes; median and p95 of warmed-up runs in both matching modes; the
// growth slope (log time over log size: 1 is linear, 2 quadratic); and two baselines measured in
// the same run: a naive O(n²) label matcher (every after step against every before step; timed on
// a slice of rows and extrapolated to the full square where that would take too long) and
// jsondiffpatch, a generic JSON diff, given the same two states with steps and flows matched by
// lineage (up to 10k steps: at 10k it already needs seconds and about 2 GB).
// Writes bench/results/diff.json. No assertions on time: this is a measurement, not a test.
//
// Wall-clock time is what a user waits; on a machine shared with other work it also counts the time
// this process waited for a core. The process's CPU time (process.cpuUsage) leaves that out, so the
// results give both, and the ratios use CPU time on both sides.
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { create } from 'jsondiffpatch'
import { diff, type DiffResult } from '../src/domain/diff'
import type { Step, WorkflowState } from '../src/domain/model'
import { benchProject } from './diffGenerate'
import { naiveMatch, slope, time, type Timing } from './measure'

const SIZES = [
  { steps: 1_000, warmup: 10, runs: 50, naiveRows: 1_000, jsondiffpatchRuns: 7 },
  { steps: 10_000, warmup: 5, runs: 25, naiveRows: 1_000, jsondiffpatchRuns: 3 },
  { steps: 50_000, warmup: 2, runs: 11, naiveRows: 200, jsondiffpatchRuns: 0 },
]

const round = (x: number, digits = 2) => Number(x.toFixed(digits))
const ms = (t: Timing) => ({ median: round(t.median), p95: round(t.p95), cpuMedian: round(t.cpuMedian), runs: t.runs })

export interface DiffRow {
  steps: number
  changes: { added: number; removed: number; changed: number }
  lineageMs: ReturnType<typeof ms>
  labelMs: ReturnType<typeof ms>
  naiveMs: { wall: number; cpu: number; measuredRows: number; of: number; extrapolated: boolean }
  jsondiffpatchMs: ReturnType<typeof ms> | null
  /** Baseline CPU time ÷ engine CPU time (medians). */
  ratio: { naiveOverLabel: number; naiveOverLineage: number; jsondiffpatchOverLineage: number | null }
}

/** jsondiffpatch as its docs suggest for arrays of objects: matched by a key, here the lineage. */
function jsondiffpatchOf(before: WorkflowState, after: WorkflowState): () => unknown {
  const differ = create({ objectHash: (o: object) => (o as Step).lineage ?? (o as { id?: string }).id, arrays: { detectMove: false } })
  return () => differ.diff(before, after)
}

main()

function main(): void {
  const rows: DiffRow[] = []
  const loadBefore = loadavg().map((x) => round(x))
  // The engine first, at every size, then the baselines: jsondiffpatch at 10k leaves a heap of about
  // 2 GB behind, which would slow the garbage collection of whatever ran after it.
  const engine = SIZES.map((size) => {
    const { project, before, after } = benchProject(size.steps)
    const b = { project, state: before }
    const a = { project, state: after }
    let result: DiffResult | undefined
    const lineage = time(size.runs, size.warmup, () => (result = diff(b, a)))
    const byLabel = time(size.runs, size.warmup, () => diff(b, a, { matchBy: 'label' }))
    return { lineage, byLabel, summary: result!.summary }
  })
  SIZES.forEach((size, k) => {
    const { before, after } = benchProject(size.steps)
    const { lineage, byLabel, summary: s } = engine[k]!
    const naiveRows = Math.min(size.naiveRows, after.steps.length)
    const naive = time(1, 1, () => naiveMatch(before.steps, after.steps, naiveRows))
    const scale = after.steps.length / naiveRows
    // The 1k runs warm jsondiffpatch's code; each larger run is long enough to need no warm-up.
    const generic = size.jsondiffpatchRuns > 0 ? time(size.jsondiffpatchRuns, size.steps <= 1_000 ? 2 : 0, jsondiffpatchOf(before, after)) : null
    rows.push({
      steps: size.steps,
      changes: { added: s.stepsAdded, removed: s.stepsRemoved, changed: s.stepsChanged },
      lineageMs: ms(lineage),
      labelMs: ms(byLabel),
      naiveMs: { wall: round(naive.median * scale, 0), cpu: round(naive.cpuMedian * scale, 0), measuredRows: naiveRows, of: after.steps.length, extrapolated: scale > 1 },
      jsondiffpatchMs: generic ? ms(generic) : null,
      ratio: {
        naiveOverLabel: round((naive.cpuMedian * scale) / byLabel.cpuMedian, 0),
        naiveOverLineage: round((naive.cpuMedian * scale) / lineage.cpuMedian, 0),
        jsondiffpatchOverLineage: generic ? round(generic.cpuMedian / lineage.cpuMedian, 0) : null,
      },
    })
  })
  const growth = {
    lineage: round(slope(rows.map((r) => [r.steps, r.lineageMs.cpuMedian])), 2),
    label: round(slope(rows.map((r) => [r.steps, r.labelMs.cpuMedian])), 2),
    naive: round(slope(rows.map((r) => [r.steps, r.naiveMs.cpu])), 2),
  }

  const n = (x: number) => x.toLocaleString('en-US')
  const table = [
    '| steps | added / removed / changed | lineage ms: median (p95), CPU | label ms: median (p95), CPU | naive O(n²) ms CPU | jsondiffpatch ms CPU | naive ÷ label | naive ÷ lineage | jsondiffpatch ÷ lineage |',
    '| ---: | :---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map((r) => {
      const naive = `${n(r.naiveMs.cpu)}${r.naiveMs.extrapolated ? ` (from ${n(r.naiveMs.measuredRows)} rows)` : ''}`
      const mode = (t: DiffRow['lineageMs']) => `${t.median} (${t.p95}), ${t.cpuMedian}`
      const generic = r.jsondiffpatchMs ? n(r.jsondiffpatchMs.cpuMedian) : '—'
      const ratio = r.ratio.jsondiffpatchOverLineage === null ? '—' : `${n(r.ratio.jsondiffpatchOverLineage)}×`
      return `| ${n(r.steps)} | ${r.changes.added} / ${r.changes.removed} / ${r.changes.changed} | ${mode(r.lineageMs)} | ${mode(r.labelMs)} | ${naive} | ${generic} | ${n(r.ratio.naiveOverLabel)}× | ${n(r.ratio.naiveOverLineage)}× | ${ratio} |`
    }),
  ].join('\n')
  const load = { before: loadBefore, after: loadavg().map((x) => round(x)) }
  console.log(`\n${table}\n\ngrowth slope (log time over log size): lineage ${growth.lineage}, label ${growth.label}, naive ${growth.naive}\nload average ${load.before.join(' ')} → ${load.after.join(' ')} on ${cpus().length} cores\n`)

  const out = join(process.cwd(), 'bench/results')
  mkdirSync(out, { recursive: true })
  // The load average says how busy the machine was: other work on these cores slows wall-clock numbers.
  const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version, loadAverage: load }
  const budget = { '10k lineage median ms': 20, '50k lineage median ms': 150, slope: 1.2 }
  writeFileSync(join(out, 'diff.json'), `${JSON.stringify({ date: new Date().toISOString(), machine, budget, growth, sizes: rows }, null, 2)}\n`)
}
