import { useCallback, useEffect, useRef, useState } from 'react'
import { PRESENT_EVENT } from './presentAction'

/**
 * Whether the project view is presenting, and how to stop. The editor stays as it was underneath
 * (panes, selection, each canvas's view): leaving shows it again and gives the keyboard back to
 * what had it when the presentation began.
 */
export function usePresentation(): { presenting: boolean; leave(): void } {
  const [presenting, setPresenting] = useState(false)
  const opener = useRef<HTMLElement | null>(null)
  useEffect(() => {
    const start = () => {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null
      setPresenting(true)
    }
    window.addEventListener(PRESENT_EVENT, start)
    return () => window.removeEventListener(PRESENT_EVENT, start)
  }, [])
  const leave = useCallback(() => {
    setPresenting(false)
    const back = opener.current
    opener.current = null
    // Once the editor is no longer inert, which is after React has rendered it so.
    requestAnimationFrame(() => back?.isConnected && back.focus({ preventScroll: true }))
  }, [])
  return { presenting, leave }
}
