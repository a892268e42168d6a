import { useId, useLayoutEffect, useRef, useState, type RefObject } from 'react'
import './guide.css'
import { GuideSteps } from './GuideSteps'

/**
 * "Guide" in the project's toolbar: the three steps of the first-run guide in a panel that stays
 * open beside the maps while the user follows them (not a dialog: the maps stay usable).
 */
export function GuideButton() {
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const button = useRef<HTMLButtonElement>(null)
  const close = () => {
    setOpen(false)
    button.current?.focus()
  }
  return (
    <span
      className="guide-menu"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation()
          close()
        }
      }}
    >
      <button
        ref={button}
        type="button"
        className="tool guide-button"
        title="How to use flowstate"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        <span className="tool-icon guide-icon" aria-hidden="true">
          ?
        </span>
        <span className="tool-label">Guide</span>
      </button>
      {open && <GuidePanel id={panelId} under={button} onClose={close} />}
    </span>
  )
}

function GuidePanel({ id, under, onClose }: { id: string; under: RefObject<HTMLButtonElement | null>; onClose(): void }) {
  const headingId = useId()
  const panel = useRef<HTMLElement>(null)
  // Just under the header, however many rows the window's width gives it.
  useLayoutEffect(() => {
    const place = () => {
      const header = under.current?.closest('header')
      if (header && panel.current) panel.current.style.top = `${Math.round(header.getBoundingClientRect().bottom) + 6}px`
    }
    place()
    window.addEventListener('resize', place)
    return () => window.removeEventListener('resize', place)
  }, [under])
  return (
    <section ref={panel} id={id} className="guide guide-panel" aria-labelledby={headingId}>
      <div className="guide-panel-head">
        <h2 id={headingId}>How to use flowstate</h2>
        <button type="button" className="quiet" onClick={onClose}>
          Close
        </button>
      </div>
      <GuideSteps />
    </section>
  )
}
