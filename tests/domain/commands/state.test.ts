import { describe, expect, it } from 'vitest'
import { createState, deriveState } from '../../../src/domain/model'
import { loadProject } from '../../helpers/fixtures'
import { executeUndoRedo, refuses } from '../../helpers/undoRedo'

const p = loadProject()

describe('state.add', () => {
  it('adds an empty state', () => {
    const state = createState('future')
    executeUndoRedo(p, { type: 'state.add', state }, (after) => {
      expect(after.states.map((s) => s.phase)).toEqual(['current', 'future'])
      expect(after.states[1]!.name).toBe('Future state')
    })
  })
  it('adds a derived state that keeps lineage with new ids', () => {
    const state = deriveState(p.states[0]!, 'transition')
    executeUndoRedo(p, { type: 'state.add', state }, (after) => {
      const [cur, tr] = after.states
      expect(tr!.basedOn).toBe(cur!.id)
      expect(tr!.steps.map((s) => s.lineage)).toEqual(cur!.steps.map((s) => s.lineage))
      expect(tr!.steps.some((s) => cur!.steps.some((c) => c.id === s.id))).toBe(false)
      expect(tr!.flows.map((f) => [f.from, f.to])).toEqual(tr!.steps.slice(0, 3).map((s, i) => [s.id, tr!.steps[i + 1]!.id]))
    })
  })
})

describe('state.rename', () => {
  it('renames', () => {
    executeUndoRedo(p, { type: 'state.rename', stateId: 'st_cur', name: 'Today (paper)' }, (after) => expect(after.states[0]!.name).toBe('Today (paper)'))
  })
})

describe('state.remove', () => {
  it('removes a state and the links into it', () => {
    const withTwo = executeUndoRedo(p, { type: 'state.add', state: deriveState(p.states[0]!, 'future') }, () => {})
    const futureId = withTwo.states[1]!.id
    executeUndoRedo(withTwo, { type: 'state.remove', stateId: 'st_cur' }, (after) => {
      expect(after.states.map((s) => s.id)).toEqual([futureId])
      expect(after.states[0]!.basedOn).toBeUndefined()
    })
  })
  it('keeps the last state', () => {
    expect(refuses(p, { type: 'state.remove', stateId: 'st_cur' })).toBe('a project keeps at least one state')
  })
})
