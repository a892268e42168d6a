import { useStore, type AppState } from '../../store'

export const SIDE_PANEL_ID = 'side-panel'

/** A step selected in the pane last worked in: what the panel shows in 'auto'. */
const hasSelection = (s: AppState) => {
  const id = s.activeStateId ?? s.project?.states[0]?.id
  return id !== undefined && id !== null && (s.selection[id]?.length ?? 0) > 0
}

/** Whether the properties and catalogue panel is on screen now. */
export function sidePanelShown(s: AppState): boolean {
  return s.sidePanel === 'open' || (s.sidePanel === 'auto' && hasSelection(s))
}

export function useSidePanelShown(): boolean {
  return useStore(sidePanelShown)
}

/** Opens and closes the panel of step properties and catalogues (roles, systems, data items). */
export function SidePanelToggle({ shown }: { shown: boolean }) {
  return (
    <button
      type="button"
      className="quiet side-panel-toggle"
      aria-expanded={shown}
      aria-controls={shown ? SIDE_PANEL_ID : undefined}
      title={shown ? 'Close the panel of properties and catalogues' : 'Show the selected step’s properties and the catalogues of roles, systems and data items'}
      onClick={() => useStore.getState().setSidePanel(shown ? 'closed' : 'open')}
    >
      <span aria-hidden="true">☷</span> Properties &amp; catalogue
    </button>
  )
}
