import { useState, useSyncExternalStore } from 'react'
import type { EditingSession, SaveStatus as Status } from '../../persistence'
import { useStore } from '../../store'
import { downloadText } from '../project/download'
import { projectFile } from '../project/ExportButton'

const NONE: Status = { kind: 'saved', at: '' }
const noSubscription = () => () => {}

export function useSaveStatus(session: EditingSession | undefined): Status {
  return useSyncExternalStore(session ? (l) => session.subscribe(l) : noSubscription, () => session?.getStatus() ?? NONE)
}

/** What went wrong while saving, or null when nothing did. */
function problemOf(status: Status): string | null {
  return status.kind === 'error' || status.kind === 'gone' || status.kind === 'blocked' ? status.message : null
}

/**
 * "Saved", "Saving…" or "Not saved", in the header. It is one short word on purpose: what went
 * wrong and what to do about it is a row of its own under the header (SaveProblem), so a long
 * message can never push the header's controls (Export among them) off the screen.
 */
export function SaveStatus({ session }: { session: EditingSession | undefined }) {
  const status = useSaveStatus(session)
  if (!session) return null
  const text = { saving: 'Saving…', saved: 'Saved', blocked: 'Saving stopped', error: 'Not saved', gone: 'Not saved' }[status.kind]
  const title = status.kind === 'saved' && status.at ? `Last saved ${new Date(status.at).toLocaleString()}` : problemOf(status) ?? undefined
  return (
    // One live region whose text changes, so screen readers hear each change.
    <span className={`save-status save-${status.kind}`} role="status" title={title}>
      {text}
    </span>
  )
}

/**
 * The save problem as a banner under the header, with the way out at hand: the project file is
 * one click away, so the changes that could not be stored are kept in a file of the user's.
 */
export function SaveProblem({ session }: { session: EditingSession | undefined }) {
  const status = useSaveStatus(session)
  // The file downloaded for this problem (a later problem starts without one).
  const [downloaded, setDownloaded] = useState<{ problem: string; fileName: string } | null>(null)
  const problem = session ? problemOf(status) : null
  if (!problem) return null
  const exportNow = () => {
    const project = useStore.getState().project
    if (!project) return
    // Changes not stored yet are in the file: stamp it with now, not with the last stored time.
    const { fileName, text } = projectFile(project, session?.hasPending ? new Date().toISOString() : session?.updatedAt)
    downloadText(fileName, text, 'application/json;charset=utf-8')
    setDownloaded({ problem, fileName })
  }
  return (
    <div className="notice-row save-problem">
      <p className="notice-text" role="alert">
        {problem}
        {status.kind === 'error' && status.detail && (
          // The browser's own words, folded away: for whoever fixes it.
          <details className="notice-detail">
            <summary>Details</summary>
            {status.detail}
          </details>
        )}
      </p>
      <div className="notice-actions">
        <button type="button" className="primary" onClick={exportNow} title="Download this project, with every change made in this tab, as a .flowstate.json file">
          Export project file
        </button>
        {downloaded?.problem === problem && (
          <span className="notice-done" role="status">
            Downloaded {downloaded.fileName}
          </span>
        )}
      </div>
    </div>
  )
}
