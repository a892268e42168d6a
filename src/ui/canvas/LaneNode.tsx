import type { Node, NodeProps } from '@xyflow/react'
import { memo } from 'react'
import { LANE_HEADER_WIDTH } from '../../domain/model'

export type LaneNodeData = { name: string; color: string; width: number; height: number }

/** A horizontal band behind the steps, with the role's name in its header. */
export const LaneNode = memo(function LaneNode({ data }: NodeProps<Node<LaneNodeData>>) {
  return (
    <div className="lane" style={{ width: data.width, height: data.height }}>
      <div className="lane-header" style={{ width: LANE_HEADER_WIDTH, borderLeftColor: data.color }}>
        {data.name}
      </div>
    </div>
  )
})
