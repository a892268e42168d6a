import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { loadProject } from '../helpers/fixtures'
import { projectOf, replicas, syncAll } from './helpers'

const AT = '2026-12-01T10:00:00.000Z'

describe('comments and sign-offs in a shared project', () => {
  it('keeps both replies when two people answer one thread at once', () => {
    const [a, b] = replicas(loadProject(), 2)
    a!.store.getState().dispatch({ type: 'comment.add', comment: { id: 'c_1', anchor: { kind: 'state', stateId: 'st_cur' }, author: 'Ana', createdAt: AT, text: 'Who scans the tray?', replies: [] } })
    syncAll([a!, b!])
    a!.store.getState().dispatch({ type: 'comment.reply', commentId: 'c_1', reply: { author: 'Ana', at: '2026-12-01T10:01:00.000Z', text: 'The runner?' } })
    b!.store.getState().dispatch({ type: 'comment.reply', commentId: 'c_1', reply: { author: 'Ben', at: '2026-12-01T10:01:00.000Z', text: 'SPD, on arrival' } })
    syncAll([a!, b!])
    const replies = projectOf(a!).comments![0]!.replies.map((r) => r.text)
    expect(replies.sort()).toEqual(['SPD, on arrival', 'The runner?'])
    expect(projectOf(b!)).toEqual(projectOf(a!))
  })

  it('shows a sign-off the server recorded as not local, and refuses to withdraw or replace it here', () => {
    const [a] = replicas(loadProject(), 1)
    a!.store.getState().dispatch({ type: 'state.derive', sourceId: 'st_cur', stateId: 'st_fut', phase: 'future', name: 'Future' })
    // What the workshop server writes after checking the signer's token.
    const server = new Y.Doc()
    Y.applyUpdate(server, Y.encodeStateAsUpdate(a!.shared.doc))
    server.getMap('signoffs').set('so_srv', { stateId: 'st_fut', roleId: 'r_or', by: 'Ana', at: AT, fingerprint: 'x', covered: { steps: [], flows: [] } })
    Y.applyUpdate(a!.shared.doc, Y.encodeStateAsUpdate(server, Y.encodeStateVector(a!.shared.doc)))
    expect(projectOf(a!).signOffs).toEqual([{ id: 'so_srv', stateId: 'st_fut', roleId: 'r_or', by: 'Ana', at: AT, fingerprint: 'x', covered: { steps: [], flows: [] }, local: false }])

    expect(a!.store.getState().dispatch({ type: 'signOff.withdraw', stateId: 'st_fut', roleId: 'r_or' })).toBe(false)
    expect(a!.store.getState().error).toMatch(/recorded by the workshop server/)
    expect(a!.store.getState().dispatch({ type: 'signOff.sign', id: 'so_2', stateId: 'st_fut', roleId: 'r_or', by: 'Eve', at: AT, local: true })).toBe(false)
    expect(projectOf(a!).signOffs).toHaveLength(1)
    // Another role's sign-off typed here is kept as local.
    expect(a!.store.getState().dispatch({ type: 'signOff.sign', id: 'so_3', stateId: 'st_fut', roleId: 'r_spd', by: 'Ben', at: AT, local: true })).toBe(true)
    expect(a!.shared.doc.getMap('signoffs').size).toBe(1)
    expect(a!.shared.doc.getMap('localSignOffs').has('so_3')).toBe(true)
  })
})
