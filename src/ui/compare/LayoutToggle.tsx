import { useStore, type PaneLayout } from '../../store'
import { useCompareChoice, usePaneLayout } from './useCompare'

const LAYOUTS: readonly { layout: PaneLayout; label: string; icon: string }[] = [
  { layout: 'columns', label: 'Side by side', icon: '▥' },
  { layout: 'rows', label: 'Stacked', icon: '▤' },
]

/** Panes side by side (columns) or stacked (rows, wider maps); by default the screen's width decides. */
export function LayoutToggle() {
  const { projectId, panes, layout } = useCompareChoice()
  const shown = usePaneLayout(layout, panes.length)
  return (
    <div className="layout-toggle" role="group" aria-label="Pane layout">
      {LAYOUTS.map((l) => (
        <button
          key={l.layout}
          type="button"
          className="quiet"
          aria-pressed={shown === l.layout}
          onClick={() => useStore.getState().setPaneLayout(projectId, l.layout)}
        >
          <span aria-hidden="true">{l.icon}</span> {l.label}
        </button>
      ))}
    </div>
  )
}
