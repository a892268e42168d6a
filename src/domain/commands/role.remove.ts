import { CommandError, defineCommand, ensureLane, requireRole } from './define'
import { rehomeCommentsOfRole } from './reviewCleanup'

/**
 * Removes a role from the catalogue and its lane from every state. Its steps move to
 * `reassignTo` when given (getting that lane where needed), else they become unassigned.
 */
export const roleRemove = defineCommand('role.remove', (p, a: { roleId: string; reassignTo?: string }) => {
  requireRole(p, a.roleId)
  if (a.reassignTo !== undefined) {
    if (a.reassignTo === a.roleId) throw new CommandError('cannot move steps to the role being removed')
    requireRole(p, a.reassignTo)
  }
  for (const s of p.states) {
    let used = false
    for (const step of s.steps) {
      if (step.roleId !== a.roleId) continue
      used = true
      if (a.reassignTo === undefined) delete step.roleId
      else step.roleId = a.reassignTo
    }
    const at = s.lanes.indexOf(a.roleId)
    if (at >= 0) {
      if (used && a.reassignTo !== undefined && !s.lanes.includes(a.reassignTo)) s.lanes[at] = a.reassignTo
      else s.lanes.splice(at, 1)
    }
    if (used) ensureLane(s, a.reassignTo)
  }
  p.roles.splice(p.roles.findIndex((r) => r.id === a.roleId), 1)
  rehomeCommentsOfRole(p, a.roleId, a.reassignTo)
})
