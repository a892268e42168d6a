import type { Node, NodeProps } from '@xyflow/react'
import { memo } from 'react'
import { LANE_HEADER_WIDTH } from '../../domain/model'

export type LaneNodeData = {
  roleId: string | null
  color: string
  width: number
  height: number
  /** A dragged step would land in this lane. */
  dropTarget: boolean
  /** A role this state no longer has: a faint lane that only holds ghosts of its removed steps. */
  ghost?: boolean
}

/**
 * A horizontal band behind the steps. Its name and tools are drawn by LaneHeaders, pinned to
 * the canvas edge; the band keeps the header column's colour underneath.
 */
export const LaneNode = memo(function LaneNode({ data }: NodeProps<Node<LaneNodeData, 'lane'>>) {
  return (
    <div
      className={`lane-band${data.dropTarget ? ' is-drop-target' : ''}${data.ghost ? ' is-ghost' : ''}`}
      style={{ width: data.width, height: data.height, '--role': data.color } as React.CSSProperties}
    >
      <div className="lane-band-head" style={{ width: LANE_HEADER_WIDTH }} />
    </div>
  )
})
