import { useEffect, useRef, type RefObject } from 'react'
import { moveForKey, type Move } from './stepping'

/**
 * The presentation owns the keyboard while it is on: stepping keys step, Escape leaves, and no key
 * reaches the editor underneath (no undo, no new step while the room watches). Enter and Space on
 * a focused button still press it. The stage asks for full screen; when the browser refuses, it
 * fills the window, and when the browser leaves full screen (its own Escape), the presentation ends.
 */
export function useStage(root: RefObject<HTMLElement | null>, onMove: (move: Exclude<Move, 'leave'>) => void, onLeave: () => void): void {
  const latest = useRef({ onMove, onLeave })
  latest.current = { onMove, onLeave }

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      e.stopPropagation()
      const move = moveForKey(e)
      if (!move) return
      if (e.target instanceof HTMLButtonElement && (e.key === ' ' || e.key === 'Enter')) return
      e.preventDefault()
      if (move === 'leave') latest.current.onLeave()
      else latest.current.onMove(move)
    }
    window.addEventListener('keydown', onKey, true)
    return () => window.removeEventListener('keydown', onKey, true)
  }, [])

  useEffect(() => {
    const el = root.current
    if (!el) return
    el.focus({ preventScroll: true })
    let entered = false
    const onChange = () => {
      if (document.fullscreenElement === el) entered = true
      else if (entered) {
        entered = false
        latest.current.onLeave()
      }
    }
    document.addEventListener('fullscreenchange', onChange)
    // Refused (no permission, an embedding page): the stage already covers the window.
    el.requestFullscreen?.({ navigationUI: 'hide' })?.catch(() => {})
    return () => {
      document.removeEventListener('fullscreenchange', onChange)
      if (document.fullscreenElement === el) document.exitFullscreen().catch(() => {})
    }
  }, [root])
}
