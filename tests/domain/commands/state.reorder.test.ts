import { describe, expect, it } from 'vitest'
import { loadProject } from '../../helpers/fixtures'
import { executeUndoRedo, refuses } from '../../helpers/undoRedo'

const p = loadProject('compare/compare.tray-return.flowstate.json')
const order = (proj: typeof p) => proj.states.map((s) => s.id)

describe('state.reorder', () => {
  it('given current, transition and future, when the future state moves first, then the order changes and the states are untouched', () => {
    executeUndoRedo(p, { type: 'state.reorder', stateId: 'st_fut', index: 0 }, (after) => {
      expect(order(after)).toEqual(['st_fut', 'st_cur', 'st_tr'])
      expect(after.states[0]).toEqual(p.states[2])
    })
  })
  it('clamps an index past the end to the last place', () => {
    executeUndoRedo(p, { type: 'state.reorder', stateId: 'st_cur', index: 9 }, (after) => expect(order(after)).toEqual(['st_tr', 'st_fut', 'st_cur']))
  })
  it('refuses a state that does not exist and a place that is not whole', () => {
    expect(refuses(p, { type: 'state.reorder', stateId: 'st_gone', index: 0 })).toBe('no state "st_gone"')
    expect(refuses(p, { type: 'state.reorder', stateId: 'st_cur', index: 0.5 })).toBe('a place in the order must be a whole number')
  })
})
