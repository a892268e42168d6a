import { useEffect, useState } from 'react'
import { useStore } from '../../store'
import { GuideButton } from '../guide/GuideButton'
import { ActionButton } from './ActionButton'
import './actions.css'
import { SHOW_SHORTCUTS_EVENT } from './helpActions'
import { describeEdit } from './historyActions'
import { ShortcutsDialog } from './ShortcutsDialog'
import { useGlobalShortcuts } from './useGlobalShortcuts'

/** Undo, redo and editor settings of the open project; also where app-wide keys are listened to. */
export function EditToolbar() {
  useGlobalShortcuts()
  const undoLabel = useStore((s) => s.past.at(-1)?.label)
  const redoLabel = useStore((s) => s.future.at(-1)?.label)
  const snap = useStore((s) => s.snapToGrid)
  const error = useStore((s) => s.error)
  const [help, setHelp] = useState(false)
  useEffect(() => {
    const show = () => setHelp(true)
    window.addEventListener(SHOW_SHORTCUTS_EVENT, show)
    return () => window.removeEventListener(SHOW_SHORTCUTS_EVENT, show)
  }, [])
  return (
    <div className="edit-toolbar" role="toolbar" aria-label="Edit">
      <ActionButton id="history.undo" icon="↶" {...(undoLabel ? { title: `Undo ${describeEdit(undoLabel)}` } : {})} />
      <ActionButton id="history.redo" icon="↷" {...(redoLabel ? { title: `Redo ${describeEdit(redoLabel)}` } : {})} />
      <span className="toolbar-separator" aria-hidden="true" />
      <label className="toggle" title="Steps snap to a 20 px grid while dragged">
        <input type="checkbox" checked={snap} onChange={(e) => useStore.getState().setSnapToGrid(e.target.checked)} />
        Snap to grid
      </label>
      <button type="button" className="tool" title="Keyboard shortcuts (?)" aria-keyshortcuts="?" onClick={() => setHelp(true)}>
        <span className="tool-icon" aria-hidden="true">
          ⌨
        </span>
        <span className="tool-label">Shortcuts</span>
      </button>
      <GuideButton />
      <span className="edit-error" role="status">
        {error}
      </span>
      {help && <ShortcutsDialog onClose={() => setHelp(false)} />}
    </div>
  )
}
