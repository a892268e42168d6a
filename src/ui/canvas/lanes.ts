// Lane edits shared by the canvas lane headers and the outline's lane headings.
import { useStore } from '../../store'

const store = () => useStore.getState()

export function moveLane(stateId: string, roleId: string, direction: 1 | -1): boolean {
  const state = store().project?.states.find((s) => s.id === stateId)
  const at = state?.lanes.indexOf(roleId) ?? -1
  if (!state || at < 0) return false
  const to = at + direction
  if (to < 0 || to >= state.lanes.length) return false
  return store().dispatch({ type: 'lane.reorder', stateId, roleId, index: to })
}

/** Renames the role (everywhere it appears); one undo step per rename while typing. */
export function renameRole(roleId: string, name: string): boolean {
  if (!name.trim()) return false
  return store().dispatch({ type: 'role.rename', roleId, name }, { coalesce: `role.rename:${roleId}` })
}
