// Side by side or stacked, and keeping the maps whole when the panes change shape.
import { useEffect, useMemo, useRef, useSyncExternalStore } from 'react'
import type { WorkflowState } from '../../domain/model'
import { useStore, type PaneLayout } from '../../store'
import { canvasOf } from '../canvas/canvasRegistry'
import { autoLayout, columnsFit, mapSize } from './choice'
import { maxOf } from '../../domain/arrays'

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
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refit when the layout changes, not when the list of panes is a new array
  }, [key])
}

/**
 * Width taken beside the panes: the change list (open or folded) and the gaps. The properties
 * panel comes and goes with the selection, so it does not decide the layout.
 */
const SIDE_WIDTH = { open: 300 + 24, folded: 44 + 24 }
/** What folding the change list gives the panes. */
export const FOLD_GAIN = SIDE_WIDTH.open - SIDE_WIDTH.folded

const subscribeResize = (onChange: () => void) => {
  window.addEventListener('resize', onChange)
  return () => window.removeEventListener('resize', onChange)
}
const screenSize = () => `${window.innerWidth}x${window.innerHeight}`

/** The room the panes share on this screen, beside the change list (open or folded). */
export function usePaneRoom(): { width: number; height: number } {
  const size = useSyncExternalStore(subscribeResize, screenSize, () => '1600x900')
  const open = useStore((s) => s.changesOpen)
  const [w, h] = size.split('x').map(Number) as [number, number]
  return { width: w - (open ? SIDE_WIDTH.open : SIDE_WIDTH.folded), height: h }
}

/**
 * The chosen layout, or the one that shows these maps largest on this screen. Side by side is
 * kept only while each pane stays wide enough to use (see MIN_COLUMN_WIDTH): a smaller window
 * stacks the panes, and a larger one puts them side by side again.
 */
export function usePaneLayout(chosen: PaneLayout | undefined, panes: readonly WorkflowState[]): PaneLayout {
  const room = usePaneRoom()
  const roles = useStore((s) => s.project!.roles)
  const map = useMemo(() => {
    const sizes = panes.map((st) => mapSize(st, roles))
    return { width: Math.max(1, maxOf(sizes.map((m) => m.width))), height: Math.max(1, maxOf(sizes.map((m) => m.height))) }
  }, [panes, roles])
  if (chosen === 'columns' && !columnsFit(room.width, panes.length)) return 'rows'
  if (chosen) return chosen
  return autoLayout(room, panes.length, map)
}
