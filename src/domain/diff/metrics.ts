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
  const { facts } = p.side
  return {
    steps: p.side.steps.length,
    decisions: facts.decisions,
    waits: facts.waits,
    handoffs,
    manualRecords,
    duplicates,
    roles: facts.roles,
    systems: facts.systems,
    touchMinutes: facts.touchMinutes,
    waitMinutes: facts.waitMinutes,
    leadTimeMinutes: leadTimeMinutes(p),
  }
}

export function metricsDelta(before: Metrics, after: Metrics): Metrics {
  const delta = {} as Metrics
  for (const k of METRIC_KEYS) delta[k] = after[k] - before[k]
  return delta
}
