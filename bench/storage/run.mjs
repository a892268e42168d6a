// The storage benchmark: `npm run bench:storage [-- --steps 5000 --rounds 5 --edits 30]` (also
// part of `npm run bench`). In Chromium, with real IndexedDB, on a production build: saving and
// loading a whole project and persisting one edit with the app's repository and autosave, against
// the simplest store measured in the same page (the project as one JSON document in one row).
// See bench/canvas/storage.ts. Writes bench/results/storage.json.
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
const STEPS = arg('steps', 5000)
const ROUNDS = arg('rounds', 5)
const EDITS = arg('edits', 30)

const loadBefore = loadavg()
const bench = await openBench()
let timing
try {
  const { page, done } = await openPage(bench.browser, `${bench.url}?page=storage&steps=${STEPS}`)
  await page.waitForFunction(() => window.benchStorage !== undefined, null, { timeout: 60_000 })
  timing = await page.evaluate(([rounds, edits]) => window.benchStorage(rounds, edits), [ROUNDS, EDITS])
  await done()
} finally {
  await bench.close()
}
const f = timing.flowstate
const d = timing.oneDocument
const ratio = { save: round(d.saveMs / f.saveMs, 2), load: round(d.loadMs / f.loadMs, 2), edit: round(d.editMs / f.editMs, 2) }
const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version, chromium: bench.chromium, loadAverage: { before: loadBefore.map((x) => round(x, 2)), after: loadavg().map((x) => round(x, 2)) } }
mkdirSync(join(root, 'bench/results'), { recursive: true })
writeFileSync(join(root, 'bench/results/storage.json'), JSON.stringify({ date: new Date().toISOString(), machine, budget: { 'one edit persisted ms': 5 }, ...timing, ratio }, null, 2) + '\n')
console.log(`storage, ${timing.steps} steps (Chromium, medians of ${timing.rounds} rounds and ${timing.edits} edits)`)
console.log(`  flowstate (rows per entity): save ${f.saveMs} ms, load ${f.loadMs} ms, one edit ${f.editMs} ms (p95 ${f.editP95Ms}), ${f.rowsPerEdit} row per edit`)
console.log(`  one JSON document:           save ${d.saveMs} ms, load ${d.loadMs} ms, one edit ${d.editMs} ms (p95 ${d.editP95Ms})`)
console.log(`  one document ÷ flowstate:    save ${ratio.save}×, load ${ratio.load}×, one edit ${ratio.edit}×`)
