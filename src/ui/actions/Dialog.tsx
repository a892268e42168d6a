import { useEffect, useId, useRef, type ReactNode } from 'react'
import './actions.css'
import { useReturnFocus } from './useReturnFocus'

const FOCUSABLE = 'button:not(:disabled), [href], input:not(:disabled), select:not(:disabled), textarea:not(:disabled), [tabindex]:not([tabindex="-1"])'

/**
 * A small modal: a labelled dialog that closes on Escape or a click outside it. The keyboard
 * moves into it when it opens, Tab stays inside it, and focus goes back to where it came from
 * when it closes (unless what closed it sent the keyboard somewhere on purpose).
 */
export function Dialog({ title, onClose, children }: { title: string; onClose(): void; children: ReactNode }) {
  const id = useId()
  const box = useRef<HTMLDivElement>(null)
  useReturnFocus()
  useEffect(() => {
    // A field or button of the dialog may take the keyboard itself (autoFocus); else the dialog does.
    if (!box.current?.contains(document.activeElement)) box.current?.focus()
  }, [])
  return (
    <div
      className="dialog-backdrop"
      onPointerDown={(e) => {
        if (e.target === e.currentTarget) onClose()
      }}
    >
      <div
        ref={box}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={id}
        tabIndex={-1}
        onKeyDown={(e) => {
          e.stopPropagation()
          if (e.key === 'Escape') onClose()
          else if (e.key === 'Tab') keepTabInside(e)
        }}
      >
        <h2 id={id}>{title}</h2>
        {children}
      </div>
    </div>
  )
}

/** Tab from the last control goes to the first, Shift+Tab from the first to the last: the page behind is out of reach. */
function keepTabInside(e: React.KeyboardEvent<HTMLDivElement>): void {
  const controls = [...e.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)]
  const first = controls[0]
  const last = controls.at(-1)
  if (!first || !last) return
  const at = document.activeElement
  if (e.shiftKey && (at === first || at === e.currentTarget)) {
    e.preventDefault()
    last.focus()
  } else if (!e.shiftKey && at === last) {
    e.preventDefault()
    first.focus()
  }
}
