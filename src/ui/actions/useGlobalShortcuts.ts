import { useEffect } from 'react'
import { canvasOf } from '../canvas/canvasRegistry'
import { actionContext, handleShortcut, isTextField, shortcutAction } from './run'

/**
 * Undo, redo and other app-wide keys, wherever focus is — except in text fields, where the
 * field's own undo and editing keys apply. Canvas and outline keys are handled by those views;
 * a canvas key pressed while nothing has focus (the page itself) goes to the pane last worked in,
 * which takes the focus: Enter on a new project's empty page starts its first step.
 */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTextField(e.target)) return
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
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
