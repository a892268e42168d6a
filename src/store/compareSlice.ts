import type { StateCreator } from 'zustand'
import type { DiffResult } from '../domain/diff'
import type { AppState } from './index'

/** Which two states are compared: "before" and "after", by state id. */
export interface ComparePair {
  before: string
  after: string
}

/** What one project shows: the states in panes (2 or 3) and the compared pair. Unset parts fall back to defaults. */
export interface CompareChoice {
  panes?: string[]
  pair?: ComparePair
  /** Panes as columns (side by side) or rows (stacked); unset follows the width of the screen. */
  layout?: PaneLayout
}

export type PaneLayout = 'columns' | 'rows'

/**
 * The latest diffs, for the panes on screen: `pair` is before → after; `others` holds, for a
 * third pane, "before" against that state (its metrics delta and its duplicate documentation).
 */
export interface CompareResult {
  projectId: string
  pair: DiffResult
  others: Record<string, DiffResult>
}

/**
 * Side-by-side comparison: view state, never part of the document and never undone. The choice
 * of panes and pair is remembered per project in this browser (localStorage), so a facilitator
 * who set up "transition → future" finds it again after a reload.
 */
export interface CompareSlice {
  compareChoice: Record<string, CompareChoice>
  setComparePanes(projectId: string, stateIds: string[]): void
  setComparePair(projectId: string, pair: ComparePair): void
  setPaneLayout(projectId: string, layout: PaneLayout): void
  /** The change list beside the panes, or folded to a narrow rail to give the maps room. */
  changesOpen: boolean
  setChangesOpen(open: boolean): void
  compareResult: CompareResult | null
  setCompareResult(result: CompareResult | null): void
  /** The change list item picked last (`diffId`), highlighted in the list. */
  focusedChange: string | null
  setFocusedChange(diffId: string | null): void
}

const KEY = 'flowstate.compare.'
const CHANGES_OPEN_KEY = 'flowstate.changesOpen'

export const createCompareSlice: StateCreator<AppState, [['zustand/immer', never]], [], CompareSlice> = (set, get) => {
  const update = (projectId: string, patch: CompareChoice) => {
    const next = { ...(get().compareChoice[projectId] ?? readStoredChoice(projectId)), ...patch }
    writeStoredChoice(projectId, next)
    set((s) => {
      s.compareChoice[projectId] = next
    })
  }
  return {
    compareChoice: {},
    setComparePanes(projectId, stateIds) {
      update(projectId, { panes: [...stateIds] })
    },
    setComparePair(projectId, pair) {
      update(projectId, { pair: { ...pair } })
    },
    setPaneLayout(projectId, layout) {
      update(projectId, { layout })
    },
    changesOpen: readFlag(CHANGES_OPEN_KEY, true),
    setChangesOpen(open) {
      writeFlag(CHANGES_OPEN_KEY, open)
      set({ changesOpen: open })
    },
    compareResult: null,
    // Frozen at the top so immer, finalizing a later edit of the store, skips it instead of
    // walking (and deep-freezing) a 50,000-step diff.
    setCompareResult(result) {
      set({ compareResult: result && Object.freeze(result) })
    },
    focusedChange: null,
    setFocusedChange(diffId) {
      set({ focusedChange: diffId })
    },
  }
}

/** The choice saved for a project in this browser, or an empty one (private mode, first visit, bad data). */
export function readStoredChoice(projectId: string): CompareChoice {
  try {
    const raw = globalThis.localStorage?.getItem(KEY + projectId)
    if (!raw) return {}
    const v = JSON.parse(raw) as CompareChoice
    const choice: CompareChoice = {}
    if (Array.isArray(v.panes) && v.panes.every((x) => typeof x === 'string')) choice.panes = v.panes
    if (v.pair && typeof v.pair.before === 'string' && typeof v.pair.after === 'string') choice.pair = { before: v.pair.before, after: v.pair.after }
    if (v.layout === 'columns' || v.layout === 'rows') choice.layout = v.layout
    return choice
  } catch {
    return {}
  }
}

function writeStoredChoice(projectId: string, choice: CompareChoice): void {
  try {
    globalThis.localStorage?.setItem(KEY + projectId, JSON.stringify(choice))
  } catch {
    // Storage full or refused: the choice still holds for this session.
  }
}

function readFlag(key: string, fallback: boolean): boolean {
  try {
    const raw = globalThis.localStorage?.getItem(key)
    return raw === null || raw === undefined ? fallback : raw === 'true'
  } catch {
    return fallback
  }
}

function writeFlag(key: string, value: boolean): void {
  try {
    globalThis.localStorage?.setItem(key, String(value))
  } catch {
    // Refused: the flag still holds for this session.
  }
}
