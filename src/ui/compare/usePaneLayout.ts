// Side by side or stacked, and keeping the maps whole when the panes change shape.
import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react'
import type { WorkflowState } from '../../domain/model'
import { useStore, type PaneLayout } from '../../store'
import { canvasOf } from '../canvas/canvasRegistry'
import { autoLayout, mapSize } from './choice'

/**
 * Panes that change shape (side by side ↔ stacked, a pane shown or hidden) start again from their
 * first view, even one the user had panned; the first layout is left to the canvas, which fits
 * itself when it opens.
 */
export function useRefitOnLayout(key: string, stateIds: readonly string[]): void {
  const prior = useRef(key)
  useEffect(() => {
    if (prior.current === key) return
    prior.current = key
    // After the browser has laid the panes out at their new size.
    const frame = requestAnimationFrame(() => stateIds.forEach((id) => canvasOf(id)?.refit()))
    return () => cancelAnimationFrame(frame)
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key])
}

/**
 * Width taken beside the panes: the change list (open or folded) and the gaps. The properties
 * panel comes and goes with the selection, so it does not decide the layout.
 */
const SIDE_WIDTH = { open: 300 + 24, folded: 44 + 24 }

const subscribeResize = (onChange: () => void) => {
  window.addEventListener('resize', onChange)
  return () => window.removeEventListener('resize', onChange)
}
const screenSize = () => `${window.innerWidth}x${window.innerHeight}`

/** The chosen layout, or the one that shows these maps largest on this screen. */
export function usePaneLayout(chosen: PaneLayout | undefined, panes: readonly WorkflowState[]): PaneLayout {
  const size = useSyncExternalStore(subscribeResize, screenSize, () => '1600x900')
  const open = useStore((s) => s.changesOpen)
  const roles = useStore((s) => s.project!.roles)
  const map = useMemo(() => {
    const sizes = panes.map((st) => mapSize(st, roles))
    return { width: Math.max(1, ...sizes.map((m) => m.width)), height: Math.max(1, ...sizes.map((m) => m.height)) }
  }, [panes, roles])
  if (chosen) return chosen
  const [w, h] = size.split('x').map(Number) as [number, number]
  return autoLayout({ width: w - (open ? SIDE_WIDTH.open : SIDE_WIDTH.folded), height: h }, panes.length, map)
}

