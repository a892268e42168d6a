import { defineCommand } from './define'
import { dropOverrides, samePair, statesOfPair, type MatchArgs } from './matchOverride'

/**
 * Links two steps of different states by hand, when the matcher paired them wrongly or not at
 * all: the diff then treats them as one step, whatever their lineage or labels say. An earlier
 * link of either step into the other's state gives way, so each step has one counterpart there.
 */
export const matchLink = defineCommand('match.link', (p, a: MatchArgs) => {
  const { beforeState, afterState } = statesOfPair(p, a)
  const stateOf = (stepId: string) => p.states.find((s) => s.steps.some((x) => x.id === stepId))?.id
  dropOverrides(p, (o) => {
    if (samePair(o, a)) return true
    if (o.kind !== 'link') return false
    const ends = [o.beforeStepId, o.afterStepId]
    const otherEnd = (mine: string) => ends.find((id) => id !== mine)!
    if (ends.includes(a.beforeStepId)) return stateOf(otherEnd(a.beforeStepId)) === afterState
    if (ends.includes(a.afterStepId)) return stateOf(otherEnd(a.afterStepId)) === beforeState
    return false
  })
  ;(p.matchOverrides ??= []).push({ id: a.id, kind: 'link', beforeStepId: a.beforeStepId, afterStepId: a.afterStepId })
})
