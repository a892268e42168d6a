import { useReactFlow } from '@xyflow/react'
import { useEffect, type RefObject } from 'react'
import type { Node } from '@xyflow/react'

/**
 * Keeps the step being worked on in view: when the keyboard selects a step or adds one beyond
 * the edge of the pane, the viewport glides to it (without changing the zoom).
 */
export function useReveal(stepId: string | null, nodes: readonly Node[], container: RefObject<HTMLElement | null>): void {
  const rf = useReactFlow()
  useEffect(() => {
    if (!stepId || !container.current) return
    const node = nodes.find((n) => n.id === stepId)
    if (!node) return
    const { x, y, zoom } = rf.getViewport()
    const box = container.current.getBoundingClientRect()
    const w = (node.width ?? 0) * zoom
    const h = (node.height ?? 0) * zoom
    const left = node.position.x * zoom + x
    const top = node.position.y * zoom + y
    const margin = 48
    if (left >= margin && top >= margin && left + w <= box.width - margin && top + h <= box.height - margin) return
    void rf.setCenter(node.position.x + (node.width ?? 0) / 2, node.position.y + (node.height ?? 0) / 2, { zoom, duration: 200 })
    // Only when the step changes or moves, not on every render of the canvas.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stepId, nodes.find((n) => n.id === stepId)?.position])
}
