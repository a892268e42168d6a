import { useMemo } from 'react'
import { useStore, type PaneLayout } from '../../store'
import { useCompareChoice } from './useCompare'
import { usePaneLayout } from './usePaneLayout'

const LAYOUTS: readonly { layout: PaneLayout; label: string; icon: string }[] = [
  { layout: 'columns', label: 'Side by side', icon: '▥' },
  { layout: 'rows', label: 'Stacked', icon: '▤' },
]

/** Panes side by side (columns) or stacked (rows); by default, whichever shows the maps larger. */
export function LayoutToggle() {
  const { projectId, panes, layout } = useCompareChoice()
  const states = useStore((s) => s.project!.states)
  const shownStates = useMemo(() => states.filter((st) => panes.includes(st.id)), [states, panes])
  const shown = usePaneLayout(layout, shownStates)
  return (
    <div className="layout-toggle" role="group" aria-label="Pane layout">
      {LAYOUTS.map((l) => (
        <button
          key={l.layout}
          type="button"
          className="quiet"
          aria-pressed={shown === l.layout}
          title={l.label}
          onClick={() => useStore.getState().setPaneLayout(projectId, l.layout)}
        >
          <span aria-hidden="true">{l.icon}</span> <span className="layout-label">{l.label}</span>
        </button>
      ))}
    </div>
  )
}
