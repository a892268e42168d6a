import type { Role } from '../model/types'
import { CommandError, defineCommand, ensureLane, findState } from './define'

/** Adds a role to the catalogue; with `stateId`, it also gets a lane there (at `laneIndex`, default last). */
export const roleAdd = defineCommand('role.add', (p, a: { role: Role; stateId?: string; laneIndex?: number }) => {
  if (p.roles.some((r) => r.id === a.role.id)) throw new CommandError(`role "${a.role.id}" exists already`)
  if (!a.role.name.trim()) throw new CommandError('a role needs a name')
  p.roles.push({ ...a.role, name: a.role.name.trim() })
  if (a.stateId !== undefined) {
    const s = findState(p, a.stateId)
    if (a.laneIndex === undefined) ensureLane(s, a.role.id)
    else s.lanes.splice(Math.max(0, Math.min(a.laneIndex, s.lanes.length)), 0, a.role.id)
  }
})
