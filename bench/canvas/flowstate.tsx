// The editor's page: the state pane with its canvas, on the app's store, as the app shows a state.
import '@xyflow/react/dist/style.css'
import '../../src/ui/app.css'
import { createRoot } from 'react-dom/client'
import { useStore } from '../../src/store'
import { canvasOf } from '../../src/ui/canvas/canvasRegistry'
import { StatePane } from '../../src/ui/canvas/StatePane'
import { largeProject } from './generate'
import { editToPaint, nodeInView, startFrames, stopFrames, whenDrawn } from './harness'

export function showFlowstate(count: number): void {
  const project = largeProject(count)
  const state = project.states[0]!
  const root = createRoot(document.getElementById('root')!)
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
