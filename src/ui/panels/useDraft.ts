import { useRef, useState } from 'react'

/**
 * A text field that commits as it is typed, so nothing typed is ever lost (not on reload, not on a
 * crash). The draft follows the document when something else changes it (undo, a rename in another
 * view), but not when the change is the echo of our own commit (a trimmed name must not eat the
 * space just typed).
 *
 * `commit` returns false when the document refused the value (an empty name): the draft keeps
 * it until the field is left, then `reset` puts the document's value back.
 */
export function useDraft(value: string, commit: (next: string) => boolean, normalize: (v: string) => string = (v) => v) {
  const [draft, setDraft] = useState(value)
  const echo = useRef(value)
  if (value !== echo.current) {
    echo.current = value
    if (normalize(draft) !== value) setDraft(value)
  }
  const change = (next: string) => {
    setDraft(next)
    if (commit(next)) echo.current = normalize(next)
  }
  const reset = () => {
    if (normalize(draft) !== value) setDraft(value)
  }
  return { draft, change, reset }
}
