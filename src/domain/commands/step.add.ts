import type { Step } from '../model/types'
import { assertUniqueId, defineCommand, ensureLane, findState, requireRole } from './define'

export const stepAdd = defineCommand('step.add', (p, a: { stateId: string; step: Step }) => {
  const state = findState(p, a.stateId)
  assertUniqueId(p, a.step.id)
  if (a.step.roleId !== undefined) requireRole(p, a.step.roleId)
  ensureLane(state, a.step.roleId)
  state.steps.push(a.step)
})
