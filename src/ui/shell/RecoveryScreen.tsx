import { useEffect, useRef } from 'react'
import { useStore } from '../../store'
import { ErrorBoundary, type Failure } from './ErrorBoundary'
import { isChunkLoadError, reloadAtProjectList } from './recovery'
import { RecoveryActions, TechnicalDetails } from './RecoveryActions'
import './recovery.css'

/** The last line of defence around the whole app: whatever throws, the screen is never blank. */
export function AppBoundary({ children }: { children: React.ReactNode }) {
  return <ErrorBoundary fallback={(failure) => <RecoveryScreen failure={failure} />}>{children}</ErrorBoundary>
}

/**
 * The whole screen after a failure: what happened, that the work is safe, and the way out —
 * export the open project (from the store, with edits not yet saved), reload, or the project list.
 */
export function RecoveryScreen({ failure }: { failure: Failure }) {
  const heading = useRef<HTMLHeadingElement>(null)
  const projectName = useStore((s) => s.project?.name ?? null)
  const chunk = isChunkLoadError(failure.error)
  useEffect(() => heading.current?.focus(), [])
  return (
    <main className="recovery recovery-screen">
      <h1 ref={heading} tabIndex={-1} className="recovery-title">
        {chunk ? 'flowstate could not load part of itself' : 'Something went wrong in flowstate'}
      </h1>
      <p>
        {chunk
          ? 'Part of the app could not be downloaded, most likely because the network dropped for a moment. Check the network (Wi-Fi) and reload.'
          : 'flowstate stopped because of an error in its own code, not because of anything you did.'}
      </p>
      {projectName !== null ? (
        <p>
          Your work on the project <strong>{projectName}</strong> is safe in this browser up to the last save (flowstate saves as you
          type). To be sure nothing is lost, export the project to a file first, then reload.
        </p>
      ) : (
        <p>No project is open, so there is nothing to export. Your projects are safe in this browser: reload to carry on.</p>
      )}
      <RecoveryActions
        canExport={projectName !== null}
        onRetry={chunk ? undefined : failure.reset}
        extra={
          <button type="button" className="quiet" onClick={reloadAtProjectList}>
            Go to the project list
          </button>
        }
      />
      <TechnicalDetails error={failure.error} />
    </main>
  )
}
