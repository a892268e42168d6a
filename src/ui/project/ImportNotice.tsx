import { useStore } from '../../store'
import { Dialog } from '../actions/Dialog'
import { WarningList } from '../bpmn/WarningList'
import { dismissImportNotice, useImportNotice } from './importNotices'

const NO_IDS: readonly string[] = []

/** What the import of the open project left out or read differently, shown once, until read. */
export function ImportNotice() {
  const stateIds = useStore((s) => s.project?.states)?.map((s) => s.id) ?? NO_IDS
  const notice = useImportNotice(stateIds)
  if (!notice) return null
  const close = () => dismissImportNotice(notice.stateId)
  return (
    <Dialog title={`Imported “${notice.fileName}”`} onClose={close}>
      <WarningList warnings={notice.warnings} title="What the import left out or read differently" />
      <div className="dialog-buttons">
        <button type="button" className="primary" autoFocus onClick={close}>
          OK
        </button>
      </div>
    </Dialog>
  )
}
