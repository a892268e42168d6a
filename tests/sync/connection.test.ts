// The connection to a real Hocuspocus 3.4 server, started here on 127.0.0.1 and a free port
// (no authentication but a refusal of one token), with two browsers' storage in fake IndexedDB.
import 'fake-indexeddb/auto'
import { Server } from '@hocuspocus/server'
import { afterEach, describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { createAppStore } from '../../src/store'
import { joinProject, openSharedProject, shareProject, sharedHost, type SharedLink, type SharedSession } from '../../src/sync'
import { loadProject } from '../helpers/fixtures'
import { FAST, openRepository, waitFor } from '../persistence/helpers'

let servers: Server[] = []
let sessions: SharedSession[] = []
afterEach(async () => {
  for (const s of sessions) await s.dispose()
  for (const s of servers) await s.destroy()
  sessions = []
  servers = []
})

async function startServer(port = 0): Promise<number> {
  const server = new Server({
    port,
    address: '127.0.0.1',
    quiet: true,
    async onAuthenticate({ token }) {
      if (token === 'revoked') throw new Error('revoked')
    },
  })
  await server.listen()
  servers.push(server)
  return server.address.port
}

async function browser(link: SharedLink, share: boolean) {
  const { repo } = await openRepository()
  if (share) {
    await repo.insert(loadProject(), { keepUpdatedAt: true })
    await shareProject(repo, 'p_small', link)
  } else await joinProject(repo, link, 'Tray return')
  const opened = await openSharedProject(repo, 'p_small', { WebSocketPolyfill: WebSocket, offlineAfterMs: 300, firstSyncMs: 5_000, timing: FAST })
  if (!opened.ok) throw new Error(opened.error)
  const store = createAppStore()
  opened.session.attach(sharedHost(store.getState))
  sessions.push(opened.session)
  return { repo, session: opened.session, store }
}

const linkTo = (port: number, token = 'edit-token'): SharedLink => ({ server: `http://127.0.0.1:${port}`, room: 'p_small', access: 'edit', token })
const labelOf = (b: { store: ReturnType<typeof createAppStore> }) => b.store.getState().project!.states[0]!.steps[1]!.label

describe('the connection to a workshop server', () => {
  it('brings the sharer’s map to a joiner, edits both ways, and counts people and unsent changes', async () => {
    const port = await startServer()
    const a = await browser(linkTo(port), true)
    await waitFor(() => a.session.getConnection().status === 'connected' && a.session.getConnection().unsynced === 0, 'the sharer on the server', 5_000)
    const b = await browser(linkTo(port), false)
    expect(b.store.getState().project).toEqual(a.store.getState().project)

    a.session.presence.setUser({ name: 'Ana', role: 'OR nurse', color: '#e15759' })
    b.session.presence.setUser({ name: 'Ben', role: 'SPD technician', color: '#4e79a7' })
    await waitFor(() => a.session.getConnection().people === 2 && b.session.presence.getPeers()[0]?.user.name === 'Ana', 'two people in the room')

    a.store.getState().dispatch({ type: 'step.update', stateId: 'st_cur', stepId: 's_pack', changes: { label: 'From Ana' } })
    expect(a.session.getConnection().unsynced).toBeGreaterThan(0)
    await waitFor(() => labelOf(b) === 'From Ana', 'the edit at the joiner')
    await waitFor(() => a.session.getConnection().unsynced === 0, 'the edit confirmed by the server')
    b.store.getState().dispatch({ type: 'step.update', stateId: 'st_cur', stepId: 's_recv', changes: { notes: 'From Ben' } })
    await waitFor(() => a.store.getState().project!.states[0]!.steps[2]!.notes === 'From Ben', 'the edit at the sharer')
  }, 30_000)

  it('keeps editing through a server restart and merges when it is back', async () => {
    const port = await startServer()
    const a = await browser(linkTo(port), true)
    const b = await browser(linkTo(port), false)
    await waitFor(() => a.session.getConnection().unsynced === 0, 'the seed on the server')
    await servers.pop()!.destroy()
    await waitFor(() => a.session.getConnection().status === 'offline', 'offline after the server went away', 5_000)

    a.store.getState().dispatch({ type: 'step.update', stateId: 'st_cur', stepId: 's_pack', changes: { label: 'Offline Ana' } })
    b.store.getState().dispatch({ type: 'step.update', stateId: 'st_cur', stepId: 's_end', changes: { label: 'Offline Ben' } })
    expect(a.session.getConnection().unsynced).toBe(1)
    await a.session.flush()
    expect((await a.repo.list())[0]!.shared!.unsynced).toBe(1)

    // A new, empty server on the same port: both laptops bring the map back.
    await startServer(port)
    await waitFor(() => a.session.getConnection().status === 'connected' && a.session.getConnection().unsynced === 0, 'A reconnected and synced', 15_000)
    await waitFor(() => labelOf(b) === 'Offline Ana' && a.store.getState().project!.states[0]!.steps[3]!.label === 'Offline Ben', 'both offline edits everywhere', 15_000)
    expect(b.store.getState().project).toEqual(a.store.getState().project)
    expect(a.store.getState().project!.states[0]!.steps).toHaveLength(4)
  }, 40_000)

  it('connects again with a new link after the old one was refused', async () => {
    const port = await startServer()
    const a = await browser(linkTo(port, 'revoked'), true)
    await waitFor(() => a.session.getConnection().denied, 'the refusal')
    expect(a.session.getConnection().status).toBe('offline')
    await a.session.relink(linkTo(port, 'new-edit-token'))
    await waitFor(() => a.session.getConnection().status === 'connected' && a.session.getConnection().unsynced === 0, 'connected with the new link', 10_000)
    expect(a.session.getConnection().denied).toBeNull()
    expect((await a.repo.list())[0]!.shared!.token).toBe('new-edit-token')
  }, 20_000)

  it('says so when the server refuses the link', async () => {
    const port = await startServer()
    const { repo } = await openRepository()
    await joinProject(repo, linkTo(port, 'revoked'), 'Tray return')
    const opened = await openSharedProject(repo, 'p_small', { WebSocketPolyfill: WebSocket, firstSyncMs: 5_000 })
    expect(opened.ok).toBe(false)
    expect(!opened.ok && opened.error).toMatch(/did not accept this link/)
  }, 20_000)
})
