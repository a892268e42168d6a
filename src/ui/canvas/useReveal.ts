import { useReactFlow, type Node } from '@xyflow/react'
import { LANE_HEADER_WIDTH } from '../../domain/model'
import { useEffect, type RefObject } from 'react'

const MARGIN = 48

/**
 * Keeps the step being worked on in view: when the keyboard selects a step or adds one beyond
 * the edge of the pane, the viewport glides just far enough to show it, along the axis it left
 * by, at the same zoom, so the rest of the map stays where the room's eyes are.
 */
export function useReveal(stepId: string | null, nodes: readonly Node[], container: RefObject<HTMLElement | null>): void {
  const rf = useReactFlow()
  const node = stepId ? nodes.find((n) => n.id === stepId) : undefined
  useEffect(() => {
    if (!node || !container.current) return
    const { x, y, zoom } = rf.getViewport()
    const box = container.current.getBoundingClientRect()
    const left = node.position.x * zoom + x
    const top = node.position.y * zoom + y
    const right = left + (node.width ?? 0) * zoom
    const bottom = top + (node.height ?? 0) * zoom
    // The lane names are pinned over the left edge: a step is only in view to their right.
    const leftEdge = LANE_HEADER_WIDTH * zoom + MARGIN / 2
    const dx = left < leftEdge ? leftEdge - left : right > box.width - MARGIN ? box.width - MARGIN - right : 0
    const dy = top < MARGIN ? MARGIN - top : bottom > box.height - MARGIN ? box.height - MARGIN - bottom : 0
    if (dx !== 0 || dy !== 0) void rf.setViewport({ x: x + dx, y: y + dy, zoom }, { duration: 200 })
    // Only when the step changes or moves, not on every render of the canvas.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stepId, node?.position])
}
