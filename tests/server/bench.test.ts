// The quick version of the workshop server benchmark (bench/sync/server.bench.ts) that runs with every `npm test`: small
// sizes, only ratios against baselines from the same run and convergence, never absolute times.
// It fails on gross regressions only; bench/RESULTS.md has today's figures.
import { describe, expect, it } from 'vitest'
import { crowd, docMemory, latency, withServer } from '../../bench/sync/measure'

describe('sync server, against its baselines', () => {
  it('given 40 edits one at a time, then an edit reaches another laptop within 30× a bare WebSocket relay (median; today about 3×)', async () => {
    const r = await withServer((s) => latency(s, 40))
    console.log(`edit to another laptop: p50 ${r.flowstateMs.p50} ms, relay ${r.relayMs.p50} ms (${r.ratio.p50}×)`)
    expect(r.ratio.p50).toBeLessThanOrEqual(30)
  }, 120_000)

  it('given 5 laptops editing one project for 3 s, then all converge to the same project', async () => {
    const r = await withServer((s) => crowd(s, 5, 3, 100))
    expect(r.edits).toBeGreaterThan(10)
    expect(r.converged).toBe(true)
  }, 120_000)

  it('given an open 1,000-step project, then the server keeps at most 4× what a bare Y.Doc of it takes (today about 1.4×)', async () => {
    const r = await withServer((s) => docMemory(s, 1_000))
    console.log(`open 1,000-step room: ${r.server.roomHeapMB} MB heap, bare Y.Doc ${r.baseline.yDocMB} MB`)
    expect(r.ratio.roomOverYDoc).toBeLessThanOrEqual(4)
  }, 120_000)
})
