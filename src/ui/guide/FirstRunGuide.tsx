import { useEffect, useId, useRef } from 'react'
import type { ProjectSummary } from '../../persistence'
import './guide.css'
import { setGuideDismissed, useGuideDismissed } from './guideMemory'
import { GuideSteps } from './GuideSteps'

/** The example whose diff shows the most: steps added, removed, reassigned, handoffs and duplicates resolved. */
export const GUIDE_EXAMPLE_ID = 'p_example_sp'

// Where the keyboard goes when the guide is put away or brought back: to the control that took
// its place, so a keyboard user is not dropped at the top of the page.
let focusNext: 'guide' | 'reopen' | null = null

export interface FirstRunGuideProps {
  /** The projects in the list (null while loading): the guide offers the example when it is there. */
  projects: readonly ProjectSummary[] | null
  onOpen(id: string): void
}

/**
 * "How to use flowstate": three steps beside the project list until the user says "Got it".
 * Not a dialog: the list stays usable, and a workshop can start without reading it.
 */
export function FirstRunGuide({ projects, onOpen }: FirstRunGuideProps) {
  const dismissed = useGuideDismissed()
  const headingId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    if (dismissed || focusNext !== 'guide') return
    focusNext = null
    heading.current?.focus()
  }, [dismissed])
  if (dismissed) return null
  const example = projects?.find((p) => p.id === GUIDE_EXAMPLE_ID && !p.newer)
  return (
    <section className="guide guide-card" aria-labelledby={headingId}>
      <div className="guide-head">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          How to use flowstate
        </h2>
        <p className="guide-intro">Three steps to your first diff. Try them on an example: it is stored in this browser and yours to change.</p>
      </div>
      <GuideSteps />
      <div className="guide-actions">
        {example && (
          <button type="button" className="primary" onClick={() => onOpen(example.id)}>
            Open the sterile processing example
          </button>
        )}
        <button
          type="button"
          title="Hide this guide; “How to use flowstate” at the top brings it back"
          onClick={() => {
            focusNext = 'reopen'
            setGuideDismissed(true)
          }}
        >
          Got it
        </button>
      </div>
    </section>
  )
}

/** Brings the guide back once it has been put away; nothing while it is shown. */
export function GuideReopenButton() {
  const dismissed = useGuideDismissed()
  const button = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (!dismissed || focusNext !== 'reopen') return
    focusNext = null
    button.current?.focus()
  }, [dismissed])
  if (!dismissed) return null
  return (
    <button
      ref={button}
      type="button"
      className="quiet guide-reopen"
      onClick={() => {
        focusNext = 'guide'
        setGuideDismissed(false)
      }}
    >
      <span className="guide-icon" aria-hidden="true">
        ?
      </span>
      How to use flowstate
    </button>
  )
}
