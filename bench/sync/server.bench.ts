// The workshop server benchmark: `npm run bench:server [-- --quick]` (also part of `npm run bench`).
// flowstate serve as a real process on loopback; laptops are Hocuspocus providers in this process.
// Writes bench/results/server.json.
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { crowd, docMemory, latency, withServer } from './measure'

const quick = process.argv.includes('--quick')
const sizes = quick ? { edits: 50, clients: 5, seconds: 5, steps: 1_000 } : { edits: 300, clients: 20, seconds: 60, steps: 5_000 }
const loadBefore = loadavg()

const lat = await withServer((s) => latency(s, sizes.edits))
console.log(`edit reaches another laptop: p50 ${lat.flowstateMs.p50} ms, p95 ${lat.flowstateMs.p95} ms (bare WebSocket relay: p50 ${lat.relayMs.p50} ms, p95 ${lat.relayMs.p95} ms)`)
const many = await withServer((s) => crowd(s, sizes.clients, sizes.seconds))
console.log(`${many.clients} laptops × ${many.seconds} s: ${many.edits} edits, converged ${many.converged} within ${many.convergeMs} ms; server CPU ${many.server.cpuPercent} % (idle ${many.server.idleCpuPercent} %), RSS peak ${many.server.rssPeakMB} MB (idle ${many.server.idleRssMB} MB)`)
const memory = await withServer((s) => docMemory(s, sizes.steps))
console.log(`${memory.steps}-step project: ${memory.encodedMB} MB stored; an open room keeps ${memory.server.roomHeapMB} MB of heap (server RSS +${memory.server.rssDeltaMB} MB); a bare Y.Doc ${memory.baseline.yDocMB} MB, plain objects ${memory.baseline.plainObjectsMB} MB`)

const round = (x: number) => Math.round(x * 100) / 100
const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version, loadAverage: { before: loadBefore.map(round), after: loadavg().map(round) } }
if (!quick) {
  mkdirSync(join(process.cwd(), 'bench/results'), { recursive: true })
  writeFileSync(join(process.cwd(), 'bench/results/server.json'), JSON.stringify({ date: new Date().toISOString(), machine, budget: { 'edit to another laptop p95 ms': 100 }, latency: lat, crowd: many, memory }, null, 2) + '\n')
}
