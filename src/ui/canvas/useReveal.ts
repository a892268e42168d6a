import { useReactFlow, type Node } from '@xyflow/react'
import { useEffect, type RefObject } from 'react'
import { drawnExtent, followInto, stepKindOf } from './viewportFit'

/**
 * Keeps the step being worked on in view: when the keyboard selects a step or adds one beyond
 * the edge of the pane, the viewport glides just far enough to show it (see followInto). A step
 * picked elsewhere (the change list) is centred through the canvas registry instead.
 * Moves glide linearly: d3's default "fly" dips the zoom mid-way, and a follow that starts while
 * the last one is still gliding (fast typing) would keep that dip, shrinking the map step by step.
 */
export function useReveal(stepId: string | null, nodes: readonly Node[], container: RefObject<HTMLElement | null>, followed: () => void): void {
  const rf = useReactFlow()
  const node = stepId ? nodes.find((n) => n.id === stepId) : undefined
  useEffect(() => {
    const el = container.current
    if (!node || !el || el.clientWidth === 0) return
    const target = drawnExtent({ x: node.position.x, y: node.position.y, width: node.width ?? 0, height: node.height ?? 0 }, stepKindOf(node))
    const view = followInto(target, { width: el.clientWidth, height: el.clientHeight }, rf.getViewport())
    if (!view) return
    // The view left the fitted one to follow the keyboard: a resize must not send it back to the
    // map's start (see useViewport), away from the step being typed.
    followed()
    void rf.setViewport(view, { duration: 200, interpolate: 'linear' })
    // Only when the step changes or moves, not on every render of the canvas.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [stepId, node?.position])
}
