import { useMemo } from 'react'
import { exportBpmn } from '../../io/bpmn'
import { useStore } from '../../store'
import { Dialog } from '../actions/Dialog'
import { downloadText, fileSlug } from '../project/download'
import { StateField, useChosenState } from '../export/StateField'
import { WarningList } from './WarningList'

/** Downloads one state as a .bpmn file, after saying what BPMN cannot carry. */
export function ExportStateDialog({ onClose }: { onClose(): void }) {
  const project = useStore((s) => s.project)
  const states = project?.states ?? []
  const [stateId, setStateId] = useChosenState(states)
  const state = states.find((s) => s.id === stateId)
  const result = useMemo(() => (project && state ? exportBpmn(project, state) : null), [project, state])

  const download = () => {
    if (!project || !state || !result) return
    downloadText(`${fileSlug(project.name)}-${fileSlug(state.name)}.bpmn`, result.xml, 'application/xml')
    onClose()
  }

  return (
    <Dialog title="Export a state as BPMN" onClose={onClose}>
      {states.length === 0 ? (
        <p>This project has no state to export yet.</p>
      ) : (
        <>
          <StateField states={states} value={stateId} onChange={setStateId} />
          <p className="hint">A BPMN 2.0 file with a pool, a lane per role and the diagram: it opens in bpmn.io, Camunda Modeler and Signavio.</p>
          <WarningList warnings={result?.warnings ?? []} title="What BPMN cannot carry" />
        </>
      )}
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={download} disabled={!result}>
          Download .bpmn
        </button>
      </div>
    </Dialog>
  )
}
