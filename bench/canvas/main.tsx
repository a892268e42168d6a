// Two pages in one bundle, chosen by the address: `?page=flowstate` (the editor's state pane with
// its canvas) and `?page=bare` (React Flow with default nodes at the same places). `&steps=N`.
import '@xyflow/react/dist/style.css'
import '../../src/ui/app.css'
import { createRoot } from 'react-dom/client'
import { absolutePosition, laneBands } from '../../src/domain/model'
import { useStore } from '../../src/store'
import { canvasOf } from '../../src/ui/canvas/canvasRegistry'
import { StatePane } from '../../src/ui/canvas/StatePane'
import { BarePage } from './BarePage'
import { largeProject } from './generate'
import { editToPaint, nodeInView, startFrames, stopFrames, whenDrawn } from './harness'

const params = new URLSearchParams(location.search)
const count = Number(params.get('steps') ?? 1000)
const project = largeProject(count)
performance.mark('generated')
const state = project.states[0]!
const root = createRoot(document.getElementById('root')!)

if (params.get('page') === 'bare') {
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
} else {
  useStore.getState().openProject(project)
  useStore.getState().setActiveState(state.id)
  performance.mark('opened')
  root.render(
    <div style={{ display: 'flex', flexDirection: 'column', height: '100%' }}>
      <StatePane stateId={state.id} />
    </div>,
  )
  window.bench = {
    ready: whenDrawn('.react-flow__node-step'),
    startFrames,
    stopFrames,
    edit: (i) => {
      const id = nodeInView()
      const apply = () =>
        useStore.getState().dispatch({ type: 'step.update', stateId: state.id, stepId: id, changes: { label: `Edited ${i}` } }, { coalesce: `label:${id}` })
      return editToPaint(apply, id, `Edited ${i}`)
    },
    fit: () => canvasOf(state.id)?.fitView(),
  }
}
