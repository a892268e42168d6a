import { useEffect, useMemo, useState, type ReactNode } from 'react'
import { useStore } from '../../store'
import { ActionButton } from '../actions/ActionButton'
import { ADD_LANE_EVENT } from '../actions/viewActions'
import { canvasOf } from './canvasRegistry'
import { OutlineView } from '../outline/OutlineView'
import { AddLaneDialog } from './AddLaneDialog'
import type { CanvasOverlay } from './overlay'
import { PaneContext, type PaneContextValue } from './paneContext'
import { RemoveLaneDialog } from './RemoveLaneDialog'
import { StateCanvas } from './StateCanvas'
import { SignOffChip } from '../review/SignOffChip'

export interface StatePaneProps {
  stateId: string
  overlay?: CanvasOverlay | undefined
  /** The pane's title, on one row with its tools. */
  heading?: ReactNode
  /** The state's numbers, in a strip under the title row. */
  metrics?: ReactNode
  /** Offer "Maximise" (there are other panes to make way). */
  canMaximise?: boolean
}

/** The content of one state's region: title and tools, metrics, and the canvas or the outline. */
export function StatePane({ stateId, overlay, heading, metrics, canMaximise = false }: StatePaneProps) {
  const view = useStore((s) => s.paneView[stateId] ?? 'canvas')
  const maximised = useStore((s) => s.maximisedState === stateId)
  const [removing, setRemoving] = useState<string | null>(null)
  const [addingLane, setAddingLane] = useState(false)

  const pane = useMemo<PaneContextValue>(
    () => ({
      stateId,
      requestRemoveLane(roleId) {
        const { project, dispatch } = useStore.getState()
        const state = project?.states.find((s) => s.id === stateId)
        if (state?.steps.some((s) => s.roleId === roleId)) setRemoving(roleId)
        else dispatch({ type: 'lane.remove', stateId, roleId })
      },
    }),
    [stateId],
  )
  useEffect(() => {
    const open = (e: Event) => (e as CustomEvent<string>).detail === stateId && setAddingLane(true)
    window.addEventListener(ADD_LANE_EVENT, open)
    return () => window.removeEventListener(ADD_LANE_EVENT, open)
  }, [stateId])
  /** Dialogs give the keyboard back to the canvas, so capture goes on where it was. */
  const closeDialog = () => {
    setRemoving(null)
    setAddingLane(false)
    requestAnimationFrame(() => canvasOf(stateId)?.focus())
  }
  const activate = () => {
    if (useStore.getState().activeStateId !== stateId) useStore.getState().setActiveState(stateId)
  }

  return (
    <PaneContext.Provider value={pane}>
      <div className="state-pane" onFocusCapture={activate} onPointerDownCapture={activate}>
        <div className="pane-head">
          {heading}
          <div className="pane-tools" role="toolbar" aria-label="State tools">
            <SignOffChip stateId={stateId} />
            <ActionButton id="step.add" stateId={stateId} icon="+" className="tool tool-primary" />
            <ActionButton id="lane.add" stateId={stateId} icon="☰" />
            <span className="tools-separator" aria-hidden="true" />
            <ActionButton id="view.tidy" stateId={stateId} icon="⇶" />
            {view === 'canvas' && <ActionButton id="view.fit" stateId={stateId} icon="⊡" />}
            <ActionButton id="view.outline" stateId={stateId} icon="≡" pressed={view === 'outline'} title="Show as outline" />
            {canMaximise && <ActionButton id="view.maximise" stateId={stateId} icon={maximised ? '⊟' : '⊞'} pressed={maximised} title={maximised ? 'Show all panes again' : 'Show this pane alone, as large as the room allows'} />}
          </div>
        </div>
        {metrics}
        {view === 'canvas' ? <StateCanvas stateId={stateId} {...(overlay ? { overlay } : {})} /> : <OutlineView stateId={stateId} />}
        {removing && <RemoveLaneDialog stateId={stateId} roleId={removing} onClose={closeDialog} />}
        {addingLane && <AddLaneDialog stateId={stateId} onClose={closeDialog} />}
      </div>
    </PaneContext.Provider>
  )
}
