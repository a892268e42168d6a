import type { StateCreator } from 'zustand'
import type { AppState } from './index'

/** How a state's pane shows it: the swimlane canvas or the outline (an editable list by lane). */
export type PaneView = 'canvas' | 'outline'

/** The step whose label is being typed; `seed` is the key that opened the editor ("typing starts editing"). */
export interface LabelEditing {
  stateId: string
  stepId: string
  mode: 'replace' | 'append'
  seed?: string
}

/**
 * The panel of step properties and catalogues beside the panes. 'auto' shows it while a step is
 * selected and folds it away otherwise, so the maps get the room; 'open' and 'closed' are the
 * user's own choice and hold until they choose again.
 */
export type SidePanelMode = 'auto' | 'open' | 'closed'

/** View state that is not part of the document: never saved in the project, never undone. */
export interface UiSlice {
  /** Selected step ids per state id. */
  selection: Record<string, string[]>
  select(stateId: string, stepIds: string[]): void
  clearSelection(): void
  /** The state whose pane the user last worked in: keyboard actions and the side panel follow it. */
  activeStateId: string | null
  setActiveState(stateId: string | null): void
  editing: LabelEditing | null
  setEditing(editing: LabelEditing | null): void
  paneView: Record<string, PaneView>
  setPaneView(stateId: string, view: PaneView): void
  snapToGrid: boolean
  setSnapToGrid(on: boolean): void
  sidePanel: SidePanelMode
  setSidePanel(mode: SidePanelMode): void
  /** A pane shown alone, with the room of all the panes (its state id), or null for all panes. */
  maximisedState: string | null
  setMaximisedState(stateId: string | null): void
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
  activeStateId: null,
  setActiveState(stateId) {
    set({ activeStateId: stateId })
  },
  editing: null,
  setEditing(editing) {
    set({ editing })
  },
  paneView: {},
  setPaneView(stateId, view) {
    set((s) => {
      s.paneView[stateId] = view
    })
  },
  snapToGrid: true,
  setSnapToGrid(on) {
    set({ snapToGrid: on })
  },
  sidePanel: 'auto',
  setSidePanel(mode) {
    set({ sidePanel: mode })
  },
  maximisedState: null,
  setMaximisedState(stateId) {
    set({ maximisedState: stateId })
  },
})
