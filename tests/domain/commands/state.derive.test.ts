import { describe, expect, it } from 'vitest'
import { diffStates, isEmptyDiff } from '../../../src/domain/diff'
import { loadProject } from '../../helpers/fixtures'
import { executeUndoRedo, refuses } from '../../helpers/undoRedo'

const p = loadProject('compare/compare.tray-return.flowstate.json')

describe('state.derive', () => {
  it('given the future state, when a second transition state is derived from it, then it sits before the future state with new ids and the same lineage', () => {
    executeUndoRedo(p, { type: 'state.derive', sourceId: 'st_fut', stateId: 'st_phase2', phase: 'transition', name: 'Go-live phase 2' }, (after) => {
      expect(after.states.map((s) => s.id)).toEqual(['st_cur', 'st_tr', 'st_phase2', 'st_fut'])
      const [source, copy] = [after.states[3]!, after.states[2]!]
      expect(copy).toMatchObject({ name: 'Go-live phase 2', phase: 'transition', basedOn: 'st_fut', lanes: source.lanes })
      expect(copy.steps.map((s) => s.lineage)).toEqual(source.steps.map((s) => s.lineage))
      expect(copy.flows.map((f) => f.lineage)).toEqual(source.flows.map((f) => f.lineage))
      expect(copy.steps.map((s) => s.id)).toEqual(['st_phase2-s1', 'st_phase2-s2', 'st_phase2-s3', 'st_phase2-s4', 'st_phase2-s5'])
      // Flows join the copies, not the originals.
      const copyIds = new Set(copy.steps.map((s) => s.id))
      expect(copy.flows.every((f) => copyIds.has(f.from) && copyIds.has(f.to))).toBe(true)
    })
  })

  it('given a derived copy, when it is compared with its source, then nothing has changed', () => {
    const after = executeUndoRedo(p, { type: 'state.derive', sourceId: 'st_cur', stateId: 'st_copy', phase: 'future', name: 'Future state' }, () => {})
    expect(after.states.at(-1)!.id).toBe('st_copy')
    expect(isEmptyDiff(diffStates(after, 'st_cur', 'st_copy'))).toBe(true)
  })

  it('given a derived copy, when a step of the copy is edited, then the source is untouched', () => {
    const after = executeUndoRedo(p, { type: 'state.derive', sourceId: 'st_cur', stateId: 'st_copy', phase: 'future', name: 'Copy' }, () => {})
    const edited = executeUndoRedo(after, { type: 'step.update', stateId: 'st_copy', stepId: 'st_copy-s2', changes: { label: 'Pack and count' } }, () => {})
    expect(edited.states[0]!.steps[1]!.label).toBe('Pack used instruments')
  })

  it('puts the copy where it is told', () => {
    executeUndoRedo(p, { type: 'state.derive', sourceId: 'st_cur', stateId: 'st_x', phase: 'current', name: 'Night shift', index: 0 }, (after) =>
      expect(after.states.map((s) => s.id)).toEqual(['st_x', 'st_cur', 'st_tr', 'st_fut']),
    )
  })

  it('refuses an id that is already used', () => {
    expect(refuses(p, { type: 'state.derive', sourceId: 'st_cur', stateId: 'st_tr', phase: 'future', name: 'Copy' })).toBe('id "st_tr" is already used')
  })

  it('refuses an empty name and a missing source', () => {
    expect(refuses(p, { type: 'state.derive', sourceId: 'st_cur', stateId: 'st_x', phase: 'future', name: '  ' })).toBe('a state needs a name')
    expect(refuses(p, { type: 'state.derive', sourceId: 'st_gone', stateId: 'st_x', phase: 'future', name: 'Copy' })).toBe('no state "st_gone"')
  })
})
