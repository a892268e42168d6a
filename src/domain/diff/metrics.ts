// Rule 6: metrics per state and their delta (after − before).
import type { Metrics } from './types'
import type { PreparedFlows } from './flows'
import { leadTimeMinutes } from './leadTime'

export const METRIC_KEYS = [
  'steps',
  'decisions',
  'waits',
  'handoffs',
  'manualRecords',
  'duplicates',
  'roles',
  'systems',
  'touchMinutes',
  'waitMinutes',
  'leadTimeMinutes',
] as const satisfies readonly (keyof Metrics)[]

/**
 * `roles` and `systems` count what the steps use, not what the catalogue holds: a lane left empty
 * in the future state is a role that no longer does anything here.
 */
export function stateMetrics(p: PreparedFlows, handoffs: number, manualRecords: number, duplicates: number): Metrics {
  const { side } = p
  let decisions = 0
  let waits = 0
  let touchMinutes = 0
  let waitMinutes = 0
  const roles = new Set<string>()
  const systemIds = new Set<string>()
  for (let i = 0; i < side.steps.length; i++) {
    const s = side.steps[i]!
    if (s.kind === 'decision') decisions++
    else if (s.kind === 'wait') waits++
    touchMinutes += s.touchMinutes ?? 0
    waitMinutes += s.waitMinutes ?? 0
    const role = side.roleKey[i]
    if (role !== null) roles.add(role)
    for (let k = 0; k < s.systemIds.length; k++) systemIds.add(s.systemIds[k]!)
    for (let k = 0; k < s.records.length; k++) {
      const id = s.records[k]!.systemId
      if (id !== undefined) systemIds.add(id)
    }
  }
  // Ids first, keys at the end: two ids can share a key when catalogues match by name.
  const systems = new Set<string>()
  for (const id of systemIds) systems.add(side.catalogue.system(id)!.key)
  return {
    steps: side.steps.length,
    decisions,
    waits,
    handoffs,
    manualRecords,
    duplicates,
    roles: roles.size,
    systems: systems.size,
    touchMinutes,
    waitMinutes,
    leadTimeMinutes: leadTimeMinutes(p),
  }
}

export function metricsDelta(before: Metrics, after: Metrics): Metrics {
  const delta = {} as Metrics
  for (const k of METRIC_KEYS) delta[k] = after[k] - before[k]
  return delta
}
