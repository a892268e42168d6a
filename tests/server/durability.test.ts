// Nothing is lost: a graceful stop stores every open project; a crash (SIGKILL) inside the save
// delay loses only the server's copy of the last edits, which the laptops still hold and send
// again when the server is back; what is stored survives a restart.
import Database from 'better-sqlite3'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { connect, type Client } from './clients'
import { createRoom, eventually, startServe, tempDir, type ServerProcess } from './process'

const servers: ServerProcess[] = []
const clients: Client[] = []
const dirs: { remove: () => void }[] = []
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy()
  for (const s of servers.splice(0)) await s.kill()
  for (const d of dirs.splice(0)) d.remove()
})

async function serve(dataDir: string, port?: number): Promise<ServerProcess> {
  const s = await startServe({ dataDir, port })
  servers.push(s)
  return s
}
function join_(s: ServerProcess, room: string, token: string): Client {
  const c = connect(s.collab, room, token)
  clients.push(c)
  return c
}
function data() {
  const d = tempDir()
  dirs.push(d)
  return d.path
}

/** The steps of a room as the SQLite file holds them (read beside the server, as a backup would). */
function storedSteps(dataDir: string, room: string): number {
  const db = new Database(join(dataDir, 'flowstate.sqlite'), { readonly: true })
  try {
    const row = db.prepare<[string], { state: Buffer }>('SELECT state FROM flowstate_documents WHERE room = ?').get(room)
    if (!row) return 0
    const doc = new Y.Doc()
    Y.applyUpdate(doc, new Uint8Array(row.state))
    return doc.getMap('steps').size
  } finally {
    db.close()
  }
}

const addSteps = (c: Client, from: number, count: number) =>
  c.doc.transact(() => {
    for (let i = from; i < from + count; i++) c.doc.getMap('steps').set(`s_${i}`, `Step ${i}`)
  })

describe('a graceful stop', () => {
  it('given edits inside the save delay, when the server gets SIGTERM, then it stores them before it exits', async () => {
    const dir = data()
    const s = await serve(dir)
    const links = await createRoom(s, 'p_graceful')
    const a = join_(s, 'p_graceful', links.edit.token)
    await a.synced()
    addSteps(a, 0, 40)
    await a.allSent()
    expect(await s.stop()).toBe(0)
    expect(s.output()).toMatch(/stored 1 open project; stopped/)
    expect(storedSteps(dir, 'p_graceful')).toBe(40)
  })
})

describe('the SQLite file', () => {
  it('given a stored room, when the server starts again on the same data folder, then a new laptop gets it all', async () => {
    const dir = data()
    const first = await serve(dir)
    const links = await createRoom(first, 'p_restart')
    const a = join_(first, 'p_restart', links.edit.token)
    await a.synced()
    addSteps(a, 0, 25)
    await a.allSent()
    a.destroy()
    await first.stop()
    const second = await serve(dir)
    // Same secret from the data folder: the old link still works.
    expect(second.hostKey).toBe(first.hostKey)
    const b = join_(second, 'p_restart', links.edit.token)
    await b.synced()
    expect(b.doc.getMap('steps').size).toBe(25)
  })
})

describe('a crash', () => {
  it('given edits the server had not stored, when it is killed and restarted while a laptop keeps editing, then nothing is lost', async () => {
    const dir = data()
    const s = await serve(dir)
    const links = await createRoom(s, 'p_crash')
    const a = join_(s, 'p_crash', links.edit.token)
    const b = join_(s, 'p_crash', links.edit.token)
    await Promise.all([a.synced(), b.synced()])
    addSteps(a, 0, 30)
    await a.allSent()
    await eventually(() => b.doc.getMap('steps').size === 30, 'b has the 30 steps')
    await s.kill()
    // Inside the two-second save delay: the server's copy died with it.
    expect(storedSteps(dir, 'p_crash')).toBeLessThan(30)

    // The laptops keep working while the server is away.
    addSteps(a, 30, 10)
    addSteps(b, 40, 5)

    const again = await serve(dir, s.port)
    await eventually(() => a.doc.getMap('steps').size === 45 && b.doc.getMap('steps').size === 45, 'both laptops reconnected and merged', 30_000)
    await a.allSent()
    await b.allSent()
    const late = join_(again, 'p_crash', links.view.token)
    await late.synced()
    expect(late.doc.getMap('steps').size).toBe(45)
    expect(await again.stop()).toBe(0)
    expect(storedSteps(dir, 'p_crash')).toBe(45)
  })
})
