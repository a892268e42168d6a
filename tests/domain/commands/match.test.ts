import { describe, expect, it } from 'vitest'
import { diffStates } from '../../../src/domain/diff'
import type { Project } from '../../../src/domain/model'
import { loadProject } from '../../helpers/fixtures'
import { executeUndoRedo, refuses } from '../../helpers/undoRedo'

// Today "Write tray in paper log" (c_log) is removed and "Scan tray at receipt" (f_scan) added;
// a team may say the scan *is* that step, done differently. "Carry tray to SPD" (c_carry) and
// "Send tray down the dirty lift" (f_carry) share a lineage.
const p = loadProject('compare/compare.tray-return.flowstate.json')
const compare = (proj: Project) => diffStates(proj, 'st_cur', 'st_fut')

describe('match.link', () => {
  it('given a removed and an added step, when they are linked by hand, then the diff shows one changed step matched by hand', () => {
    executeUndoRedo(p, { type: 'match.link', id: 'mo_1', beforeStepId: 'c_log', afterStepId: 'f_scan' }, (after) => {
      expect(after.matchOverrides).toEqual([{ id: 'mo_1', kind: 'link', beforeStepId: 'c_log', afterStepId: 'f_scan' }])
      const d = compare(after)
      expect(d.steps.added).toEqual([])
      expect(d.steps.removed.map((s) => s.id)).toEqual(['c_wait'])
      expect(d.matches).toContainEqual({ before: 'c_log', after: 'f_scan', by: 'manual', score: 1 })
      expect(d.steps.changed.find((c) => c.before.id === 'c_log')!.fields).toEqual(['label', 'systems', 'records', 'touchMinutes'])
    })
  })

  it('given an earlier link of the same step, when it is linked to another step of that state, then the earlier link gives way', () => {
    const linked = executeUndoRedo(p, { type: 'match.link', id: 'mo_1', beforeStepId: 'c_log', afterStepId: 'f_scan' }, () => {})
    executeUndoRedo(linked, { type: 'match.link', id: 'mo_2', beforeStepId: 'c_wait', afterStepId: 'f_scan' }, (after) => {
      expect(after.matchOverrides!.map((o) => o.id)).toEqual(['mo_2'])
      expect(compare(after).steps.removed.map((s) => s.id)).toEqual(['c_log'])
    })
  })

  it('keeps links into other states', () => {
    const linked = executeUndoRedo(p, { type: 'match.link', id: 'mo_1', beforeStepId: 't_key', afterStepId: 'f_scan' }, () => {})
    executeUndoRedo(linked, { type: 'match.link', id: 'mo_2', beforeStepId: 'c_log', afterStepId: 'f_scan' }, (after) =>
      expect(after.matchOverrides!.map((o) => o.id)).toEqual(['mo_1', 'mo_2']),
    )
  })

  it('refuses two steps of one state, a missing step and a used id', () => {
    expect(refuses(p, { type: 'match.link', id: 'mo_1', beforeStepId: 'c_log', afterStepId: 'c_wait' })).toBe('both steps are in the same state')
    expect(refuses(p, { type: 'match.link', id: 'mo_1', beforeStepId: 'c_gone', afterStepId: 'f_scan' })).toBe('no step "c_gone"')
    expect(refuses(p, { type: 'match.link', id: 'st_cur', beforeStepId: 'c_log', afterStepId: 'f_scan' })).toBe('id "st_cur" is already used')
  })
})

describe('match.unlink', () => {
  it('given two steps of one lineage, when they are unlinked, then one is removed and the other added', () => {
    executeUndoRedo(p, { type: 'match.unlink', id: 'mo_1', beforeStepId: 'c_carry', afterStepId: 'f_carry' }, (after) => {
      expect(after.matchOverrides).toEqual([{ id: 'mo_1', kind: 'unlink', beforeStepId: 'c_carry', afterStepId: 'f_carry' }])
      const d = compare(after)
      expect(d.steps.removed.map((s) => s.id)).toContain('c_carry')
      expect(d.steps.added.map((s) => s.id)).toContain('f_carry')
      expect(d.steps.changed.some((c) => c.before.id === 'c_carry')).toBe(false)
    })
  })

  it('given a link made by hand, when the pair is unlinked, then the link is replaced by the unlink', () => {
    const linked = executeUndoRedo(p, { type: 'match.link', id: 'mo_1', beforeStepId: 'c_log', afterStepId: 'f_scan' }, () => {})
    executeUndoRedo(linked, { type: 'match.unlink', id: 'mo_2', beforeStepId: 'f_scan', afterStepId: 'c_log' }, (after) => {
      expect(after.matchOverrides).toEqual([{ id: 'mo_2', kind: 'unlink', beforeStepId: 'f_scan', afterStepId: 'c_log' }])
      expect(compare(after).steps.added.map((s) => s.id)).toEqual(['f_scan'])
    })
  })

  it('refuses steps of one state', () => {
    expect(refuses(p, { type: 'match.unlink', id: 'mo_1', beforeStepId: 'f_carry', afterStepId: 'f_scan' })).toBe('both steps are in the same state')
  })
})
