// The shared-project benchmark: `npm run bench:sync [-- --steps 2000 --memory-steps 5000 --rounds 5 --edits 300]`
// (also part of `npm run bench`). In Chromium, with real IndexedDB, on a production build:
// - opening a 2,000-step shared project from this browser's database, against opening the same
//   project solo in the same run (budget: within 1.5× the solo open), right after sharing and
//   after a workshop's worth of single edits: until the map can be shown (from the view the last
//   session stored) and until the doc is loaded as well (edits go into it);
// - the memory of one 5,000-step shared doc (the Y.Doc with its projected project), weighed with
//   the heap after a garbage collection, against the same project held as plain objects.
// See bench/canvas/sync.ts. Writes bench/results/sync.json.
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openBench, openPage, round } from '../browser.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))
const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`)
  return at > 0 ? Number(process.argv[at + 1]) : fallback
}
const STEPS = arg('steps', 2000)
const MEMORY_STEPS = arg('memory-steps', 5000)
const ROUNDS = arg('rounds', 5)
const EDITS = arg('edits', 300)
const MB = 1024 * 1024

const loadBefore = loadavg()
const bench = await openBench()
let timing
let memory
try {
  const { page, done } = await openPage(bench.browser, `${bench.url}?page=sync&steps=${STEPS}`)
  await page.waitForFunction(() => window.benchSync !== undefined, null, { timeout: 60_000 })
  timing = await page.evaluate(([rounds, edits]) => window.benchSync.measure(rounds, edits), [ROUNDS, EDITS])

  // Heap after a full collection, before and after holding each thing (three times, the median).
  const cdp = await bench.browser.newCDPSession(page)
  const heap = async () => {
    await cdp.send('HeapProfiler.collectGarbage')
    await cdp.send('HeapProfiler.collectGarbage')
    return (await cdp.send('Runtime.getHeapUsage')).usedSize
  }
  const weigh = async (kind) => {
    const sizes = []
    for (let i = 0; i < 3; i++) {
      await page.evaluate(() => window.benchSync.release())
      const before = await heap()
      await page.evaluate(([k, n]) => window.benchSync.hold(k, n), [kind, MEMORY_STEPS])
      sizes.push((await heap()) - before)
    }
    await page.evaluate(() => window.benchSync.release())
    return sizes.sort((a, b) => a - b)[1]
  }
  const projectBytes = await weigh('project')
  const docBytes = await weigh('doc')
  memory = { steps: MEMORY_STEPS, docMB: round(docBytes / MB, 1), projectMB: round(projectBytes / MB, 1) }
  await cdp.detach()
  await done()
} finally {
  await bench.close()
}
const ratio = {
  open: round(timing.sharedOpenMs / timing.soloOpenMs, 2),
  ready: round(timing.sharedReadyMs / timing.soloOpenMs, 2),
  openAfterEdits: round(timing.sharedOpenAfterEditsMs / timing.soloOpenMs, 2),
  readyAfterEdits: round(timing.sharedReadyAfterEditsMs / timing.soloOpenMs, 2),
  memory: round(memory.docMB / memory.projectMB, 1),
}
const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version, chromium: bench.chromium, loadAverage: { before: loadBefore.map((x) => round(x, 2)), after: loadavg().map((x) => round(x, 2)) } }
mkdirSync(join(root, 'bench/results'), { recursive: true })
writeFileSync(join(root, 'bench/results/sync.json'), JSON.stringify({ date: new Date().toISOString(), machine, budget: { 'shared open ÷ solo open': 1.5 }, ...timing, memory, ratio }, null, 2) + '\n')
console.log(`shared projects (Chromium, medians of ${timing.rounds} rounds)`)
console.log(`  open ${timing.steps} steps: solo ${timing.soloOpenMs} ms; shared, map shown ${timing.sharedOpenMs} ms (${ratio.open}× solo), doc loaded ${timing.sharedReadyMs} ms (${ratio.ready}×)`)
console.log(`  after ${timing.edits} single edits: map shown ${timing.sharedOpenAfterEditsMs} ms (${ratio.openAfterEdits}×), doc loaded ${timing.sharedReadyAfterEditsMs} ms (${ratio.readyAfterEdits}×)`)
console.log(`  stored doc ${round(timing.docBytes / 1024, 0)} kB, the project as JSON ${round(timing.jsonBytes / 1024, 0)} kB`)
console.log(`  memory of ${memory.steps} steps: shared doc with its project ${memory.docMB} MB, the project alone ${memory.projectMB} MB (${ratio.memory}×)`)
