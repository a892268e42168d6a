// The baseline page: React Flow as its docs start it, default nodes at the steps' places.
import '@xyflow/react/dist/style.css'
import { createRoot } from 'react-dom/client'
import { absolutePosition, laneBands } from '../../src/domain/model'
import { BarePage } from './BarePage'
import { largeProject } from './generate'
import { editToPaint, nodeInView, startFrames, stopFrames, whenDrawn } from './harness'

export function showBare(count: number): void {
  const project = largeProject(count)
  const state = project.states[0]!
  const root = createRoot(document.getElementById('root')!)
  const bands = laneBands(state, project.roles)
  const nodes = state.steps.map((s) => ({ id: s.id, position: absolutePosition(s, bands), data: { label: s.label } }))
  const edges = state.flows.map((f) => ({ id: f.id, source: f.from, target: f.to }))
  const api: { relabel?: (id: string, label: string) => void; instance?: import('@xyflow/react').ReactFlowInstance } = {}
  root.render(<BarePage nodes={nodes} edges={edges} api={api} />)
  window.bench = {
    ready: whenDrawn('.react-flow__node'),
    startFrames,
    stopFrames,
    edit: (i) => {
      const id = nodeInView()
      return editToPaint(() => api.relabel!(id, `Edited ${i}`), id, `Edited ${i}`)
    },
    fit: () => void api.instance?.fitView({ minZoom: 0.05 }),
  }
}
