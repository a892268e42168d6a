// The one store: slices combined once, immer middleware applied once at the root.
import { create } from 'zustand'
import { immer } from 'zustand/middleware/immer'
import { createCompareSlice, type CompareSlice } from './compareSlice'
import { createProjectSlice, type ProjectChange, type ProjectSlice } from './projectSlice'
import { createUiSlice, type UiSlice } from './uiSlice'

export type { DispatchOptions, ProjectChange, ProjectSlice } from './projectSlice'
export type { SidePanelMode, UiSlice } from './uiSlice'
export type { CompareChoice, ComparePair, CompareResult, CompareSlice, PaneLayout } from './compareSlice'
export type AppState = ProjectSlice & UiSlice & CompareSlice

const listeners = new Set<(change: ProjectChange) => void>()

export function createAppStore() {
  return create<AppState>()(
    immer((set, get, api) => ({
      ...createProjectSlice(listeners)(set, get, api),
      ...createUiSlice(set, get, api),
      ...createCompareSlice(set, get, api),
    })),
  )
}

export const useStore = createAppStore()
const initial = useStore.getState()

/** Subscribe to every document change (commands, undo, redo, remote). Returns the unsubscribe. */
export function onProjectChange(listener: (change: ProjectChange) => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

/** For tests: back to an empty store with no listeners. */
export function resetStore(): void {
  listeners.clear()
  useStore.setState(initial, true)
}
