// Server-only records (sign-offs): no client update may touch the top-level map `signoffs`;
// only the server writes there. The inspection of updates, then the whole path through a server.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { inspectUpdate } from '../../src/server/serverOnly'
import { startServer, type RunningServer } from '../../src/server/server'
import { connect, forgedUpdate, rawClient, type Client } from './clients'
import { APP, createRoom, eventually, sleep, tempDir } from './process'

/** The server's copy of a room, with steps and one sign-off, and a client that synced it. */
function roomPair() {
  const server = new Y.Doc()
  server.getMap('steps').set('s_1', new Y.Map([['label', 'Scan tray']]))
  server.getMap('signoffs').set('r_nurse', new Y.Map([['by', 'OR nurse']]))
  const client = new Y.Doc()
  Y.applyUpdate(client, Y.encodeStateAsUpdate(server))
  return { server, client }
}
const changeOf = (doc: Y.Doc, change: () => void): Uint8Array => {
  const before = Y.encodeStateVector(doc)
  doc.transact(change)
  return Y.encodeStateAsUpdate(doc, before)
}

describe('inspectUpdate', () => {
  it('allows edits of steps, nested fields included', () => {
    const { server, client } = roomPair()
    const update = changeOf(client, () => {
      ;(client.getMap('steps').get('s_1') as Y.Map<unknown>).set('label', 'Scan the tray')
      client.getMap('steps').set('s_2', new Y.Map([['label', 'Wrap']]))
    })
    expect(inspectUpdate(server, update)).toEqual({ kind: 'allowed' })
  })

  it('refuses a new sign-off, a change inside one, and the deletion of one', () => {
    for (const change of [
      (d: Y.Doc) => d.getMap('signoffs').set('r_lead', 'forged'),
      (d: Y.Doc) => (d.getMap('signoffs').get('r_nurse') as Y.Map<unknown>).set('by', 'someone else'),
      (d: Y.Doc) => d.getMap('signoffs').delete('r_nurse'),
    ]) {
      const { server, client } = roomPair()
      const verdict = inspectUpdate(server, changeOf(client, () => change(client)))
      expect(verdict.kind).toBe('refused')
    }
  })

  it('follows an item placed only by its neighbour inside the same update (a typed text)', () => {
    const { server, client } = roomPair()
    const update = changeOf(client, () => {
      const text = new Y.Text()
      client.getMap('signoffs').set('r_note', text)
      text.insert(0, 'approved')
      text.insert(8, ' by all')
    })
    expect(inspectUpdate(server, update).kind).toBe('refused')
  })

  it('lets an update wait that builds on one the server has not received yet, and allows it once it has', () => {
    const { server, client } = roomPair()
    const first = changeOf(client, () => client.getMap('steps').set('s_3', new Y.Map()))
    const second = changeOf(client, () => (client.getMap('steps').get('s_3') as Y.Map<unknown>).set('label', 'Sort'))
    expect(inspectUpdate(server, second)).toEqual({ kind: 'waiting' })
    Y.applyUpdate(server, first)
    expect(inspectUpdate(server, second)).toEqual({ kind: 'allowed' })
  })

  it('ignores what the server already has (a laptop sending back a sign-off it received)', () => {
    const { server, client } = roomPair()
    expect(inspectUpdate(server, Y.encodeStateAsUpdate(client))).toEqual({ kind: 'allowed' })
  })
})

describe('through a running server', () => {
  let running: RunningServer
  const data = tempDir()
  const lines: string[] = []
  const clients: Client[] = []
  let base: { url: string; hostKey: string; collab: string }
  beforeAll(async () => {
    const log = { info: (m: string) => lines.push(m), problem: (m: string) => lines.push(m) }
    running = await startServer({ port: 0, host: '127.0.0.1', dataDir: data.path, redisPrefix: 'unused', appDir: APP, log, env: {} })
    const url = `http://127.0.0.1:${running.port}/`
    base = { url, hostKey: running.hostKey, collab: `ws://127.0.0.1:${running.port}/collab` }
  })
  afterAll(async () => {
    for (const c of clients) c.destroy()
    await running?.stop()
    data.remove()
  })

  it('refuses a forged sign-off from an edit link: logged, the connection closed, nobody sees it', async () => {
    const links = await createRoom(base, 'p_signoff_forged')
    const editor = connect(base.collab, 'p_signoff_forged', links.edit.token)
    clients.push(editor)
    await editor.synced()
    const forger = await rawClient(base.collab, 'p_signoff_forged', links.edit.token)
    expect(forger.auth).toBe('read-write')
    forger.sendUpdate(forgedUpdate('signoffs', 'r_lead', { by: 'Project lead', at: '2026-03-01' }))
    await eventually(() => forger.closed() !== null, 'the server closes the forger')
    expect(forger.closed()).toEqual({ code: 4403, reason: 'server-only-records' })
    await sleep(300)
    expect(editor.doc.getMap('signoffs').size).toBe(0)
    expect(lines.join('\n')).toMatch(/refused an insertion in "signoffs", which only the server writes \(room p_signoff_forged, edit link \S+, from 127\.0\.0\.1\); closed that connection/)
    // The editor carries on.
    editor.doc.getMap('steps').set('s_1', 'Scan tray')
    await editor.allSent()
  })

  it('writes a server-only record into the room: stored first, then every laptop sees it', async () => {
    const links = await createRoom(base, 'p_signoff_real')
    const a = connect(base.collab, 'p_signoff_real', links.edit.token)
    clients.push(a)
    await a.synced()
    await running.writeServerRecords('p_signoff_real', (signoffs) => signoffs.set('r_nurse', { by: 'OR nurse', at: '2026-03-01' }))
    await eventually(() => a.doc.getMap('signoffs').has('r_nurse'), 'the laptop sees the sign-off')
    expect(a.doc.getMap('signoffs').get('r_nurse')).toEqual({ by: 'OR nurse', at: '2026-03-01' })
    // A laptop that later sends its whole state back (as after a reconnect) is not refused for it.
    const resend = await rawClient(base.collab, 'p_signoff_real', links.edit.token)
    resend.sendUpdate(Y.encodeStateAsUpdate(a.doc))
    await eventually(() => resend.statuses().length > 0, 'the server answers')
    expect(resend.statuses()).toEqual([true])
    expect(resend.closed()).toBeNull()
    await expect(running.writeServerRecords('p_no_such_room', () => {})).rejects.toThrow(/no room/)
  })
})
