import { describe, expect, it } from 'vitest'
import type { Comment } from '../../../src/domain/model'
import { executeUndoRedo, refuses } from '../../helpers/undoRedo'
import { painPoint, run, trayReturn } from '../review/review'

const p = trayReturn()
const at = '2026-11-21T09:00:00.000Z'
const raised = run(p, { type: 'comment.add', comment: painPoint('pp_log', 'st_cur', 'l_log', { type: 'duplicate-entry', severity: 'high' }) })
const only = (after: typeof p): Comment => after.comments![0]!

describe('comment.add', () => {
  it('given a map with no comments, when a pain point is raised on a step, then the project holds it with its author and role', () => {
    executeUndoRedo(p, { type: 'comment.add', comment: painPoint('pp_log', 'st_cur', 'l_log', { type: 'duplicate-entry', severity: 'high' }) }, (after) => {
      expect(after.comments).toHaveLength(1)
      expect(only(after)).toMatchObject({ anchor: { kind: 'step', lineage: 'l_log', stateId: 'st_cur' }, author: 'Dana (SPD lead)', roleId: 'r_spd', pain: { type: 'duplicate-entry', severity: 'high' } })
    })
  })

  it('refuses an anchor that names nothing, an empty text, a used id and an unknown role', () => {
    expect(refuses(p, { type: 'comment.add', comment: painPoint('x', 'st_fut', 'l_log', { type: 'other', severity: 'low' }) })).toBe('no step of lineage "l_log" in Future: scan at receipt')
    expect(refuses(p, { type: 'comment.add', comment: { ...painPoint('x', 'st_cur', 'l_log', { type: 'other', severity: 'low' }), text: '  ' } })).toBe('the comment must not be empty')
    expect(refuses(p, { type: 'comment.add', comment: painPoint('c_log', 'st_cur', 'l_log', { type: 'other', severity: 'low' }) })).toBe('id "c_log" is already used')
    expect(refuses(p, { type: 'comment.add', comment: painPoint('x', 'st_cur', 'l_log', { type: 'other', severity: 'low' }, { roleId: 'r_x' }) })).toBe('no role "r_x"')
    expect(refuses(p, { type: 'comment.add', comment: { ...painPoint('x', 'st_cur', 'l', { type: 'other', severity: 'low' }), anchor: { kind: 'lane', roleId: 'r_porter', stateId: 'st_fut' } } })).toBe(
      'no lane for role "r_porter" in Future: scan at receipt',
    )
  })
})

describe('comment.reply, comment.update, comment.remove', () => {
  it('adds a reply to the thread', () => {
    executeUndoRedo(raised, { type: 'comment.reply', commentId: 'pp_log', reply: { author: 'Sam', at, text: 'Same on nights' } }, (after) =>
      expect(only(after).replies).toEqual([{ author: 'Sam', at, text: 'Same on nights' }]),
    )
  })

  it('changes the severity, makes a pain point a plain comment, and changes the raising role', () => {
    executeUndoRedo(raised, { type: 'comment.update', commentId: 'pp_log', changes: { pain: { type: 'waiting', severity: 'low' }, text: 'Paper log and system both' } }, (after) =>
      expect(only(after)).toMatchObject({ pain: { type: 'waiting', severity: 'low' }, text: 'Paper log and system both' }),
    )
    executeUndoRedo(raised, { type: 'comment.update', commentId: 'pp_log', changes: { pain: null, roleId: null } }, (after) => {
      expect(only(after).pain).toBeUndefined()
      expect(only(after).roleId).toBeUndefined()
    })
    executeUndoRedo(raised, { type: 'comment.update', commentId: 'pp_log', changes: { roleId: 'r_porter' } }, (after) => expect(only(after).roleId).toBe('r_porter'))
  })

  it('deletes a comment with its thread', () => {
    executeUndoRedo(raised, { type: 'comment.remove', commentId: 'pp_log' }, (after) => expect(after.comments).toEqual([]))
    expect(refuses(raised, { type: 'comment.remove', commentId: 'nope' })).toBe('no comment "nope"')
  })
})

describe('comment.resolve and comment.reopen', () => {
  it('resolving records who and why, and leaves the entry in the thread', () => {
    executeUndoRedo(raised, { type: 'comment.resolve', commentId: 'pp_log', resolution: { by: 'Sam', at, why: 'The scanner replaces the log' } }, (after) => {
      expect(only(after).resolved).toEqual({ by: 'Sam', at, why: 'The scanner replaces the log' })
      expect(only(after).replies).toEqual([{ author: 'Sam', at, text: 'The scanner replaces the log', event: 'resolved' }])
    })
  })

  it('a pain point needs a reason to be resolved', () => {
    expect(refuses(raised, { type: 'comment.resolve', commentId: 'pp_log', resolution: { by: 'Sam', at, why: ' ' } })).toBe('the reason must not be empty')
  })

  it('reopening clears the resolution and records who and why in the thread', () => {
    const resolved = run(raised, { type: 'comment.resolve', commentId: 'pp_log', resolution: { by: 'Sam', at, why: 'Scanner' } })
    executeUndoRedo(resolved, { type: 'comment.reopen', commentId: 'pp_log', by: 'Dana', at, why: 'Night shift still uses the log' }, (after) => {
      expect(only(after).resolved).toBeUndefined()
      expect(only(after).replies.at(-1)).toEqual({ author: 'Dana', at, text: 'Night shift still uses the log', event: 'reopened' })
    })
    expect(refuses(raised, { type: 'comment.reopen', commentId: 'pp_log', by: 'Dana', at, why: '' })).toBe('this comment is open')
  })
})

describe('comments when the map under them is removed', () => {
  it('deleting the only copy of a step deletes its comments; a step other states still show keeps them', () => {
    const onScan = run(p, { type: 'comment.add', comment: painPoint('pp_scan', 'st_fut', 'l_scan', { type: 'waiting', severity: 'low' }) })
    executeUndoRedo(onScan, { type: 'step.remove', stateId: 'st_fut', stepIds: ['f_scan'] }, (after) => expect(after.comments).toEqual([]))
    executeUndoRedo(raised, { type: 'step.remove', stateId: 'st_cur', stepIds: ['c_log'] }, (after) => expect(after.comments).toHaveLength(1))
  })

  it('removing the state a comment was raised in moves it to a state that still shows its step', () => {
    executeUndoRedo(raised, { type: 'state.remove', stateId: 'st_cur' }, (after) => expect(only(after).anchor).toEqual({ kind: 'step', lineage: 'l_log', stateId: 'st_tr' }))
  })

  it('removing the raising role moves its pain points to the role that takes its steps', () => {
    const byPorter = run(p, { type: 'comment.add', comment: painPoint('pp', 'st_cur', 'l_carry', { type: 'waiting', severity: 'low' }, { roleId: 'r_porter' }) })
    executeUndoRedo(byPorter, { type: 'role.remove', roleId: 'r_porter', reassignTo: 'r_or' }, (after) => expect(only(after).roleId).toBe('r_or'))
    executeUndoRedo(byPorter, { type: 'role.remove', roleId: 'r_porter' }, (after) => expect(only(after).roleId).toBeUndefined())
  })
})
