import { CommandError, defineCommand, findState, requireRole } from './define'

/** Gives a role of the catalogue a lane in one state, at `index` (default: last). */
export const laneAdd = defineCommand('lane.add', (p, a: { stateId: string; roleId: string; index?: number }) => {
  const state = findState(p, a.stateId)
  requireRole(p, a.roleId)
  if (state.lanes.includes(a.roleId)) throw new CommandError(`this role already has a lane in ${state.name}`)
  const at = a.index === undefined ? state.lanes.length : Math.max(0, Math.min(a.index, state.lanes.length))
  state.lanes.splice(at, 0, a.roleId)
})
