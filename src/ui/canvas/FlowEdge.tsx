import { BaseEdge, getSmoothStepPath, type Edge, type EdgeProps } from '@xyflow/react'
import { memo } from 'react'
import type { FlowOverlay } from './overlay'

export type FlowEdgeData = {
  /** A flow between two roles. */
  handoff: boolean
  /** For a flow back to an earlier step (a rework loop): the height to run back at, under both steps. */
  loopY?: number
  overlay?: FlowOverlay
}

/**
 * A flow: right-angled, with its branch name. A rework loop runs back underneath its steps
 * instead of straight through the steps between them.
 */
export const FlowEdge = memo(function FlowEdge(props: EdgeProps<Edge<FlowEdgeData, 'flow'>>) {
  const { sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, markerEnd, label } = props
  const back = data?.loopY !== undefined && targetX < sourceX
  const [path, labelX, labelY] = getSmoothStepPath({
    sourceX,
    sourceY,
    targetX,
    targetY,
    sourcePosition,
    targetPosition,
    borderRadius: 10,
    offset: 20,
    ...(back ? { centerY: data!.loopY! } : {}),
  })
  return (
    <BaseEdge
      path={path}
      {...(markerEnd ? { markerEnd } : {})}
      label={label}
      labelX={labelX}
      labelY={back ? data!.loopY! : labelY}
      labelBgPadding={[6, 3]}
      labelBgBorderRadius={4}
    />
  )
})
