// Which states are on screen and which two are compared. The stored choice may name states that
// were deleted since, or be missing: these functions always give something sensible to show.
import { LANE_HEADER_WIDTH, laneBands, stepSize, type Role, type WorkflowState } from '../../domain/model'
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

/**
 * The panes once a state is derived: the new state joins the compared pair on screen; a pane
 * that has to make room for it is never "before" or "after" (the comparison stays in view), it
 * is the other one. `hidden` names the panes that went.
 */
export function panesAfterDerive(states: readonly WorkflowState[], panes: readonly string[], pair: ComparePair, derived: string): { panes: string[]; hidden: string[] } {
  const keep = new Set([pair.before, pair.after, derived])
  for (const id of panes) if (keep.size < MAX_PANES) keep.add(id)
  const next = inOrder(states, keep)
  return { panes: next, hidden: panes.filter((id) => !keep.has(id)) }
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

/** A map's drawn size: lane header plus the rightmost step, and the lanes' total height. */
export interface MapSize {
  width: number
  height: number
}

export function mapSize(state: WorkflowState, roles: readonly Role[]): MapSize {
  const bands = laneBands(state, roles)
  const height = bands.reduce((h, b) => Math.max(h, b.top + b.height), 0)
  const right = state.steps.reduce((r, s) => Math.max(r, s.position.x + stepSize(s.kind).width), 0)
  return { width: LANE_HEADER_WIDTH + right, height: Math.max(height, 1) }
}

/**
 * Room the compare view leaves around the maps: the header and view bar, a pane's title row and
 * metrics strip (a few lines in a narrow column, one in a wide row), and the lane names pinned
 * over a map's left edge.
 */
const CHROME = { top: 110, columnPane: 100, rowPane: 64, laneNames: 150 }

/**
 * Side by side, a pane narrower than this is not usable: the lane names and one step fill it.
 * Panes that would be narrower are stacked instead (and side by side is not offered).
 */
export const MIN_COLUMN_WIDTH = 420

/** Whether `paneCount` panes fit side by side in `width` pixels, each at least MIN_COLUMN_WIDTH wide. */
export function columnsFit(width: number, paneCount: number): boolean {
  return paneCount <= 1 || width / paneCount >= MIN_COLUMN_WIDTH
}

/**
 * Side by side or stacked: whichever shows the maps larger. Swimlane maps are usually wide, so
 * they stack on most screens and stand side by side on very wide ones, or when they are tall.
 */
export function autoLayout(screen: { width: number; height: number }, paneCount: number, map: MapSize): PaneLayout {
  if (paneCount <= 1) return 'columns'
  if (!columnsFit(screen.width, paneCount)) return 'rows'
  const fit = (w: number, h: number) => Math.min(Math.max(w, 1) / map.width, Math.max(h, 1) / map.height)
  const maps = screen.height - CHROME.top
  const columns = fit(screen.width / paneCount - CHROME.laneNames, maps - CHROME.columnPane)
  const rows = fit(screen.width - CHROME.laneNames, maps / paneCount - CHROME.rowPane)
  return columns >= rows ? 'columns' : 'rows'
}
