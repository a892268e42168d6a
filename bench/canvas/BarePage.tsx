import { ReactFlow, useEdgesState, useNodesState, type Edge, type Node, type ReactFlowInstance } from '@xyflow/react'
import { useEffect } from 'react'

/** React Flow as its docs start it: default nodes, changes applied, fit to view. The baseline. */
export function BarePage({ nodes: initialNodes, edges: initialEdges, api }: { nodes: Node[]; edges: Edge[]; api: { relabel?: (id: string, label: string) => void; instance?: ReactFlowInstance } }) {
  const [nodes, setNodes, onNodesChange] = useNodesState(initialNodes)
  const [edges, , onEdgesChange] = useEdgesState(initialEdges)
  useEffect(() => {
    api.relabel = (id, label) => setNodes((nds) => nds.map((n) => (n.id === id ? { ...n, data: { label } } : n)))
  }, [api, setNodes])
  return (
    <div style={{ height: '100%' }}>
      <ReactFlow nodes={nodes} edges={edges} onNodesChange={onNodesChange} onEdgesChange={onEdgesChange} fitView minZoom={0.05} onInit={(rf) => (api.instance = rf)} />
    </div>
  )
}
