import { useId, useRef, useState } from 'react'
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
      <button ref={button} type="button" className="tool" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
        <span className="tool-icon guide-icon" aria-hidden="true">
          ?
        </span>
        <span className="tool-label">Guide</span>
      </button>
      {open && <GuidePanel id={panelId} onClose={close} />}
    </span>
  )
}

function GuidePanel({ id, onClose }: { id: string; onClose(): void }) {
  const headingId = useId()
  return (
    <section id={id} className="guide guide-panel" aria-labelledby={headingId}>
      <div className="guide-panel-head">
        <h2 id={headingId}>How to use flowstate</h2>
        <button type="button" className="quiet" onClick={onClose}>
          Close
        </button>
      </div>
      <GuideSteps level={3} />
    </section>
  )
}
