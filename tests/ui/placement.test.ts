import { describe, expect, it } from 'vitest'
import { stepSize } from '../../src/domain/model'
import { neighbour } from '../../src/ui/canvas/navigation'
import { adjacentLane, endOfLane, laneOrder, positionAfter, positionInLane } from '../../src/ui/canvas/placement'
import { loadProject } from '../helpers/fixtures'

const state = loadProject('editor/editor.two-states.flowstate.json').states[0]!
const step = (id: string) => state.steps.find((s) => s.id === id)!

describe('where new steps go', () => {
  it('puts the next step to the right of the last one, on its centre line, past any step in the way', () => {
    const after = positionAfter(state, step('s_start'), 'task')
    // Right of "Case ends" is "Pack used instruments" (x 200): the new step goes past it.
    expect(after.x).toBeGreaterThanOrEqual(200 + stepSize('task').width)
    expect(after.y + stepSize('task').height / 2).toBe(step('s_start').position.y + stepSize('start').height / 2)
  })
  it('keeps a step moved to another lane where it was, unless that spot is taken', () => {
    expect(positionInLane(state, step('s_end'), 'r_or')).toEqual(step('s_end').position)
    // "Carry tray" dropped onto "Receive tray" in the SPD lane is nudged to the right of it.
    const onTop = { ...state, steps: state.steps.map((s) => (s.id === 's_carry' ? { ...s, position: { x: 780, y: 40 } } : s)) }
    const moved = positionInLane(onTop, onTop.steps.find((s) => s.id === 's_carry')!, 'r_spd')
    expect(moved.x).toBeGreaterThanOrEqual(800 + stepSize('task').width)
  })
  it('starts an empty lane at the left and continues a lane after its last step', () => {
    const empty = { ...state, lanes: [...state.lanes, 'r_new'] }
    expect(endOfLane(empty, 'r_new', 'task').x).toBe(40)
    expect(endOfLane(state, 'r_or', 'task').x).toBeGreaterThan(step('s_pack').position.x + 160)
  })
  it('knows the lane above and below, and none past the edges', () => {
    expect(laneOrder(state)).toEqual(['r_or', 'r_porter', 'r_spd'])
    expect(adjacentLane(state, 'r_or', 1)).toBe('r_porter')
    expect(adjacentLane(state, 'r_or', -1)).toBeUndefined()
    expect(adjacentLane(state, 'r_spd', 1)).toBeUndefined()
  })
})

describe('arrow keys along flows', () => {
  const centres = new Map(state.steps.map((s, i) => [s.id, { x: s.position.x, y: i < 2 ? 70 : i < 4 ? 210 : 350 }]))
  it('Right follows the flow out, Left the flow in', () => {
    expect(neighbour(state, centres, 's_pack', 'next')).toBe('s_carry')
    expect(neighbour(state, centres, 's_carry', 'previous')).toBe('s_pack')
  })
  it('from a decision, Right takes the branch that runs straight on', () => {
    expect(neighbour(state, centres, 's_check', 'next')).toBe('s_end')
  })
  it('Up and Down go to the nearest step in the lane above or below', () => {
    expect(neighbour(state, centres, 's_carry', 'up')).toBe('s_pack')
    expect(neighbour(state, centres, 's_carry', 'down')).toBe('s_recv')
  })
})
