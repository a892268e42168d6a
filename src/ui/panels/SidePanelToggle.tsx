import { useStore, type AppState } from '../../store'

export const SIDE_PANEL_ID = 'side-panel'
/** Where the keyboard lands in the panel when it is opened from its toggle: past its close button. */
const PANEL_START = 'input, select, textarea, button:not(.side-close)'

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
      onClick={() => {
        useStore.getState().setSidePanel(shown ? 'closed' : 'open')
        // The panel comes after the panes in the page: the keyboard is taken to it, not left dozens of Tabs away.
        if (!shown) requestAnimationFrame(() => document.getElementById(SIDE_PANEL_ID)?.querySelector<HTMLElement>(PANEL_START)?.focus())
      }}
    >
      <span aria-hidden="true">☷</span> Properties &amp; catalogue
    </button>
  )
}
