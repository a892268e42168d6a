// Which states a diff image shows when nobody says: what the app opens with.
import type { Project, WorkflowState } from '../../domain/model/types'

export const MAX_PANES = 3

export interface CompareView {
  /** State ids in the panes, left to right (or top to bottom); the pair's states are always shown. */
  panes: readonly string[]
  before: string
  after: string
}

/**
 * The first current state against the last future state (else the first against the last), in
 * panes with every state when there are three or fewer, else with the first transition state
 * between. Null for a project with fewer than two states.
 */
export function defaultCompareView(project: Project): CompareView | null {
  const states = project.states
  if (states.length < 2) return null
  const before = states.find((s) => s.phase === 'current') ?? states[0]!
  const after = [...states].reverse().find((s) => s.phase === 'future' && s !== before) ?? [...states].reverse().find((s) => s !== before)!
  return { panes: panesFor(states, before.id, after.id), before: before.id, after: after.id }
}

/** The pair, with the first transition state between them as a third pane when there is one. */
export function panesFor(states: readonly WorkflowState[], before: string, after: string): string[] {
  if (states.length <= MAX_PANES) return states.map((s) => s.id)
  const chosen = new Set([before, after])
  const from = states.findIndex((s) => s.id === before)
  const to = states.findIndex((s) => s.id === after)
  const between = states.slice(Math.min(from, to) + 1, Math.max(from, to)).find((s) => s.phase === 'transition')
  if (between) chosen.add(between.id)
  return states.filter((s) => chosen.has(s.id)).map((s) => s.id)
}
