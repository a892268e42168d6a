// Which undo a Ctrl/Cmd+Z in a text field means. The browser keeps one undo history for the whole
// page, not one per field: once a field's own typing is undone, or in a field that has not been
// typed in, its Ctrl+Z would reach back into other fields — ones a re-render replaced, or another
// step's label — and change them behind the user's back. So a field keeps the browser's undo only
// while it holds typing of its own since it was focused (or since the app last undid); otherwise
// the key undoes the app's last command, as it does outside text fields.

/** What a field held before its first typed change; absent while it holds none. */
const typedFrom = new WeakMap<EventTarget, string>()

function valueOf(field: HTMLElement): string {
  return field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement ? field.value : (field.textContent ?? '')
}

/** Starts listening on the document: focus and typing mark which fields have typing of their own. */
export function watchFieldTyping(doc: Document): () => void {
  const onFocus = (e: FocusEvent) => {
    if (e.target) typedFrom.delete(e.target)
  }
  const onBeforeInput = (e: Event) => {
    const field = e.target
    if (!(field instanceof HTMLElement) || typedFrom.has(field)) return
    if ((e as InputEvent).inputType?.startsWith('history')) return
    typedFrom.set(field, valueOf(field))
  }
  doc.addEventListener('focusin', onFocus)
  doc.addEventListener('beforeinput', onBeforeInput, true)
  return () => {
    doc.removeEventListener('focusin', onFocus)
    doc.removeEventListener('beforeinput', onBeforeInput, true)
  }
}

/** True when the browser's own undo (or redo) may act in this field: it holds typing of its own. */
export function fieldOwnsUndo(field: HTMLElement, redo: boolean): boolean {
  const from = typedFrom.get(field)
  if (from === undefined) return false
  return redo || valueOf(field) !== from
}

/** The app undid or redid while this field had the keyboard: it holds no typing of its own now. */
export function fieldUndoHandedToApp(field: EventTarget): void {
  typedFrom.delete(field)
}
