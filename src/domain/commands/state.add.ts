import type { WorkflowState } from '../model/types'
import { CommandError, assertUniqueId, defineCommand, requireRole } from './define'

/** Adds a state (empty, derived or imported) at `index`, default last. */
export const stateAdd = defineCommand('state.add', (p, a: { state: WorkflowState; index?: number }) => {
  assertUniqueId(p, a.state.id)
  for (const r of a.state.lanes) requireRole(p, r)
  if (a.state.basedOn !== undefined && !p.states.some((s) => s.id === a.state.basedOn)) {
    throw new CommandError(`no state "${a.state.basedOn}" to base it on`)
  }
  const at = a.index === undefined ? p.states.length : Math.max(0, Math.min(a.index, p.states.length))
  p.states.splice(at, 0, a.state)
})
