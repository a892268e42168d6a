import { useMemo } from 'react'
import { useStore, type PaneLayout } from '../../store'
import { useCompareChoice } from './useCompare'
import { columnsFit, MIN_COLUMN_WIDTH } from './choice'
import { FOLD_GAIN, usePaneLayout, usePaneRoom } from './usePaneLayout'

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
  const room = usePaneRoom()
  const changesOpen = useStore((s) => s.changesOpen)
  // Too narrow panes are not offered: say what would make room instead.
  const tooNarrow = !columnsFit(room.width, panes.length)
  const remedies = ['widen the window', panes.length > 2 && 'show two states', changesOpen && columnsFit(room.width + FOLD_GAIN, panes.length) && 'fold the change list'].filter(Boolean)
  const why = `Side by side needs about ${MIN_COLUMN_WIDTH} px per pane: ${remedies.slice(0, -1).join(', ')}${remedies.length > 1 ? ' or ' : ''}${remedies.at(-1)}`
  return (
    <div className="layout-toggle" role="group" aria-label="Pane layout">
      {LAYOUTS.map((l) => (
        <button
          key={l.layout}
          type="button"
          className="quiet"
          aria-pressed={shown === l.layout}
          title={l.layout === 'columns' && tooNarrow ? why : l.label}
          disabled={l.layout === 'columns' && tooNarrow}
          onClick={() => useStore.getState().setPaneLayout(projectId, l.layout)}
        >
          <span aria-hidden="true">{l.icon}</span> <span className="layout-label">{l.label}</span>
        </button>
      ))}
    </div>
  )
}
