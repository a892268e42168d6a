import { BaseEdge, EdgeLabelRenderer, getSmoothStepPath, type Edge, type EdgeProps } from '@xyflow/react'
import { memo, useLayoutEffect, useRef, useState } from 'react'
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
 * instead of straight through the steps between them. An overlay's flag ("New handoff") shows its
 * short form under the steps; its full note opens over them while the flow is hovered or selected.
 */
export const FlowEdge = memo(function FlowEdge(props: EdgeProps<Edge<FlowEdgeData, 'flow'>>) {
  const { id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, markerEnd, label, selected } = props
  const name = useStore((s) => (data ? flowNameIn(s, data.stateId, id) : ''))
  const note = data?.overlay?.note
  const [hovered, setHovered] = useState(false)
  const ref = useRef<SVGGElement>(null)
  // The edge's element is React Flow's; its own aria-label is switched off (see elements.ts), so
  // the name set here is the only one and stays until it changes.
  useLayoutEffect(() => {
    const edge = ref.current?.closest('.react-flow__edge')
    if (edge && name) edge.setAttribute('aria-label', note ? `${name}. ${note}` : name)
  }, [name, note])
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
  const y = back ? data!.loopY! : labelY
  return (
    <>
      <g ref={ref} {...(note ? { onMouseEnter: () => setHovered(true), onMouseLeave: () => setHovered(false) } : {})}>
        {note && <title>{note}</title>}
        <BaseEdge
          path={path}
          {...(markerEnd ? { markerEnd } : {})}
          label={label}
          labelX={labelX}
          labelY={y}
          labelBgPadding={[6, 3]}
          labelBgBorderRadius={4}
        />
      </g>
      {note && (
        <FlowFlag
          status={data?.overlay?.status}
          marker={data?.overlay?.marker ?? note}
          note={note}
          open={hovered || !!selected}
          // Under a branch name, not on it.
          x={labelX}
          y={label ? y + 22 : y}
        />
      )}
    </>
  )
})

/**
 * The flag in the edge label layer, which lies above the flows and under the steps: the short
 * form never hides a step. Open, it rises over the steps to be read in full. It takes no pointer,
 * so hovering it is hovering the flow under it; the flow's tooltip and spoken name carry the note.
 */
function FlowFlag({ status, marker, note, open, x, y }: { status: FlowOverlay['status']; marker: string; note: string; open: boolean; x: number; y: number }) {
  return (
    <EdgeLabelRenderer>
      <div
        className={`flow-flag${status ? ` flow-flag-${status}` : ''}${open ? ' is-open' : ''}`}
        style={{ transform: `translate(-50%, -50%) translate(${x}px, ${y}px)` }}
        aria-hidden
      >
        {open ? note : marker}
      </div>
    </EdgeLabelRenderer>
  )
}
