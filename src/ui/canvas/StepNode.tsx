import { Handle, Position, type Node, type NodeProps } from '@xyflow/react'
import { memo } from 'react'
import { stepSize, type Step } from '../../domain/model'

export type StepNodeData = { step: Step; color: string }

/** A step; its label is always text, never HTML. */
export const StepNode = memo(function StepNode({ data }: NodeProps<Node<StepNodeData>>) {
  const { step, color } = data
  const size = stepSize(step.kind)
  return (
    <div className={`step step-${step.kind}`} style={{ width: size.width, height: size.height, borderColor: color }} title={step.label}>
      <Handle type="target" position={Position.Left} />
      <span className="step-label">{step.label}</span>
      <Handle type="source" position={Position.Right} />
    </div>
  )
})
