import type { ActivityLink } from '../model/types'
import { CommandError, defineCommand, findState } from './define'
import { dropEmptyMaps, mapOf } from './activityMap'

/**
 * Confirms which event-log activities are which steps of a state (stepId null: "not in this
 * state"), or forgets a confirmation (`forget`), so the matcher's proposal stands again. Several
 * rows at once, so "Confirm all" is one edit and one undo.
 */
export const activitiesMap = defineCommand('activities.map', (p, a: { stateId: string; mapId: string; links: ActivityLink[]; forget?: string[] }) => {
  const state = findState(p, a.stateId)
  for (const link of a.links) {
    if (link.activity.trim() === '') throw new CommandError('an activity needs a name')
    if (link.stepId !== null && !state.steps.some((s) => s.id === link.stepId)) throw new CommandError(`no step "${link.stepId}" in ${state.name}`)
  }
  const m = mapOf(p, a.stateId, a.mapId)
  const forget = new Set(a.forget ?? [])
  if (forget.size > 0 && m.activities.some((x) => forget.has(x.activity))) m.activities = m.activities.filter((x) => !forget.has(x.activity))
  for (const link of a.links) {
    const at = m.activities.findIndex((x) => x.activity === link.activity)
    if (at === -1) m.activities.push({ activity: link.activity, stepId: link.stepId })
    else if (m.activities[at]!.stepId !== link.stepId) m.activities[at]!.stepId = link.stepId
  }
  dropEmptyMaps(p)
})
