import type { Node } from '@xyflow/react'
import { useEffect } from 'react'
import { nodeExtent, type MapRect } from './viewportFit'

/**
 * Keeps the step being worked on in view: when the keyboard selects a step or adds one beyond
 * the edge of the pane, the viewport glides just far enough to show it (`follow`, from
 * useViewport). A step picked elsewhere (the change list) is centred through the canvas registry
 * instead.
 */
export function useReveal(stepId: string | null, nodes: readonly Node[], follow: (target: MapRect) => void): void {
  const node = stepId ? nodes.find((n) => n.id === stepId) : undefined
  useEffect(() => {
    if (node) follow(nodeExtent(node))
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the step changes or moves, not on every render of the canvas
  }, [stepId, node?.position])
}
