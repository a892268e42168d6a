import type { Patch } from 'immer'

/** One undo step: what changed (immer patches), not a copy of the project. */
export interface HistoryEntry {
  label: string
  patches: Patch[]
  inversePatches: Patch[]
  /** Consecutive edits with the same key within COALESCE_MS merge into one undo step (typing a label). */
  coalesceKey?: string
  at: number
}

export const HISTORY_LIMIT = 500
export const COALESCE_MS = 1500

/** Appends an entry, merging it into the previous one when both are part of one continuous edit. */
export function pushEntry(past: readonly HistoryEntry[], entry: HistoryEntry): HistoryEntry[] {
  const last = past[past.length - 1]
  if (last && entry.coalesceKey && last.coalesceKey === entry.coalesceKey && entry.at - last.at < COALESCE_MS) {
    const merged: HistoryEntry = {
      ...last,
      patches: [...last.patches, ...entry.patches],
      inversePatches: [...entry.inversePatches, ...last.inversePatches],
      at: entry.at,
    }
    return [...past.slice(0, -1), merged]
  }
  const next = [...past, entry]
  return next.length > HISTORY_LIMIT ? next.slice(next.length - HISTORY_LIMIT) : next
}
