// `npm run bench`: the whole benchmark suite, one part after the other, each in its own process —
// diff engine, BPMN diff against bpmn-js-differ, storage and canvas in Chromium, bundle size, shared
// projects (opening from the browser's database, the memory of a doc) in Chromium, the workshop
// server (`flowstate serve` with laptops over WebSocket). Each
// part writes bench/results/<part>.json; this script then writes bench/results.json (all of them,
// with the machine and its load average), bench/RESULTS.md (one table: every figure beside its
// baseline from the same run, the ratio and the budget) and pastes the table into README.md's
// Performance section, between its bench:results markers.
// Usage: node bench/run.mjs [--only diff,bpmn,storage,canvas,bundle,sync,server] [--no-readme]
// (with --only, the other parts' last results are reused and keep their own dates).
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { renderTable } from './table.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const at = process.argv.indexOf('--only')
const PARTS = {
  diff: [process.execPath, 'bench/node.mjs', 'bench/diff.bench.ts'],
  bpmn: [process.execPath, 'bench/bpmn/run.js'],
  storage: [process.execPath, 'bench/storage/run.mjs'],
  canvas: [process.execPath, 'bench/canvas/run.mjs'],
  bundle: [process.execPath, 'bench/bundle/run.mjs'],
  sync: [process.execPath, 'bench/sync/run.mjs'],
  server: [process.execPath, 'bench/node.mjs', 'bench/sync/server.bench.ts'],
}
const only = at > 0 ? process.argv[at + 1].split(',') : Object.keys(PARTS)

const started = Date.now()
const loadBefore = loadavg()
for (const part of only) {
  if (!PARTS[part]) throw new Error(`unknown part "${part}"; parts: ${Object.keys(PARTS).join(', ')}`)
  console.log(`\n== ${part}`)
  const [cmd, ...args] = PARTS[part]
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' })
  if (r.status !== 0) {
    console.error(`bench: ${part} failed (exit ${r.status})`)
    process.exit(1)
  }
}

const results = {}
for (const part of Object.keys(PARTS)) {
  const file = join(root, 'bench/results', `${part}.json`)
  if (existsSync(file)) results[part] = JSON.parse(readFileSync(file, 'utf8'))
}
const chromium = results.canvas?.machine?.chromium ?? results.storage?.machine?.chromium
const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  node: process.version,
  ...(chromium ? { chromium } : {}),
  loadAverage: { before: loadBefore.map((x) => Math.round(x * 100) / 100), after: loadavg().map((x) => Math.round(x * 100) / 100) },
}
const all = { date: new Date().toISOString(), minutes: Math.round((Date.now() - started) / 6000) / 10, machine, ...results }
writeFileSync(join(root, 'bench/results.json'), JSON.stringify(all, null, 2) + '\n')

const table = renderTable(all)
writeFileSync(join(root, 'bench/RESULTS.md'), `# Benchmark results\n\nWritten by \`npm run bench\` (bench/run.mjs); the figures behind it are in bench/results.json.\n\n${table}`)
if (!process.argv.includes('--no-readme')) {
  const readme = join(root, 'README.md')
  const text = readFileSync(readme, 'utf8')
  const start = '<!-- bench:results:start -->'
  const end = '<!-- bench:results:end -->'
  if (text.includes(start) && text.includes(end)) {
    writeFileSync(readme, `${text.slice(0, text.indexOf(start) + start.length)}\n${table}${text.slice(text.indexOf(end))}`)
  } else console.log(`README.md has no ${start} … ${end} markers: the table is only in bench/RESULTS.md`)
}
console.log(`\n${table}`)
