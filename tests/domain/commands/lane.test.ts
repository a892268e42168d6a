import { describe, expect, it } from 'vitest'
import type { Project } from '../../../src/domain/model'
import { loadProject } from '../../helpers/fixtures'
import { executeUndoRedo, refuses } from '../../helpers/undoRedo'

const p = loadProject('editor/editor.two-states.flowstate.json')
const current = (proj: Project) => proj.states[0]!
const future = (proj: Project) => proj.states[1]!
const stepOf = (proj: Project, id: string) => current(proj).steps.find((s) => s.id === id)!

describe('lane.add', () => {
  it('given a role without a lane in the future state, when its lane is added at the top, then the lane comes first', () => {
    executeUndoRedo(p, { type: 'lane.add', stateId: 'st_fut', roleId: 'r_porter', index: 0 }, (after) =>
      expect(future(after).lanes).toEqual(['r_porter', 'r_or', 'r_spd']),
    )
  })
  it('adds the lane last when no index is given', () => {
    executeUndoRedo(p, { type: 'lane.add', stateId: 'st_fut', roleId: 'r_porter' }, (after) =>
      expect(future(after).lanes).toEqual(['r_or', 'r_spd', 'r_porter']),
    )
  })
  it('refuses a second lane for the same role', () => {
    expect(refuses(p, { type: 'lane.add', stateId: 'st_cur', roleId: 'r_spd' })).toBe('this role already has a lane in Current state')
  })
  it('refuses a role that is not in the catalogue', () => {
    expect(refuses(p, { type: 'lane.add', stateId: 'st_fut', roleId: 'r_ghost' })).toBe('no role "r_ghost"')
  })
})

describe('lane.reorder', () => {
  it('given three lanes, when the last moves to the top, then the order changes and steps keep their lane positions', () => {
    executeUndoRedo(p, { type: 'lane.reorder', stateId: 'st_cur', roleId: 'r_spd', index: 0 }, (after) => {
      expect(current(after).lanes).toEqual(['r_spd', 'r_or', 'r_porter'])
      expect(stepOf(after, 's_recv')).toEqual(stepOf(p, 's_recv'))
    })
  })
  it('clamps an index past the end to the last place', () => {
    executeUndoRedo(p, { type: 'lane.reorder', stateId: 'st_cur', roleId: 'r_or', index: 99 }, (after) =>
      expect(current(after).lanes).toEqual(['r_porter', 'r_spd', 'r_or']),
    )
  })
  it('refuses a role without a lane in the state', () => {
    expect(refuses(p, { type: 'lane.reorder', stateId: 'st_fut', roleId: 'r_porter', index: 0 })).toBe('no lane for role "r_porter" in Future state')
  })
})

describe('lane.remove', () => {
  it('given a lane with two steps, when it is removed into the SPD lane, then its steps are reassigned and placed below the steps there', () => {
    executeUndoRedo(p, { type: 'lane.remove', stateId: 'st_cur', roleId: 'r_porter', moveStepsTo: 'r_spd' }, (after) => {
      expect(current(after).lanes).toEqual(['r_or', 'r_spd'])
      // SPD's lowest step is the decision (y 28, 88 high): bottom 116, plus a 24 gap, minus the porter lane's top step (y 20).
      expect(stepOf(after, 's_carry')).toMatchObject({ roleId: 'r_spd', position: { x: 400, y: 160 } })
      expect(stepOf(after, 's_wait')).toMatchObject({ roleId: 'r_spd', position: { x: 600, y: 140 } })
      expect(after.roles).toEqual(p.roles)
      expect(current(after).flows).toEqual(current(p).flows)
    })
  })
  it('leaves the steps unassigned when told to', () => {
    executeUndoRedo(p, { type: 'lane.remove', stateId: 'st_cur', roleId: 'r_porter', moveStepsTo: null }, (after) => {
      expect(current(after).lanes).toEqual(['r_or', 'r_spd'])
      expect('roleId' in stepOf(after, 's_carry')).toBe(false)
      expect(stepOf(after, 's_carry').position).toEqual({ x: 400, y: 40 })
    })
  })
  it('removes an empty lane without being told where steps go', () => {
    const emptied = executeUndoRedo(p, { type: 'lane.add', stateId: 'st_fut', roleId: 'r_porter' }, () => {})
    executeUndoRedo(emptied, { type: 'lane.remove', stateId: 'st_fut', roleId: 'r_porter' }, (after) =>
      expect(future(after).lanes).toEqual(['r_or', 'r_spd']),
    )
  })
  it('refuses to drop a lane with steps without saying where they go', () => {
    expect(refuses(p, { type: 'lane.remove', stateId: 'st_cur', roleId: 'r_porter' })).toBe('this lane has 2 steps: say which lane they move to')
  })
  it('refuses to move steps into a lane the state does not have', () => {
    expect(refuses(p, { type: 'lane.remove', stateId: 'st_fut', roleId: 'r_or', moveStepsTo: 'r_porter' })).toBe('no lane for role "r_porter" in Future state')
  })
})

describe('step reassignment by drag (step.move into another lane)', () => {
  it('given a step in the porter lane, when it is dropped in the SPD lane, then SPD does it, in one undo step', () => {
    executeUndoRedo(p, { type: 'step.move', stateId: 'st_cur', moves: [{ stepId: 's_carry', position: { x: 420, y: 100 }, roleId: 'r_spd' }] }, (after) =>
      expect(stepOf(after, 's_carry')).toMatchObject({ roleId: 'r_spd', position: { x: 420, y: 100 } }),
    )
  })
})
