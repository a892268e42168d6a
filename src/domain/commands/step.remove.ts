import { forgetMapped } from './activityMap'
import { CommandError, defineCommand, findState, without } from './define'
import { dropOrphanedComments } from './reviewCleanup'

/** Removes steps with the flows that touch them, any hand-made match that names them, the activities mapped to them, and their comments when no other state shows the step. */
export const stepRemove = defineCommand('step.remove', (p, a: { stateId: string; stepIds: string[] }) => {
  const state = findState(p, a.stateId)
  const gone = new Set(a.stepIds)
  const missing = a.stepIds.find((id) => !state.steps.some((s) => s.id === id))
  if (missing) throw new CommandError(`no step "${missing}" in ${state.name}`)
  state.steps = without(state.steps, (s) => gone.has(s.id))
  if (state.flows.some((f) => gone.has(f.from) || gone.has(f.to))) {
    state.flows = without(state.flows, (f) => gone.has(f.from) || gone.has(f.to))
  }
  if (p.matchOverrides?.some((o) => gone.has(o.beforeStepId) || gone.has(o.afterStepId))) {
    p.matchOverrides = without(p.matchOverrides, (o) => gone.has(o.beforeStepId) || gone.has(o.afterStepId))
  }
  forgetMapped(p, new Set(), gone)
  dropOrphanedComments(p, a.stateId)
})
