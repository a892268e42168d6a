// The sync server's benchmarks, as functions the full run (server.bench.ts) and the quick test in
// `npm test` share: how fast an edit reaches another laptop, a crowd of laptops editing one
// project, and what one big project costs the server in memory. Each against a baseline measured
// in the same run.
import { spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { runInNewContext } from 'node:vm'
import { setFlagsFromString } from 'node:v8'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { startServer } from '../../src/server/server'
import { connect, rawClient, type Client } from '../../tests/server/clients'
import { APP, createRoom, eventually, sleep, startServe, tempDir, type ServerProcess } from '../../tests/server/process'
import { plainProject, projectDoc } from './doc'

export interface Health {
  memory: { rssBytes: number; heapUsedBytes: number }
  cpuSeconds: number
}
export const health = async (s: ServerProcess): Promise<Health> => (await fetch(new URL('/healthz', s.url))).json() as Promise<Health>

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!
}
const round = (x: number, digits = 2) => Math.round(x * 10 ** digits) / 10 ** digits
const MB = (bytes: number) => round(bytes / 1024 / 1024, 1)

export async function withServer<T>(work: (s: ServerProcess) => Promise<T>): Promise<T> {
  const dir = tempDir('flowstate-bench-sync-')
  const s = await startServe({ dataDir: dir.path })
  try {
    return await work(s)
  } finally {
    await s.stop()
    dir.remove()
  }
}

/** Edit on one laptop → seen on another, one edit at a time; and the same through a bare relay. */
export async function latency(s: ServerProcess, edits: number) {
  const links = await createRoom(s, 'p_latency')
  const a = connect(s.collab, 'p_latency', links.edit.token)
  const b = connect(s.collab, 'p_latency', links.edit.token)
  await Promise.all([a.synced(), b.synced()])
  const steps = b.doc.getMap('steps')
  const flowstate: number[] = []
  for (let i = 0; i < edits + 10; i++) {
    const arrived = new Promise<void>((resolve) => {
      const seen = () => {
        if ((steps.get('s_1') as { label?: number } | undefined)?.label !== i) return
        steps.unobserve(seen)
        resolve()
      }
      steps.observe(seen)
    })
    const t = performance.now()
    a.doc.getMap('steps').set('s_1', { label: i })
    await arrived
    if (i >= 10) flowstate.push(performance.now() - t) // the first ten warm up
    await sleep(5)
  }
  a.destroy()
  b.destroy()
  const relay = await relayLatency(edits)
  return {
    edits,
    flowstateMs: { p50: round(percentile(flowstate, 50)), p95: round(percentile(flowstate, 95)) },
    relayMs: { p50: round(percentile(relay, 50)), p95: round(percentile(relay, 95)) },
    ratio: { p50: round(percentile(flowstate, 50) / percentile(relay, 50)), p95: round(percentile(flowstate, 95) / percentile(relay, 95)) },
  }
}

async function relayLatency(messages: number): Promise<number[]> {
  const child = spawn(process.execPath, ['bench/sync/relay.mjs'], { stdio: ['ignore', 'pipe', 'inherit'] })
  try {
    const port = await new Promise<string>((resolve) => createInterface({ input: child.stdout! }).once('line', resolve))
    const open = (ws: WebSocket) => new Promise((r) => ws.once('open', r))
    const a = new WebSocket(`ws://127.0.0.1:${port}`)
    const b = new WebSocket(`ws://127.0.0.1:${port}`)
    await Promise.all([open(a), open(b)])
    const times: number[] = []
    for (let i = 0; i < messages + 10; i++) {
      const arrived = new Promise((r) => b.once('message', r))
      const t = performance.now()
      a.send(JSON.stringify({ step: 's_1', label: i }))
      await arrived
      if (i >= 10) times.push(performance.now() - t)
      await sleep(5)
    }
    a.close()
    b.close()
    return times
  } finally {
    child.kill('SIGTERM')
  }
}

/** `clients` laptops editing one project for `seconds`, each an edit every ~250 ms; then all must agree. */
export async function crowd(s: ServerProcess, clients: number, seconds: number, steps = 200) {
  const links = await createRoom(s, 'p_crowd')
  const seeded = connect(s.collab, 'p_crowd', links.edit.token, projectDoc(steps))
  await seeded.synced()
  await seeded.allSent()
  const idleBefore = await health(s)
  await sleep(2_000)
  const idle = await health(s)
  const laptops: Client[] = [seeded]
  for (let i = 1; i < clients; i++) laptops.push(connect(s.collab, 'p_crowd', links.edit.token))
  await Promise.all(laptops.map((c) => c.synced()))
  const start = await health(s)
  let rssPeak = start.memory.rssBytes
  let edits = 0
  const until = Date.now() + seconds * 1_000
  const sampler = setInterval(() => void health(s).then((h) => (rssPeak = Math.max(rssPeak, h.memory.rssBytes))), 1_000)
  await Promise.all(
    laptops.map(async (c, who) => {
      while (Date.now() < until) {
        await sleep(150 + Math.random() * 200)
        const step = c.doc.getMap('steps').get(`s_${Math.floor(Math.random() * steps)}`) as Y.Map<unknown>
        if (Math.random() < 0.5) step.set('label', `Step edited by laptop ${who} (${edits})`)
        else
          c.doc.transact(() => {
            step.set('x', Math.round(Math.random() * 9000))
            step.set('y', Math.round(Math.random() * 6000))
          })
        edits++
      }
    }),
  )
  const stopped = performance.now()
  const agree = () => {
    const first = Y.encodeStateVector(laptops[0]!.doc).toString()
    return laptops.every((c) => Y.encodeStateVector(c.doc).toString() === first)
  }
  await eventually(agree, `all ${clients} laptops converge`, 60_000)
  const convergeMs = performance.now() - stopped
  clearInterval(sampler)
  const end = await health(s)
  const json = JSON.stringify(laptops[0]!.doc.getMap('steps').toJSON())
  const identical = laptops.every((c) => JSON.stringify(c.doc.getMap('steps').toJSON()) === json)
  for (const c of laptops) c.destroy()
  return {
    clients,
    seconds,
    edits,
    converged: identical,
    convergeMs: round(convergeMs, 0),
    server: {
      cpuPercent: round(((end.cpuSeconds - start.cpuSeconds) / seconds) * 100, 1),
      idleCpuPercent: round(((idle.cpuSeconds - idleBefore.cpuSeconds) / 2) * 100, 1),
      rssPeakMB: MB(rssPeak),
      idleRssMB: MB(idle.memory.rssBytes),
    },
  }
}

/**
 * One project of `steps` steps in the server's memory: what the server process grows by (RSS, as
 * IT sees it), and, precisely, the heap it keeps for the open room (a server in this process, with
 * garbage collected before each reading); the baselines are the same project as plain objects and
 * as a bare Y.Doc.
 */
export async function docMemory(s: ServerProcess, steps: number) {
  const before = await settledHealth(s)
  const links = await createRoom(s, 'p_memory')
  const seeder = connect(s.collab, 'p_memory', links.edit.token, projectDoc(steps))
  await seeder.synced()
  await seeder.allSent()
  const after = await settledHealth(s)
  const encodedBytes = Y.encodeStateAsUpdate(seeder.doc).length
  seeder.destroy()
  const heapOf = async (make: () => unknown | Promise<unknown>) => {
    const base = collectedHeap()
    const kept: unknown = await make()
    const used = collectedHeap() - base
    if (kept === undefined) throw new Error('nothing was made') // keeps `kept` alive until measured
    return used
  }
  const yDocBytes = await heapOf(() => projectDoc(steps))
  const plainBytes = await heapOf(() => plainProject(steps))
  const roomBytes = await roomHeap(steps, heapOf)
  return {
    steps,
    encodedMB: MB(encodedBytes),
    server: { roomHeapMB: MB(roomBytes), rssDeltaMB: MB(after.memory.rssBytes - before.memory.rssBytes) },
    baseline: { yDocMB: MB(yDocBytes), plainObjectsMB: MB(plainBytes) },
    ratio: { roomOverPlain: round(roomBytes / plainBytes), roomOverYDoc: round(roomBytes / yDocBytes) },
  }
}

/** The heap an open room keeps on a server running in this process (a connection without a doc keeps it open). */
async function roomHeap(steps: number, heapOf: (make: () => Promise<unknown>) => Promise<number>): Promise<number> {
  const dir = tempDir('flowstate-bench-room-')
  const quiet = { info: () => {}, problem: () => {} }
  const server = await startServer({ port: 0, host: '127.0.0.1', dataDir: dir.path, redisPrefix: 'unused', appDir: APP, log: quiet, env: {} })
  const url = `http://127.0.0.1:${server.port}/`
  const collab = `ws://127.0.0.1:${server.port}/collab`
  try {
    const links = await createRoom({ url, hostKey: server.hostKey }, 'p_room')
    let seeder: Client | undefined = connect(collab, 'p_room', links.edit.token, projectDoc(steps))
    await seeder.synced()
    await seeder.allSent()
    seeder.destroy()
    seeder = undefined
    await eventually(async () => (await (await fetch(`${url}healthz`)).json()).rooms === 0, 'the room is stored and unloaded')
    let holder: Awaited<ReturnType<typeof rawClient>> | undefined
    // Measured: opening the room (loading it from the SQLite file) while only a doc-less connection holds it.
    const bytes = await heapOf(async () => {
      holder = await rawClient(collab, 'p_room', links.view.token)
      await sleep(3_000) // past the store delay
      return holder
    })
    holder?.close()
    return bytes
  } finally {
    await server.stop()
    dir.remove()
  }
}

/** The server's figures once a few seconds passed without work (its heap settles after a store). */
async function settledHealth(s: ServerProcess): Promise<Health> {
  await sleep(3_000)
  return health(s)
}

let gc: (() => void) | undefined
/** The heap in use once garbage is collected (twice: what the first frees can free more). */
function collectedHeap(): number {
  if (!gc) {
    setFlagsFromString('--expose-gc')
    gc = runInNewContext('gc') as () => void
  }
  gc()
  gc()
  return process.memoryUsage().heapUsed
}
