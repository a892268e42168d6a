import { useEffect } from 'react'
import { canvasOf } from '../canvas/canvasRegistry'
import { fieldOwnsUndo, fieldUndoHandedToApp, watchFieldTyping } from './fieldUndo'
import { actionContext, handleShortcut, isTextField, shortcutAction } from './run'

/**
 * Undo, redo and other app-wide keys, wherever focus is — except in text fields, where the
 * field's own editing keys apply, and its own undo while it holds typing of its own (fieldUndo.ts). Canvas and outline keys are handled by those views;
 * a canvas key pressed while nothing has focus (the page itself) goes to the pane last worked in,
 * which takes the focus: Enter on a new project's empty page starts its first step.
 */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented) return
      if (isTextField(e.target)) {
        // Undo and redo reach the app from a field with no typing of its own (see fieldUndo.ts)
        const found = shortcutAction(e, 'app')
        const id = found?.action.id
        if ((id !== 'history.undo' && id !== 'history.redo') || fieldOwnsUndo(e.target as HTMLElement, id === 'history.redo')) return
        e.preventDefault()
        fieldUndoHandedToApp(e.target!)
        found!.action.perform(found!.ctx)
        return
      }
      if (e.target === document.body || e.target === document.documentElement) {
        const { stateId } = actionContext('canvas')
        const canvas = canvasOf(stateId)
        const found = canvas ? shortcutAction(e, 'canvas', stateId) : null
        if (canvas && found) {
          e.preventDefault()
          // Focus first: an action that opens the label editor hands the keyboard on from there.
          canvas.focus()
          found.action.perform(found.ctx)
          return
        }
      }
      handleShortcut(e, 'app')
    }
    window.addEventListener('keydown', onKey)
    const stopWatching = watchFieldTyping(document)
    return () => {
      window.removeEventListener('keydown', onKey)
      stopWatching()
    }
  }, [])
}
