import { useSyncExternalStore } from 'react'
import type { ProjectSession, SaveStatus as Status } from '../../persistence'

const NONE: Status = { kind: 'saved', at: '' }
const noSubscription = () => () => {}

export function useSaveStatus(session: ProjectSession | undefined): Status {
  return useSyncExternalStore(session ? (l) => session.subscribe(l) : noSubscription, () => session?.getStatus() ?? NONE)
}

/** "Saved", "Saving…", or what went wrong and what to do about it. */
export function SaveStatus({ session }: { session: ProjectSession | undefined }) {
  const status = useSaveStatus(session)
  if (!session) return null
  const problem = status.kind === 'error' || status.kind === 'gone' || status.kind === 'blocked' ? status.message : null
  const text = { saving: 'Saving…', saved: 'Saved', blocked: 'Saving stopped', error: 'Not saved', gone: 'Not saved' }[status.kind]
  const title = status.kind === 'saved' && status.at ? `Last saved ${new Date(status.at).toLocaleString()}` : undefined
  return (
    <div className="save-area">
      {/* One live region whose text changes, so screen readers hear each change. */}
      <span className={`save-status save-${status.kind}`} role="status" title={title}>
        {text}
      </span>
      {problem && (
        <p className="save-problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  )
}
