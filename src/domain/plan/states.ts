// Which states a plan walks through: from, the transition states between, and to.
import type { Project, WorkflowState } from '../model/types'
import type { PlanStatePick } from './types'

export type StateChain = { ok: true; states: WorkflowState[] } | { ok: false; error: string }

/** The first current and the last future state: what a plan covers when nobody says otherwise. */
export function defaultPlanStates(project: Project): { from?: WorkflowState; to?: WorkflowState } {
  const from = project.states.find((s) => s.phase === 'current') ?? project.states[0]
  const futures = project.states.filter((s) => s.phase === 'future')
  const to = futures[futures.length - 1] ?? project.states[project.states.length - 1]
  return { from, to }
}

/** Finds a state by id, else by name (case and surrounding whitespace ignored). */
export function findState(project: Project, ref: string): WorkflowState | undefined {
  const byId = project.states.find((s) => s.id === ref)
  if (byId) return byId
  const name = ref.trim().toLowerCase()
  return project.states.find((s) => s.name.trim().toLowerCase() === name)
}

/**
 * The states of the plan in go-live order: [from, T1, …, Tn, to]. Each consecutive pair is one
 * phase, so a change that first appears in T1 belongs to T1's phase.
 */
export function planStateChain(project: Project, pick: PlanStatePick): StateChain {
  const byId = new Map(project.states.map((s) => [s.id, s]))
  const from = byId.get(pick.from)
  const to = byId.get(pick.to)
  if (!from) return { ok: false, error: `no state "${pick.from}" in the project` }
  if (!to) return { ok: false, error: `no state "${pick.to}" in the project` }
  if (from.id === to.id) return { ok: false, error: `a plan needs two different states ("${from.name}" twice)` }

  let via: WorkflowState[]
  if (pick.via) {
    via = []
    for (const id of pick.via) {
      const s = byId.get(id)
      if (!s) return { ok: false, error: `no state "${id}" in the project` }
      if (s.id !== from.id && s.id !== to.id) via.push(s)
    }
  } else if (from.phase === 'current' && to.phase === 'future') {
    via = project.states.filter((s) => s.phase === 'transition')
  } else {
    const a = project.states.indexOf(from)
    const b = project.states.indexOf(to)
    const between = project.states.slice(Math.min(a, b) + 1, Math.max(a, b)).filter((s) => s.phase === 'transition')
    via = a < b ? between : between.reverse()
  }
  return { ok: true, states: [from, ...via, to] }
}
