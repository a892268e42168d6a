// The activity mapping of each state as the replay uses it: what the user confirmed; for a state
// nobody has mapped yet, the matcher's proposals (marked as such). An activity this state
// does not map, but an older state does, is the key to "reverting": it is the old way, still done.
import type { ActivityMap, Project } from '../model/types'
import type { OlderMapping } from './deviations'
import { proposeMapping, type EarlierConfirmation } from './propose'

export interface MappingEntry {
  activity: string
  stepId: string | null
  /** Confirmed by the user (stored in the project), or only proposed. */
  confirmed: boolean
  score?: number
  evidence?: string[]
}

export interface ResolvedMapping {
  stateId: string
  entries: MappingEntry[]
  /** Activity → step id, confirmed or proposed. */
  steps: Map<string, string>
}

/** `activities`: the log's activity names, most frequent first. One mapping per state, in the project's order. */
export function resolveMappings(project: Project, activities: readonly string[], stored: readonly ActivityMap[] = project.activityMaps ?? []): ResolvedMapping[] {
  const out: ResolvedMapping[] = []
  for (const state of project.states) {
    const confirmed = new Map<string, string | null>()
    const own = stored.find((m) => m.stateId === state.id)
    const stepIds = new Set(state.steps.map((s) => s.id))
    for (const a of own?.activities ?? []) if (a.stepId === null || stepIds.has(a.stepId)) confirmed.set(a.activity, a.stepId)
    const earlier = new Map<string, EarlierConfirmation>()
    for (let k = out.length - 1; k >= 0; k--) {
      const older = project.states[k]!
      for (const [activity, stepId] of out[k]!.steps) {
        const step = older.steps.find((s) => s.id === stepId)
        if (step && !earlier.has(activity)) earlier.set(activity, { step, stateName: older.name })
      }
    }
    const open = activities.filter((a) => !confirmed.has(a))
    const taken = new Set([...confirmed.values()].filter((id): id is string => id !== null))
    const proposals = proposeMapping(open, { ...state, steps: state.steps.filter((s) => !taken.has(s.id)) }, earlier)
    const entries: MappingEntry[] = []
    for (const a of activities) {
      if (confirmed.has(a)) entries.push({ activity: a, stepId: confirmed.get(a)!, confirmed: true })
    }
    // Activities confirmed once but absent from this log stay in the mapping the user sees.
    for (const [a, stepId] of confirmed) if (!activities.includes(a)) entries.push({ activity: a, stepId, confirmed: true })
    for (const p of proposals) entries.push({ activity: p.activity, stepId: p.stepId, confirmed: false, score: p.score, evidence: p.evidence })
    // Once the user has confirmed a state's mapping, only what they confirmed counts; proposals
    // stand in only for a state nobody has mapped yet, and say so.
    const steps = new Map<string, string>()
    for (const e of entries) if (e.stepId !== null && (e.confirmed || confirmed.size === 0)) steps.set(e.activity, e.stepId)
    out.push({ stateId: state.id, entries, steps })
  }
  return out
}

/** For state `index`: each activity it does not map, with the nearest older state that does. */
export function olderMappings(project: Project, mappings: readonly ResolvedMapping[], index: number): Map<string, OlderMapping> {
  const own = mappings[index]!.steps
  const out = new Map<string, OlderMapping>()
  for (let k = index - 1; k >= 0; k--) {
    const state = project.states[k]!
    for (const [activity, stepId] of mappings[k]!.steps) {
      if (own.has(activity) || out.has(activity)) continue
      const step = state.steps.find((s) => s.id === stepId)
      if (step) out.set(activity, { stateId: state.id, stepId, lineage: step.lineage })
    }
  }
  return out
}
