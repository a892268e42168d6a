import { useEffect } from 'react'
import { handleShortcut, isTextField } from './run'

/**
 * Undo, redo and other app-wide keys, wherever focus is — except in text fields, where the
 * field's own undo and editing keys apply. Canvas and outline keys are handled by those views.
 */
export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || isTextField(e.target)) return
      handleShortcut(e, 'app')
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])
}
