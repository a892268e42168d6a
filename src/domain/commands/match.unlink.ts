import { defineCommand } from './define'
import { dropOverrides, samePair, statesOfPair, type MatchArgs } from './matchOverride'

/**
 * Keeps two steps apart that the matcher paired (same lineage, same or similar label): the diff
 * then shows one as removed and the other as added. Replaces any earlier decision on the pair.
 */
export const matchUnlink = defineCommand('match.unlink', (p, a: MatchArgs) => {
  statesOfPair(p, a)
  dropOverrides(p, (o) => samePair(o, a))
  ;(p.matchOverrides ??= []).push({ id: a.id, kind: 'unlink', beforeStepId: a.beforeStepId, afterStepId: a.afterStepId })
})
