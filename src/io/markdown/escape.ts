// Labels are text, never Markdown or HTML: every user-supplied string goes through mdText before
// it lands in the report, so a step called "<script>" or "[click](javascript:…)" prints as typed.

/** One line of inert text: whitespace folded, HTML and Markdown punctuation escaped. */
export function mdText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]|~$]/g, (c) => `\\${c}`)
}

/** A table cell: inert text whose pipes cannot split the row. */
export function mdCell(text: string): string {
  return mdText(text)
}
