import { lazy, Suspense, useState, type ChangeEvent } from 'react'
import { formatBytes, LIMITS } from '../../domain/model'
import { useStore } from '../../store'
import { Dialog } from '../actions/Dialog'
import { BPMN_EXTENSIONS } from './bpmnImporter'
import { dismissImportNotice, useImportNotice } from './importNotices'
import type { ChosenFile } from './ImportStateDialog'
import { WarningList } from './WarningList'
import './bpmn.css'

// The dialog and BPMN reading load when a file is chosen, not with the app.
const ImportStateDialog = lazy(() => import('./ImportStateDialog').then((m) => ({ default: m.ImportStateDialog })))

/** BPMN into the open project: add a state from a .bpmn file (downloading a state as BPMN is in the Export menu). */
export function BpmnControls() {
  const [file, setFile] = useState<ChosenFile | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  // A project just imported from BPMN opens with what the import left out.
  const states = useStore((s) => s.project?.states)
  const notice = useImportNotice(states?.map((s) => s.id) ?? [])

  const onChange = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget
    const chosen = input.files?.[0]
    input.value = '' // the same file chosen again must fire again
    if (!chosen) return
    setProblem(null)
    if (chosen.size > LIMITS.fileBytes) {
      setProblem(`Could not import “${chosen.name}”: ${formatBytes(chosen.size)} is more than ${formatBytes(LIMITS.fileBytes)}`)
      return
    }
    try {
      setFile({ name: chosen.name, text: await chosen.text() })
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
      {problem && (
        <p className="import-problem" role="alert">
          {problem}
        </p>
      )}
      <Suspense fallback={null}>{file && <ImportStateDialog file={file} onClose={() => setFile(null)} />}</Suspense>
      {notice && (
        <Dialog title={`Imported “${notice.fileName}”`} onClose={() => dismissImportNotice(notice.stateId)}>
          <WarningList warnings={notice.warnings} title="What the import left out or read differently" />
          <div className="dialog-buttons">
            <button type="button" className="primary" autoFocus onClick={() => dismissImportNotice(notice.stateId)}>
              OK
            </button>
          </div>
        </Dialog>
      )}
    </div>
  )
}
