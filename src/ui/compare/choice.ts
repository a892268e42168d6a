// Which states are on screen and which two are compared. The stored choice may name states that
// were deleted since, or be missing: these functions always give something sensible to show.
import type { WorkflowState } from '../../domain/model'
import type { CompareChoice, ComparePair, PaneLayout } from '../../store'

export const MAX_PANES = 3

export interface ResolvedChoice {
  /** State ids in panes, in the project's order. */
  panes: string[]
  /** Null when the project has fewer than two states. */
  pair: ComparePair | null
  /** Unset: follow the width of the screen (see `autoLayout`). */
  layout: PaneLayout | undefined
}

/** Current → future by default: the change the project is about. */
export function defaultPair(states: readonly WorkflowState[]): ComparePair | null {
  if (states.length < 2) return null
  const before = states.find((s) => s.phase === 'current') ?? states[0]!
  const after = [...states].reverse().find((s) => s.phase === 'future' && s !== before) ?? [...states].reverse().find((s) => s !== before)!
  return { before: before.id, after: after.id }
}

/** Every state when there are three or fewer; else the first current, the first transition and the last future. */
export function defaultPanes(states: readonly WorkflowState[]): string[] {
  if (states.length <= MAX_PANES) return states.map((s) => s.id)
  const picks = new Set<string>()
  const first = (phase: WorkflowState['phase']) => states.find((s) => s.phase === phase)
  const last = (phase: WorkflowState['phase']) => [...states].reverse().find((s) => s.phase === phase)
  for (const s of [first('current'), first('transition'), last('future')]) if (s) picks.add(s.id)
  for (const s of states) if (picks.size < MAX_PANES) picks.add(s.id)
  return inOrder(states, picks)
}

export function resolveChoice(states: readonly WorkflowState[], stored: CompareChoice | undefined): ResolvedChoice {
  const exists = new Set(states.map((s) => s.id))
  const storedPair = stored?.pair
  const pair =
    storedPair && storedPair.before !== storedPair.after && exists.has(storedPair.before) && exists.has(storedPair.after) ? storedPair : defaultPair(states)
  const kept = (stored?.panes ?? []).filter((id) => exists.has(id))
  const enough = Math.min(2, states.length)
  const panes = kept.length >= enough ? inOrder(states, new Set(kept.slice(0, MAX_PANES))) : defaultPanes(states)
  return { panes, pair, layout: stored?.layout }
}

/**
 * The panes after choosing a new pair: both compared states are shown, and the panes already
 * open stay, in the project's order, while there is room.
 */
export function panesShowing(states: readonly WorkflowState[], panes: readonly string[], pair: ComparePair): string[] {
  const keep = new Set([pair.before, pair.after])
  for (const id of panes) if (keep.size < MAX_PANES) keep.add(id)
  return inOrder(states, keep)
}

/** Toggles a state's pane, within 2..3 panes (1 when the project has a single state). */
export function togglePane(states: readonly WorkflowState[], panes: readonly string[], stateId: string): string[] {
  const shown = new Set(panes)
  if (shown.has(stateId)) {
    if (shown.size <= Math.min(2, states.length)) return [...panes]
    shown.delete(stateId)
  } else {
    if (shown.size >= MAX_PANES) return [...panes]
    shown.add(stateId)
  }
  return inOrder(states, shown)
}

function inOrder(states: readonly WorkflowState[], ids: ReadonlySet<string>): string[] {
  return states.filter((s) => ids.has(s.id)).map((s) => s.id)
}

/** Narrower than this, a swimlane map in a column shows too little: the panes stack as rows instead. */
export const MIN_COLUMN_WIDTH = 520

/** Columns when every pane gets at least MIN_COLUMN_WIDTH of the width left beside the side columns. */
export function autoLayout(panesWidth: number, paneCount: number): PaneLayout {
  return paneCount > 0 && panesWidth / paneCount >= MIN_COLUMN_WIDTH ? 'columns' : 'rows'
}
