// The quick version of `npm run bench` that CI runs with every `npm test`: small sizes, and only
// ratios and growth slopes measured in the same run, never absolute times, so a busy machine does
// not fail it. It fails on gross regressions only — an engine that turned quadratic, or lost its
// lead over the simple baselines by an order of magnitude, or an app whose first load doubled.
// The thresholds sit far from today's figures (in comments), which bench/RESULTS.md records.
import { BpmnModdle } from 'bpmn-moddle'
import { diff as bpmnJsDiffer } from 'bpmn-js-differ'
import { create } from 'jsondiffpatch'
import { describe, expect, it } from 'vitest'
import { generatePair } from '../../bench/bpmn/generate.js'
import { measureBundle } from '../../bench/bundle/run.mjs'
import { benchProject } from '../../bench/diffGenerate'
import { naiveMatch, slope, time } from '../../bench/measure'
import { diff } from '../../src/domain/diff'
import type { Step } from '../../src/domain/model'
import { importBpmn } from '../../src/io/bpmn'

/**
 * Median wall time of `work`, after warming it up for at least 300 ms, so that at small sizes the
 * figure is the optimized code's and not the interpreter's (which would flatten the slope). Wall,
 * not CPU time: the process's CPU time also counts the compiler and GC threads working beside it.
 */
function warmMedian(work: () => unknown, runs = 7): number {
  const until = performance.now() + 300
  while (performance.now() < until) work()
  return time(runs, 0, work).median
}

/** Each test times several sizes against slow baselines; on a machine busy with other work that takes far longer than Vitest's 5 s default. */
const HEAVY_TIMEOUT_MS = 180_000

const sides = (steps: number) => {
  const { project, before, after } = benchProject(steps)
  return { b: { project, state: before }, a: { project, state: after }, before, after }
}

describe('diff engine, against its baselines', () => {
  it('given states of 1k, 4k and 16k steps, when diffed, then time grows about linearly (slope ≤ 1.5; today about 1.1, by label 1.3)', () => {
    const points = [1_000, 4_000, 16_000].map((n): [number, number] => {
      const { b, a } = sides(n)
      return [n, warmMedian(() => diff(b, a))]
    })
    const lineage = slope(points)
    const byLabel = slope(
      [1_000, 4_000, 16_000].map((n): [number, number] => {
        const { b, a } = sides(n)
        return [n, warmMedian(() => diff(b, a, { matchBy: 'label' }), 5)]
      }),
    )
    console.log(`diff growth slope, 1k → 16k steps: lineage ${lineage.toFixed(2)}, by label ${byLabel.toFixed(2)}`)
    expect(lineage).toBeLessThanOrEqual(1.5)
    expect(byLabel).toBeLessThanOrEqual(1.5)
  }, HEAVY_TIMEOUT_MS)

  it('given 2k steps, then the engine is at least 10× faster than a naive O(n²) matcher (today about 300×) and than jsondiffpatch (today about 100×)', () => {
    const { b, a, before, after } = sides(2_000)
    const engine = warmMedian(() => diff(b, a))
    const naive = time(1, 1, () => naiveMatch(before.steps, after.steps, after.steps.length)).median
    const differ = create({ objectHash: (o: object) => (o as Step).lineage ?? (o as { id?: string }).id, arrays: { detectMove: false } })
    const generic = time(3, 1, () => differ.diff(before, after)).median
    console.log(`diff at 2k steps: ${(naive / engine).toFixed(0)}× faster than a naive O(n²) matcher, ${(generic / engine).toFixed(0)}× faster than jsondiffpatch`)
    expect(naive / engine).toBeGreaterThanOrEqual(10)
    expect(generic / engine).toBeGreaterThanOrEqual(10)
  }, HEAVY_TIMEOUT_MS)
})

describe('BPMN import and diff, against bpmn-js-differ', () => {
  const ours = (pair: { before: string; after: string }) => () => {
    const x = importBpmn(pair.before)
    const y = importBpmn(pair.after)
    if (!x.ok || !y.ok) throw new Error('the generated files must import')
    // Two files, two projects: catalogues are matched by name, as `flowstate diff` does.
    const project = (i: typeof x, id: string) => ({ id, roles: i.added.roles, systems: i.added.systems, dataItems: i.added.dataItems })
    return diff({ project: project(x, 'before'), state: x.state }, { project: project(y, 'after'), state: y.state })
  }

  it('given generated files of 250, 1,000 and 4,000 steps, then reading and diffing them grows about linearly (slope ≤ 1.5; today about 1.0)', () => {
    const points = [250, 1_000, 4_000].map((n): [number, number] => [n, warmMedian(ours(generatePair(n)), 5)])
    console.log(`BPMN read and diff, growth slope 250 → 4,000 steps: ${slope(points).toFixed(2)}`)
    expect(slope(points)).toBeLessThanOrEqual(1.5)
  }, HEAVY_TIMEOUT_MS)

  it('given a 400-step pair, then reading and diffing it in one process is at least 3× faster than bpmn-moddle with bpmn-js-differ (today about 15×)', async () => {
    const pair = generatePair(400)
    const engine = warmMedian(ours(pair), 5)
    const moddle = new BpmnModdle()
    const theirs: number[] = []
    for (let i = 0; i < 3; i++) {
      const t = performance.now()
      const { rootElement: x } = await moddle.fromXML(pair.before)
      const { rootElement: y } = await moddle.fromXML(pair.after)
      bpmnJsDiffer(x, y)
      theirs.push(performance.now() - t)
    }
    theirs.sort((p, q) => p - q)
    console.log(`BPMN read and diff at 400 steps, in one process: ${(theirs[1]! / engine).toFixed(1)}× faster than bpmn-moddle with bpmn-js-differ`)
    expect(theirs[1]! / engine).toBeGreaterThanOrEqual(3)
  }, HEAVY_TIMEOUT_MS)
})

describe('initial JavaScript, against a bare React Flow page', () => {
  it('given a production build, then what index.html loads is at most 1.6× a bare Vite + React + React Flow page (today about 0.95×)', async () => {
    const bundle = await measureBundle()
    console.log(`initial JavaScript ${bundle.initial.gzipKB} kB gzip, ${bundle.ratio.initialOverBare}× a bare React Flow page`)
    expect(bundle.ratio.initialOverBare).toBeLessThanOrEqual(1.6)
  }, 120_000)
})
