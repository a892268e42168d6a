// A workshop room through `flowstate serve`: two laptops converge; a token decides who gets in
// and whether to edit or only to look; a revoked link stops working at once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { connect, forgedUpdate, rawClient, type Client } from './clients'
import { signToken } from '../../src/server/tokens'
import { createRoom, eventually, post, sleep, startServe, tempDir, type ServerProcess } from './process'

const SECRET = 'a test secret that is long enough'

let server: ServerProcess
const data = tempDir()
const clients: Client[] = []
const join = (room: string, token: string, doc?: Y.Doc) => {
  const c = connect(server.collab, room, token, doc)
  clients.push(c)
  return c
}

beforeAll(async () => {
  server = await startServe({ dataDir: data.path, env: { FLOWSTATE_SECRET: SECRET } })
})
afterAll(async () => {
  for (const c of clients) c.destroy()
  await server?.stop()
  data.remove()
})

describe('two laptops in one room', () => {
  it('given the edit link on two laptops, when each adds a step, then both see both steps', async () => {
    const links = await createRoom(server, 'p_converge')
    const a = join('p_converge', links.edit.token)
    const b = join('p_converge', links.edit.token)
    await Promise.all([a.synced(), b.synced()])
    a.doc.getMap('steps').set('s_a', 'Scan tray')
    b.doc.getMap('steps').set('s_b', 'Check implants')
    await eventually(() => a.doc.getMap('steps').size === 2 && b.doc.getMap('steps').size === 2, 'both laptops have both steps')
    expect(b.doc.getMap('steps').toJSON()).toEqual({ s_a: 'Scan tray', s_b: 'Check implants' })
    expect(a.doc.getMap('steps').toJSON()).toEqual(b.doc.getMap('steps').toJSON())
  })
})

describe('who gets in', () => {
  it('refuses a made-up token, a token of another room, a tampered token and a room never shared', async () => {
    const links = await createRoom(server, 'p_guarded')
    const other = await createRoom(server, 'p_other')
    const [payload, mac] = links.edit.token.split('.') as [string, string]
    const tampered = `${Buffer.from(Buffer.from(payload, 'base64url').toString().replace('"edit"', '"view"')).toString('base64url')}.${mac}`
    expect((await rawClient(server.collab, 'p_guarded', 'not-a-token')).auth).toBe('refused: invalid-token')
    expect((await rawClient(server.collab, 'p_guarded', other.edit.token)).auth).toBe('refused: wrong-room')
    expect((await rawClient(server.collab, 'p_guarded', tampered)).auth).toBe('refused: invalid-token')
    expect((await rawClient(server.collab, 'p_guarded', '')).auth).toBe('refused: invalid-token')
    const unshared = signToken(Buffer.from(SECRET), { room: 'p_never_shared', access: 'edit', id: 'x' })
    expect((await rawClient(server.collab, 'p_never_shared', unshared)).auth).toBe('refused: unknown-room')
    const c = join('p_guarded', links.view.token.replace(/.$/, (ch) => (ch === 'A' ? 'B' : 'A')))
    await eventually(() => c.refused() !== null, 'the provider is told it was refused')
    expect(c.refused()).toBe('invalid-token')
    expect(server.output()).toMatch(/refused a connection to room p_guarded from 127\.0\.0\.1: wrong-room/)
    expect(server.output()).not.toContain(links.edit.token)
  })

  it('lets the view link in read-only: a viewer sees edits and its own are never applied', async () => {
    const links = await createRoom(server, 'p_viewer')
    const editor = join('p_viewer', links.edit.token)
    const viewer = join('p_viewer', links.view.token)
    await Promise.all([editor.synced(), viewer.synced()])
    editor.doc.getMap('steps').set('s_1', 'Register patient')
    await eventually(() => viewer.doc.getMap('steps').get('s_1') === 'Register patient', 'the viewer sees the edit')
    // The viewer's own app writes (as a broken or hostile app would): the server refuses it.
    viewer.doc.getMap('steps').set('s_1', 'Viewer was here')
    await sleep(1_000)
    expect(editor.doc.getMap('steps').get('s_1')).toBe('Register patient')
    const late = join('p_viewer', links.edit.token)
    await late.synced()
    expect(late.doc.getMap('steps').get('s_1')).toBe('Register patient')
  })

  it('refuses a write forged on the wire with a view token: the room does not change and nobody sees it', async () => {
    const links = await createRoom(server, 'p_forged_view')
    const editor = join('p_forged_view', links.edit.token)
    await editor.synced()
    editor.doc.getMap('steps').set('s_1', 'Register patient')
    await editor.allSent()
    const forger = await rawClient(server.collab, 'p_forged_view', links.view.token)
    expect(forger.auth).toBe('readonly')
    forger.sendUpdate(forgedUpdate('steps', 's_evil', 'Skip the time-out'))
    await eventually(() => forger.statuses().length > 0, 'the server answers the update')
    expect(forger.statuses()).toEqual([false])
    await sleep(500)
    expect(editor.doc.getMap('steps').has('s_evil')).toBe(false)
    const fresh = join('p_forged_view', links.edit.token)
    await fresh.synced()
    expect(fresh.doc.getMap('steps').toJSON()).toEqual({ s_1: 'Register patient' })
    forger.close()
  })
})

describe('revoking a link', () => {
  it('gives a new link, refuses the old token from then on and closes its open connections', async () => {
    const links = await createRoom(server, 'p_revoke')
    const stays = join('p_revoke', links.edit.token)
    const kicked = join('p_revoke', links.view.token)
    await Promise.all([stays.synced(), kicked.synced()])
    const r = await post(server, '/api/rooms/p_revoke/revoke', { access: 'view' })
    expect(r.status).toBe(200)
    expect(r.body.access).toBe('view')
    expect(r.body.token).not.toBe(links.view.token)
    expect(String(r.body.url)).toContain(`#/join/p_revoke/${r.body.token}`)
    // The open viewer is closed, reconnects on its own, and is refused.
    await eventually(() => kicked.refused() === 'link-revoked', 'the revoked viewer is refused')
    expect((await rawClient(server.collab, 'p_revoke', links.view.token)).auth).toBe('refused: link-revoked')
    expect((await rawClient(server.collab, 'p_revoke', String(r.body.token))).auth).toBe('readonly')
    // The editor's link was not touched.
    stays.doc.getMap('steps').set('s_1', 'still editing')
    await stays.allSent()
    expect(stays.refused()).toBeNull()
    expect(server.output()).toMatch(/revoked the view link \S+ of room p_revoke/)
  })

  it('creating a room again gives its current links, not new ones, and says it was not created', async () => {
    const first = await post(server, '/api/rooms', { room: 'p_again', name: 'Lab samples' })
    const second = await post(server, '/api/rooms', { room: 'p_again', name: 'Lab samples' })
    expect([first.status, second.status]).toEqual([201, 200])
    expect([first.body.created, second.body.created]).toEqual([true, false])
    expect(second.body.edit).toEqual(first.body.edit)
  })
})
