import { BaseEdge, getSmoothStepPath, type Edge, type EdgeProps } from '@xyflow/react'
import { memo, useLayoutEffect, useRef } from 'react'
import { useStore } from '../../store'
import { flowNameIn } from './flowNames'
import type { FlowOverlay } from './overlay'

export type FlowEdgeData = {
  stateId: string
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
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, markerEnd, label } = props
  const name = useStore((s) => (data ? flowNameIn(s, data.stateId, id) : ''))
  const ref = useRef<SVGGElement>(null)
  // The edge's element is React Flow's; its own aria-label is switched off (see elements.ts), so
  // the name set here is the only one and stays until it changes.
  useLayoutEffect(() => {
    const edge = ref.current?.closest('.react-flow__edge')
    if (edge && name) edge.setAttribute('aria-label', name)
  }, [name])
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
    <g ref={ref}>
      <BaseEdge
        path={path}
        {...(markerEnd ? { markerEnd } : {})}
        label={label}
        labelX={labelX}
        labelY={back ? data!.loopY! : labelY}
        labelBgPadding={[6, 3]}
        labelBgBorderRadius={4}
      />
    </g>
  )
})
