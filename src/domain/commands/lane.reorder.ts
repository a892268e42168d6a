import { CommandError, defineCommand, findState } from './define'

/** Moves a lane to `index` in the state's top-to-bottom order. Steps keep their lane-relative positions. */
export const laneReorder = defineCommand('lane.reorder', (p, a: { stateId: string; roleId: string; index: number }) => {
  const state = findState(p, a.stateId)
  const from = state.lanes.indexOf(a.roleId)
  if (from < 0) throw new CommandError(`no lane for role "${a.roleId}" in ${state.name}`)
  const to = Math.max(0, Math.min(a.index, state.lanes.length - 1))
  if (to === from) return
  state.lanes.splice(from, 1)
  state.lanes.splice(to, 0, a.roleId)
})
