import type { StateCreator } from 'zustand'
import type { AppState } from './index'

/** View state that is not part of the document: never saved in the project, never undone. */
export interface UiSlice {
  /** Selected step ids per state id. */
  selection: Record<string, string[]>
  select(stateId: string, stepIds: string[]): void
  clearSelection(): void
}

export const createUiSlice: StateCreator<AppState, [['zustand/immer', never]], [], UiSlice> = (set) => ({
  selection: {},
  select(stateId, stepIds) {
    set((s) => {
      s.selection[stateId] = stepIds
    })
  },
  clearSelection() {
    set({ selection: {} })
  },
})
