import { describe, expect, it } from 'vitest'
import { parseProject } from '../../../src/domain/model'
import { loadProject } from '../../helpers/fixtures'
import { executeUndoRedo, refuses } from '../../helpers/undoRedo'

// Three states of a tray's way; the future state has no paper log.
const p = loadProject('observe/observe.three-states.flowstate.json')

describe('activities.map', () => {
  it('given a state with no map, when activities are confirmed, then the state gets its map', () => {
    executeUndoRedo(p, { type: 'activities.map', stateId: 'f_state', mapId: 'am_1', links: [{ activity: 'Tray scanned', stepId: 'f_scan' }, { activity: 'Paper log written', stepId: null }] }, (after) => {
      expect(after.activityMaps).toEqual([{ id: 'am_1', stateId: 'f_state', activities: [{ activity: 'Tray scanned', stepId: 'f_scan' }, { activity: 'Paper log written', stepId: null }] }])
      expect(parseProject(after).ok).toBe(true)
    })
  })

  it('given a confirmed activity, when it is corrected, then it changes in place; when forgotten, the empty map goes', () => {
    const mapped = executeUndoRedo(p, { type: 'activities.map', stateId: 'f_state', mapId: 'am_1', links: [{ activity: 'Tray scanned', stepId: 'f_scan' }] }, () => {})
    const corrected = executeUndoRedo(mapped, { type: 'activities.map', stateId: 'f_state', mapId: 'am_2', links: [{ activity: 'Tray scanned', stepId: 'f_recv' }] }, (after) =>
      expect(after.activityMaps![0]!.activities).toEqual([{ activity: 'Tray scanned', stepId: 'f_recv' }]),
    )
    executeUndoRedo(corrected, { type: 'activities.map', stateId: 'f_state', mapId: 'am_3', links: [], forget: ['Tray scanned'] }, (after) => expect(after.activityMaps).toBeUndefined())
  })

  it('refuses a step of another state and a missing state', () => {
    expect(refuses(p, { type: 'activities.map', stateId: 'f_state', mapId: 'am_1', links: [{ activity: 'Washed', stepId: 'c_wash' }] })).toBe('no step "c_wash" in Future: scanner only')
    expect(refuses(p, { type: 'activities.map', stateId: 'nope', mapId: 'am_1', links: [] })).toBe('no state "nope"')
  })
})

describe('state.goLive', () => {
  it('given a state, when its go-live is set and cleared, then its map holds it and goes with it', () => {
    const live = executeUndoRedo(p, { type: 'state.goLive', stateId: 't_state', mapId: 'am_t', goLive: '2026-04-13' }, (after) =>
      expect(after.activityMaps).toEqual([{ id: 'am_t', stateId: 't_state', activities: [], goLive: '2026-04-13' }]),
    )
    executeUndoRedo(live, { type: 'state.goLive', stateId: 't_state', mapId: 'am_x', goLive: null }, (after) => expect(after.activityMaps).toBeUndefined())
  })

  it('refuses what is not a day', () => {
    expect(refuses(p, { type: 'state.goLive', stateId: 't_state', mapId: 'am_t', goLive: '2026-02-30' })).toBe('"2026-02-30" is not a day (YYYY-MM-DD)')
  })
})

describe('removing what a map points at', () => {
  const mapped = executeUndoRedo(p, { type: 'activities.map', stateId: 'f_state', mapId: 'am_1', links: [{ activity: 'Tray scanned', stepId: 'f_scan' }, { activity: 'Washed', stepId: 'f_wash' }] }, () => {})

  it('given a mapped step, when it is removed, then its activity is no longer confirmed', () => {
    executeUndoRedo(mapped, { type: 'step.remove', stateId: 'f_state', stepIds: ['f_scan'] }, (after) => expect(after.activityMaps![0]!.activities).toEqual([{ activity: 'Washed', stepId: 'f_wash' }]))
  })

  it('given a mapped state, when it is removed, then its map goes', () => {
    executeUndoRedo(mapped, { type: 'state.remove', stateId: 'f_state' }, (after) => expect(after.activityMaps).toBeUndefined())
  })
})
