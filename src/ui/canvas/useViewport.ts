import { getViewportForBounds, useReactFlow } from '@xyflow/react'
import { useCallback, useEffect, useRef, type RefObject } from 'react'
import { registerCanvas } from './canvasRegistry'

/** A large map: past this many steps only what is on screen is rendered, and the map opens at its start. */
export const LARGE = 200
/** ...at this zoom, where labels can still be read. */
const START_ZOOM = 0.5

type Rect = { x: number; y: number; width: number; height: number }

/**
 * Where the canvas looks: its first view, "zoom to fit" (registered for the actions), and the
 * first lane of a state that started empty. Returns the first-view handler for React Flow's onInit.
 */
export function useViewport(stateId: string, wrapper: RefObject<HTMLDivElement | null>, content: Rect | undefined, stepCount: number, nodeCount: number): () => void {
  const rf = useReactFlow()
  const latest = useRef({ content, stepCount })
  latest.current = { content, stepCount }

  /** Fits the lane headers and the steps (the lanes' empty tail does not count), never above 110 %. */
  const fitContent = useCallback(
    (duration: number) => {
      const box = wrapper.current?.getBoundingClientRect()
      const c = latest.current.content
      if (!box || !c || c.height === 0) return
      void rf.setViewport(getViewportForBounds(c, box.width, box.height, 0.05, 1.1, 0.06), { duration })
    },
    [rf, wrapper],
  )

  /** The whole state, unless it is large: then its start (the left); Zoom to fit shows all of it. */
  const firstView = useCallback(() => {
    const box = wrapper.current?.getBoundingClientRect()
    const c = latest.current.content
    if (!box || !c || c.height === 0) return
    const fit = getViewportForBounds(c, box.width, box.height, 0.05, 1.1, 0.06)
    if (latest.current.stepCount <= LARGE || fit.zoom >= START_ZOOM) return void rf.setViewport(fit)
    const zoom = START_ZOOM
    void rf.setViewport({ x: 16 - c.x * zoom, y: Math.max(16, (box.height - c.height * zoom) / 2) - c.y * zoom, zoom })
  }, [rf, wrapper])

  useEffect(
    () =>
      registerCanvas(stateId, {
        fitView: () => fitContent(250),
        focus: () => wrapper.current?.focus({ preventScroll: true }),
      }),
    [stateId, fitContent, wrapper],
  )

  // A state that starts empty has nothing to fit: when its first lane appears, show it from the top left at full size.
  const startedEmpty = useRef(nodeCount === 0)
  useEffect(() => {
    if (startedEmpty.current && nodeCount > 0) {
      startedEmpty.current = false
      void rf.setViewport({ x: 16, y: 16, zoom: 1 })
    }
  }, [nodeCount, rf])

  return firstView
}
