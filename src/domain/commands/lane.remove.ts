import { stepSize } from '../model/layout'
import type { WorkflowState } from '../model/types'
import { CommandError, defineCommand, findState } from './define'

/** Space left between the steps already in a lane and the steps re-homed below them. */
const REHOME_GAP = 24

/**
 * Removes a lane from one state (the role stays in the catalogue). A lane with steps must say
 * where they go: `moveStepsTo` another lane of this state, or `null` to leave them unassigned.
 * Re-homed steps are placed below the steps already there, so nothing ends up on top of another.
 */
export const laneRemove = defineCommand('lane.remove', (p, a: { stateId: string; roleId: string; moveStepsTo?: string | null }) => {
  const state = findState(p, a.stateId)
  const at = state.lanes.indexOf(a.roleId)
  if (at < 0) throw new CommandError(`no lane for role "${a.roleId}" in ${state.name}`)
  const homeless = state.steps.filter((s) => s.roleId === a.roleId)
  if (homeless.length > 0) {
    if (a.moveStepsTo === undefined) {
      throw new CommandError(`this lane has ${homeless.length} step${homeless.length === 1 ? '' : 's'}: say which lane they move to`)
    }
    if (a.moveStepsTo === a.roleId) throw new CommandError('cannot move steps into the lane being removed')
    if (a.moveStepsTo !== null && !state.lanes.includes(a.moveStepsTo)) throw new CommandError(`no lane for role "${a.moveStepsTo}" in ${state.name}`)
    const shift = rehomeShift(state, a.moveStepsTo, a.roleId)
    for (const step of homeless) {
      if (a.moveStepsTo === null) delete step.roleId
      else step.roleId = a.moveStepsTo
      if (shift !== 0) step.position = { x: step.position.x, y: step.position.y + shift }
    }
  }
  state.lanes.splice(at, 1)
})

/** How far down the re-homed steps move: below the lowest step already in the target lane. */
function rehomeShift(state: WorkflowState, target: string | null, leaving: string): number {
  let bottom = -1
  let top = Infinity
  for (const s of state.steps) {
    const lane = s.roleId ?? null
    if (lane === target) bottom = Math.max(bottom, s.position.y + stepSize(s.kind).height)
    else if (lane === leaving) top = Math.min(top, s.position.y)
  }
  if (bottom < 0) return 0
  return Math.max(0, bottom + REHOME_GAP - top)
}
