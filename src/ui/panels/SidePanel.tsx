import { useStore } from '../../store'
import { CatalogueEditor } from './CatalogueEditor'
import './panels.css'
import { StepProperties } from './StepProperties'
import { moveToLane, removeSteps } from '../actions/edits'
import type { Role } from '../../domain/model'
import { SIDE_PANEL_ID } from './SidePanelToggle'

const NO_ROLES: readonly Role[] = []

/** Closed from its own button, the panel hands the keyboard back to its toggle rather than to the page. */
function closePanel(): void {
  useStore.getState().setSidePanel('closed')
  requestAnimationFrame(() => document.querySelector<HTMLElement>('.side-panel-toggle')?.focus())
}

/**
 * The panel beside the panes: properties of the selected step, and the project's catalogues.
 * ProjectView shows it while a step is selected or when it is asked for (see SidePanelToggle).
 */
export function SidePanel() {
  const stateId = useStore((s) => s.activeStateId ?? s.project?.states[0]?.id ?? null)
  const state = useStore((s) => s.project?.states.find((x) => x.id === stateId))
  const selection = useStore((s) => (stateId ? s.selection[stateId] : undefined))
  const roles = useStore((s) => s.project?.roles ?? NO_ROLES)
  const chosen = (selection ?? []).map((id) => state?.steps.find((s) => s.id === id)).filter((s) => s !== undefined)

  return (
    <aside className="side-panel" id={SIDE_PANEL_ID} aria-label="Properties">
      <button type="button" className="side-close" title="Close the panel" aria-label="Close the properties panel" onClick={closePanel}>
        ×
      </button>
      <h2 className="side-title">
        {chosen.length === 1 ? 'Step' : chosen.length > 1 ? `${chosen.length} steps selected` : 'Properties'}
        {state && chosen.length > 0 && <span className="side-subtitle"> · {state.name}</span>}
      </h2>
      {state && chosen.length === 1 && <StepProperties state={state} step={chosen[0]!} />}
      {state && chosen.length > 1 && (
        <div className="properties">
          <div className="field">
            <label htmlFor="bulk-role">Move all to lane</label>
            <select id="bulk-role" value="" onChange={(e) => e.target.value && moveToLane(state.id, chosen.map((s) => s.id), e.target.value)}>
              <option value="">Choose a lane…</option>
              {state.lanes.map((id) => (
                <option key={id} value={id}>
                  {roles.find((r) => r.id === id)?.name ?? id}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="danger" onClick={() => removeSteps(state.id, chosen.map((s) => s.id))}>
            Delete {chosen.length} steps
          </button>
        </div>
      )}
      {chosen.length === 0 && <p className="hint side-hint">Select a step to see and edit its role, systems, documentation and times.</p>}
      <h2 className="side-title">Catalogue</h2>
      <CatalogueEditor />
    </aside>
  )
}
