// The quick browser part of `npm run bench` that CI runs with every `npm test`: the benchmark
// pages (a production build) in Chromium, small runs, and only ratios against a baseline measured
// in the same run — never absolute times. It fails on gross regressions only; the thresholds sit
// far from today's figures (in the test names), which bench/RESULTS.md records.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBench, openPage, quantile } from '../../../bench/browser.mjs'
import { measureCanvas } from '../../../bench/canvas/measure.mjs'
import type { StorageTiming } from '../../../bench/canvas/storage'

describe('benchmark pages in Chromium, against their baselines', () => {
  let bench: Awaited<ReturnType<typeof openBench>>

  beforeAll(async () => {
    bench = await openBench()
  }, 180_000)

  afterAll(async () => {
    await bench?.close()
  })

  it('given 1,000 steps, then the canvas is interactive within 3× the bare React Flow page (today about 0.7×) and paints an edit within 3× its time (today about 1.2×)', async () => {
    const page = (name: string) => `${bench.url}?page=${name}&steps=1000`
    // A warm-up load of each page, then one measured load of each.
    await measureCanvas(bench.browser, page('flowstate'), { quick: true })
    await measureCanvas(bench.browser, page('bare'), { quick: true })
    const ours = await measureCanvas(bench.browser, page('flowstate'), { quick: true })
    const bare = await measureCanvas(bench.browser, page('bare'), { quick: true })
    const interactive = ours.readyMs / bare.readyMs
    const edit = quantile(ours.edits, 0.5)! / quantile(bare.edits, 0.5)!
    console.log(`canvas, 1,000 steps: interactive ${interactive.toFixed(2)}× and edit to paint ${edit.toFixed(2)}× the bare React Flow page`)
    expect(interactive).toBeLessThanOrEqual(3)
    expect(edit).toBeLessThanOrEqual(3)
  }, 180_000)

  it('given 5,000 steps, then persisting one edit is no slower than rewriting the project as one JSON document (today about 3×)', async () => {
    const { page, done } = await openPage(bench.browser, `${bench.url}?page=storage&steps=5000`)
    await page.waitForFunction(() => 'benchStorage' in window, null, { timeout: 60_000 })
    const timing = (await page.evaluate(() => (window as unknown as { benchStorage: (r: number, e: number) => Promise<unknown> }).benchStorage(1, 12))) as StorageTiming
    await done()
    const ratio = timing.oneDocument.editMs / timing.flowstate.editMs
    console.log(`storage, 5,000 steps: one edit persisted in ${ratio.toFixed(1)}× less time than rewriting one JSON document; ${timing.flowstate.rowsPerEdit} row per edit`)
    expect(timing.flowstate.rowsPerEdit).toBe(1)
    expect(ratio).toBeGreaterThanOrEqual(1)
  }, 180_000)
})
