import { useEffect, useRef } from 'react'
import { BLOCKED_TITLE } from '../../persistence'
import { useStore } from '../../store'
import { RecoveryActions } from './RecoveryActions'

/**
 * Covers the app when a newer flowstate owns the storage: this tab must not write any more. The
 * open project can still be exported, so changes made here since are not lost with the reload.
 */
export function BlockedNotice() {
  const hasProject = useStore((s) => s.project !== null)
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus(), [])
  return (
    <div className="modal-backdrop blocking">
      <div className="modal" role="alertdialog" aria-modal="true" aria-labelledby="blocked-title" aria-describedby="blocked-text">
        <h2 id="blocked-title" ref={heading} tabIndex={-1} className="recovery-title">
          {BLOCKED_TITLE}
        </h2>
        <div id="blocked-text">
          <p>So that this tab cannot overwrite what the newer version stored, it has stopped saving. Work saved before this moment is safe.</p>
          <p>
            {hasProject
              ? 'Changes made here since then are only in this tab: export the project to keep them in a file, then reload this tab to use the new version. Import on the project list brings the file back in.'
              : 'Reload this tab to use the new version.'}
          </p>
        </div>
        <RecoveryActions canExport={hasProject} reloadLabel="Reload this tab" />
      </div>
    </div>
  )
}
