import { forgetMapped } from './activityMap'
import { CommandError, defineCommand, findState, without } from './define'
import { rehomeCommentsOfState } from './reviewCleanup'

/** Removes a state, the hand-made matches that point into it, its activity map and the "based on" links to it. */
export const stateRemove = defineCommand('state.remove', (p, a: { stateId: string }) => {
  const state = findState(p, a.stateId)
  if (p.states.length === 1) throw new CommandError('a project keeps at least one state')
  const gone = new Set(state.steps.map((s) => s.id))
  p.states.splice(p.states.indexOf(state), 1)
  for (const s of p.states) if (s.basedOn === a.stateId) delete s.basedOn
  if (p.matchOverrides?.some((o) => gone.has(o.beforeStepId) || gone.has(o.afterStepId))) {
    p.matchOverrides = without(p.matchOverrides, (o) => gone.has(o.beforeStepId) || gone.has(o.afterStepId))
  }
  forgetMapped(p, new Set([a.stateId]), gone)
  rehomeCommentsOfState(p, a.stateId)
})
