// Labels are text, never Markdown or HTML: every user-supplied string goes through mdText before
// it lands in the report, so a step called "<script>" or "[click](javascript:…)" prints as typed.
import { escapeControls } from '../controlChars'

/** One line of inert text: whitespace folded, HTML and Markdown punctuation escaped, control characters shown as \u001b. */
export function mdText(text: string): string {
  const inert = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~$]/g, (c) => `\\${c}`)
  // Last, so the backslash of \u001b is not escaped again: a report is often read with `cat`.
  return escapeControls(inert)
}

/** A table cell: inert text whose pipes cannot split the row. */
export function mdCell(text: string): string {
  return mdText(text)
}
