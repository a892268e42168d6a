import { describe, expect, it } from 'vitest'
import { applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness'
import type { ConflictNotice } from '../../src/sync'
import { loadProject } from '../helpers/fixtures'
import { replicas, syncAll, type Replica } from './helpers'

function meet(a: Replica, b: Replica) {
  a.shared.presence.setUser({ name: 'Ana (OR nurse)', role: 'OR nurse', color: '#e15759' })
  b.shared.presence.setUser({ name: 'Ben (SPD lead)', role: 'SPD technician', color: '#4e79a7' })
  for (const [x, y] of [[a, b], [b, a]] as const) {
    const aw = x.shared.presence.awareness
    applyAwarenessUpdate(y.shared.presence.awareness, encodeAwarenessUpdate(aw, [aw.clientID]), 'test')
  }
}

function listen(r: Replica): ConflictNotice[] {
  const notices: ConflictNotice[] = []
  r.shared.onConflict((n) => notices.push(n))
  return notices
}

const rename = (r: Replica, label: string) => r.store.getState().dispatch({ type: 'step.update', stateId: 'st_cur', stepId: 's_pack', changes: { label } })

describe('conflicts said out loud', () => {
  it('tells the one whose concurrent edit of a label lost, by the winner’s name, and only them', () => {
    const [a, b] = replicas(loadProject(), 2)
    meet(a!, b!)
    const [na, nb] = [listen(a!), listen(b!)]
    rename(a!, 'Pack by Ana')
    rename(b!, 'Pack by Ben')
    syncAll([a!, b!])
    const winner = a!.store.getState().project!.states[0]!.steps[1]!.label
    expect(b!.store.getState().project!.states[0]!.steps[1]!.label).toBe(winner)
    const [loser, notices, other] = winner === 'Pack by Ana' ? ['Ben', nb, na] : ['Ana', na, nb]
    expect(other).toEqual([])
    expect(notices).toHaveLength(1)
    const by = loser === 'Ben' ? 'Ana (OR nurse)' : 'Ben (SPD lead)'
    expect(notices[0]!.message).toBe(`Your label for 'Pack used instruments' was replaced by ${by}'s edit.`)
    expect(notices[0]).toMatchObject({ collection: 'steps', entityId: 's_pack', stateId: 'st_cur', field: 'label' })
  })

  it('says nothing when a colleague changes my label after seeing it', () => {
    const [a, b] = replicas(loadProject(), 2)
    meet(a!, b!)
    const [na, nb] = [listen(a!), listen(b!)]
    rename(a!, 'Pack by Ana')
    syncAll([a!, b!])
    rename(b!, 'Pack, then Ben')
    syncAll([a!, b!])
    expect(a!.store.getState().project!.states[0]!.steps[1]!.label).toBe('Pack, then Ben')
    expect([...na, ...nb]).toEqual([])
  })

  it('keeps both edits of different fields of one step, with no notice', () => {
    const [a, b] = replicas(loadProject(), 2)
    const notices = [...listen(a!), ...listen(b!)]
    rename(a!, 'Pack by Ana')
    b!.store.getState().dispatch({ type: 'step.move', stateId: 'st_cur', moves: [{ stepId: 's_pack', position: { x: 500, y: 10 } }] })
    syncAll([a!, b!])
    for (const r of [a!, b!]) expect(r.store.getState().project!.states[0]!.steps[1]).toMatchObject({ label: 'Pack by Ana', position: { x: 500, y: 10 } })
    expect(notices).toEqual([])
  })

  it('names the field in the domain’s words and a colleague never seen as “a colleague”', () => {
    const [a, b] = replicas(loadProject(), 2)
    const [na, nb] = [listen(a!), listen(b!)]
    a!.store.getState().dispatch({ type: 'role.rename', roleId: 'r_or', name: 'Scrub nurse' })
    b!.store.getState().dispatch({ type: 'role.rename', roleId: 'r_or', name: 'Circulating nurse' })
    syncAll([a!, b!])
    const [notice] = [...na, ...nb]
    expect(notice!.message).toBe("Your name for 'OR nurse' was replaced by a colleague's edit.")
  })
})
