// What activities.map and state.goLive share: a state's activity map, made on first use and
// dropped when it no longer says anything, and the cleaning up when steps or states go.
import type { ActivityMap, Project } from '../model/types'
import { assertUniqueId, CommandError, findState, without } from './define'

/** The state's map, made (with `id`) when it has none. */
export function mapOf(p: Project, stateId: string, id: string): ActivityMap {
  findState(p, stateId)
  let m = p.activityMaps?.find((x) => x.stateId === stateId)
  if (!m) {
    assertUniqueId(p, id)
    if (p.activityMaps?.some((x) => x.id === id)) throw new CommandError(`id "${id}" is already used`)
    ;(p.activityMaps ??= []).push({ id, stateId, activities: [] })
    m = p.activityMaps[p.activityMaps.length - 1]!
  }
  return m
}

/** A map with no confirmed activity and no go-live says nothing: it goes, and the field with the last one. */
export function dropEmptyMaps(p: Project): void {
  const empty = (m: ActivityMap) => m.activities.length === 0 && m.goLive === undefined
  if (!p.activityMaps?.some(empty)) return
  p.activityMaps = without(p.activityMaps, empty)
  if (p.activityMaps.length === 0) delete p.activityMaps
}

/** After steps or states are removed: their maps and the links to their steps go too. */
export function forgetMapped(p: Project, goneStates: ReadonlySet<string>, goneSteps: ReadonlySet<string>): void {
  if (!p.activityMaps) return
  if (p.activityMaps.some((m) => goneStates.has(m.stateId))) p.activityMaps = without(p.activityMaps, (m) => goneStates.has(m.stateId))
  for (const m of p.activityMaps) {
    if (m.activities.some((a) => a.stepId !== null && goneSteps.has(a.stepId))) m.activities = without(m.activities, (a) => a.stepId !== null && goneSteps.has(a.stepId))
  }
  dropEmptyMaps(p)
  if (p.activityMaps?.length === 0) delete p.activityMaps
}
