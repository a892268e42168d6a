import { useEffect, useRef, type ReactNode } from 'react'
import { useStore } from '../../store'
import { ErrorBoundary, type Failure } from './ErrorBoundary'
import { RecoveryActions, TechnicalDetails } from './RecoveryActions'
import './recovery.css'

export interface PaneBoundaryProps {
  children: ReactNode
  /** What failed, in plain words: "This map could not be drawn". */
  title: string
  /** Which part it was, for the sentence under the title: "the map “Tray return” (Current state)". */
  what: string
  /**
   * For a panel beside the panes (properties, changes): the fallback is a region of its own, so
   * it keeps the panel's place and name. A state's pane is already a region.
   */
  region?: string
}

/**
 * One pane's (or panel's) own boundary: when it throws, it says so inside itself, and the other
 * panes go on working.
 */
export function PaneBoundary({ children, title, what, region }: PaneBoundaryProps) {
  const fallback = (failure: Failure) => {
    const recovery = <PaneRecovery title={title} what={what} failure={failure} />
    return region ? (
      <section className="recovery-side" aria-label={region}>
        {recovery}
      </section>
    ) : (
      recovery
    )
  }
  return <ErrorBoundary fallback={fallback}>{children}</ErrorBoundary>
}

function PaneRecovery({ title, what, failure }: { title: string; what: string; failure: Failure }) {
  const heading = useRef<HTMLHeadingElement>(null)
  const hasProject = useStore((s) => s.project !== null)
  useEffect(() => {
    // The keyboard was most likely in the part that failed, and is lost with it: land on the
    // news. Someone working in another pane keeps their place.
    const active = document.activeElement
    if (!active || active === document.body) heading.current?.focus()
  }, [])
  return (
    <div className="recovery recovery-pane">
      <h2 ref={heading} tabIndex={-1} className="recovery-title">
        {title}
      </h2>
      <p role="alert">
        Something went wrong while showing {what}. The rest of flowstate still works, and your changes are still being saved in this
        browser. Try again; if it keeps happening, export the project to keep a copy, then reload.
      </p>
      <RecoveryActions canExport={hasProject} onRetry={failure.reset} />
      <TechnicalDetails error={failure.error} />
    </div>
  )
}
