import { Background, Controls, ReactFlow, type Edge, type Node } from '@xyflow/react'
import { useMemo } from 'react'
import { absolutePosition, laneBands, LANE_HEADER_WIDTH, stepSize, type Step } from '../../domain/model'
import { useStore } from '../../store'
import { LaneNode, type LaneNodeData } from './LaneNode'
import { StepNode, type StepNodeData } from './StepNode'

const nodeTypes = { lane: LaneNode, step: StepNode }
const LANE_WIDTH_MIN = 1200

/** One workflow state as a swimlane canvas. */
export function StateCanvas({ stateId }: { stateId: string }) {
  const state = useStore((s) => s.project!.states.find((x) => x.id === stateId))
  const roles = useStore((s) => s.project!.roles)

  const { nodes, edges } = useMemo(() => {
    if (!state) return { nodes: [], edges: [] }
    const bands = laneBands(state, roles)
    const right = state.steps.reduce((m, s) => Math.max(m, s.position.x + stepSize(s.kind).width), 0)
    const width = Math.max(LANE_WIDTH_MIN, LANE_HEADER_WIDTH + right + 120)
    const laneNodes: Node<LaneNodeData>[] = bands.map((b) => ({
      id: `lane:${b.roleId ?? 'none'}`,
      type: 'lane',
      position: { x: 0, y: b.top },
      data: { name: b.name, color: b.color, width, height: b.height },
      draggable: false,
      selectable: false,
      zIndex: -1,
    }))
    const stepNodes: Node<StepNodeData>[] = state.steps.map((s: Step) => ({
      id: s.id,
      type: 'step',
      position: absolutePosition(s, bands),
      data: { step: s, color: bands.find((b) => b.roleId === (s.roleId ?? null))?.color ?? '#999' },
    }))
    const flowEdges: Edge[] = state.flows.map((f) => ({ id: f.id, source: f.from, target: f.to, label: f.label }))
    return { nodes: [...laneNodes, ...stepNodes], edges: flowEdges }
  }, [state, roles])

  return (
    <div className="canvas">
      <ReactFlow nodes={nodes} edges={edges} nodeTypes={nodeTypes} fitView nodesDraggable={false} nodesConnectable={false} minZoom={0.05}>
        <Background gap={20} />
        <Controls showInteractive={false} />
      </ReactFlow>
    </div>
  )
}
