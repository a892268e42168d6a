import { lazy, useState, type ChangeEvent } from 'react'
import { formatBytes, LIMITS } from '../../domain/model'
import { DialogBoundary } from '../shell/DialogBoundary'
import { BPMN_EXTENSIONS } from './bpmnImporter'
import type { ChosenFile } from './ImportStateDialog'
import './bpmn.css'

// The dialog and BPMN reading load when a file is chosen, not with the app.
const ImportStateDialog = lazy(() => import('./ImportStateDialog').then((m) => ({ default: m.ImportStateDialog })))

/**
 * BPMN into the open project: add a state from a .bpmn file (downloading a state as BPMN is in the
 * Export menu). A file that cannot be read is reported through `onProblem`, shown under the header.
 */
export function BpmnControls({ onProblem: setProblem }: { onProblem(problem: string | null): void }) {
  const [file, setFile] = useState<ChosenFile | null>(null)

  const onChange = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget
    const chosen = input.files?.[0]
    input.value = '' // the same file chosen again must fire again
    if (!chosen) return
    setProblem(null)
    if (chosen.size > LIMITS.bpmnFileBytes) {
      setProblem(`Could not import “${chosen.name}”: ${formatBytes(chosen.size)} is more than a BPMN file can be (${formatBytes(LIMITS.bpmnFileBytes)})`)
      return
    }
    try {
      setFile({ name: chosen.name, bytes: new Uint8Array(await chosen.arrayBuffer()) })
    } catch (err) {
      setProblem(`Could not read “${chosen.name}”: ${err instanceof Error ? err.message : String(err)}`)
    }
  }

  return (
    <div className="bpmn-controls">
      <label className="button file-button" title="Add a state to this project from a BPMN 2.0 file">
        Add BPMN state
        <input type="file" className="visually-hidden" accept={BPMN_EXTENSIONS.join(',')} onChange={onChange} />
      </label>
      {file && (
        <DialogBoundary name="“Add a state from BPMN”" onClose={() => setFile(null)}>
          <ImportStateDialog file={file} onClose={() => setFile(null)} />
        </DialogBoundary>
      )}
    </div>
  )
}
