import { describe, expect, it } from 'vitest'
import type { Command } from '../../../src/domain/commands'
import { executeUndoRedo, refuses } from '../../helpers/undoRedo'
import { run, trayReturn } from '../review/review'

const p = trayReturn()
const sign = (extra: Partial<Extract<Command, { type: 'signOff.sign' }>> = {}): Command => ({
  type: 'signOff.sign',
  id: 'so_1',
  stateId: 'st_fut',
  roleId: 'r_spd',
  by: 'Dana',
  at: '2026-11-22T15:00:00.000Z',
  comment: 'Scanner at receipt works for us',
  local: true,
  ...extra,
})

describe('signOff.sign', () => {
  it('given a future state, when a role signs off, then the sign-off records who, when, the comment and a fingerprint of the role’s part', () => {
    executeUndoRedo(p, sign(), (after) => {
      expect(after.signOffs).toHaveLength(1)
      expect(after.signOffs![0]).toMatchObject({ stateId: 'st_fut', roleId: 'r_spd', by: 'Dana', comment: 'Scanner at receipt works for us', local: true })
      expect(after.signOffs![0]!.fingerprint).toMatch(/^[0-9a-f]{16}$/)
    })
  })

  it('signing again replaces the role’s earlier sign-off', () => {
    executeUndoRedo(run(p, sign()), sign({ id: 'so_2', by: 'Lee' }), (after) => expect(after.signOffs!.map((s) => [s.id, s.by])).toEqual([['so_2', 'Lee']]))
  })

  it('refuses a current state, a role without a lane there and an empty name', () => {
    expect(refuses(p, sign({ stateId: 'st_cur' }))).toBe('a current state records how work is done today; sign off a transition or future state')
    expect(refuses(p, sign({ roleId: 'r_porter' }))).toBe('no lane for role "r_porter" in Future: scan at receipt')
    expect(refuses(p, sign({ by: '' }))).toBe('the reviewer’s name must not be empty')
  })
})

describe('signOff.withdraw', () => {
  it('withdraws a role’s sign-off', () => {
    executeUndoRedo(run(p, sign()), { type: 'signOff.withdraw', stateId: 'st_fut', roleId: 'r_spd' }, (after) => expect(after.signOffs).toEqual([]))
    expect(refuses(p, { type: 'signOff.withdraw', stateId: 'st_fut', roleId: 'r_spd' })).toBe('this role has not signed off this state')
  })

  it('removing the state or the role takes its sign-offs with it', () => {
    const signed = run(p, sign())
    executeUndoRedo(signed, { type: 'state.remove', stateId: 'st_fut' }, (after) => expect(after.signOffs).toEqual([]))
    executeUndoRedo(signed, { type: 'role.remove', roleId: 'r_spd', reassignTo: 'r_or' }, (after) => expect(after.signOffs).toEqual([]))
  })
})
