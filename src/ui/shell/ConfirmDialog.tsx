import { useEffect, useId, useRef } from 'react'

export interface ConfirmDialogProps {
  title: string
  message: string
  confirmLabel: string
  onConfirm(): void
  onCancel(): void
}

/** A modal question with a safe default: focus starts on Cancel, Escape cancels. */
export function ConfirmDialog({ title, message, confirmLabel, onConfirm, onCancel }: ConfirmDialogProps) {
  const titleId = useId()
  const messageId = useId()
  const cancelRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null
    cancelRef.current?.focus()
    return () => previous?.focus?.()
  }, [])
  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onCancel()}>
      <div
        className="modal"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={messageId}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation()
            onCancel()
          } else if (e.key === 'Tab') {
            // Keep focus inside the question until it is answered.
            const buttons = [...e.currentTarget.querySelectorAll('button')]
            const at = buttons.indexOf(document.activeElement as HTMLButtonElement)
            const next = buttons[(at + (e.shiftKey ? buttons.length - 1 : 1)) % buttons.length]
            e.preventDefault()
            next?.focus()
          }
        }}
      >
        <h2 id={titleId}>{title}</h2>
        <p id={messageId}>{message}</p>
        <div className="modal-actions">
          <button type="button" ref={cancelRef} onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className="danger" onClick={onConfirm}>
            {confirmLabel}
          </button>
        </div>
      </div>
    </div>
  )
}
