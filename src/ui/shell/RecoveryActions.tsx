import { useState, type ReactNode } from 'react'
import { exportOpenProject, reloadPage, technicalDetail } from './recovery'
import './recovery.css'

/**
 * The way out of a failure: export the open project (with every edit made in this tab), try
 * again, reload. Plain buttons only: this must work while the rest of the app is broken.
 */
export interface RecoveryActionsProps {
  /** A project is open: offer its file. */
  canExport: boolean
  /** Offer "Try again" (not when only a reload can help). */
  onRetry?: (() => void) | undefined
  reloadLabel?: string
  /** More ways out, after Reload. */
  extra?: ReactNode
}

export function RecoveryActions({ canExport, onRetry, reloadLabel = 'Reload', extra }: RecoveryActionsProps) {
  const [exported, setExported] = useState<{ ok: true; fileName: string } | { ok: false; detail: string } | null>(null)
  const exportNow = () => {
    try {
      const fileName = exportOpenProject()
      setExported(fileName ? { ok: true, fileName } : { ok: false, detail: 'no project is open' })
    } catch (e) {
      setExported({ ok: false, detail: technicalDetail(e) })
    }
  }
  return (
    <>
      <div className="recovery-actions">
        {canExport && (
          <button type="button" className="primary" onClick={exportNow} title="Download this project, with every change made in this tab, as a file you can import again">
            Export project (.flowstate.json)
          </button>
        )}
        {onRetry && (
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        )}
        <button type="button" className={canExport ? undefined : 'primary'} onClick={reloadPage}>
          {reloadLabel}
        </button>
        {extra}
      </div>
      {exported?.ok && (
        <p className="recovery-done" role="status">
          Downloaded {exported.fileName}. Keep it: Import on the project list opens it again.
        </p>
      )}
      {exported && !exported.ok && (
        <p className="recovery-done" role="alert">
          The project could not be exported ({exported.detail}). Work saved so far is still in this browser.
        </p>
      )}
    </>
  )
}

/** The error itself, folded away: for whoever fixes it, not for the person at the map. */
export function TechnicalDetails({ error }: { error: unknown }) {
  return (
    <details className="recovery-details">
      <summary>Technical details (for whoever fixes it)</summary>
      <pre>{technicalDetail(error)}</pre>
    </details>
  )
}
