// Control characters in text from a file, shown as what they are (\u001b) wherever that text may
// reach a terminal: the command line's output and the Markdown report, which people `cat`. An
// escape sequence in a step's name would otherwise retitle the window or clear the screen, a NUL
// or a C1 control (U+009B is an escape on many terminals) garble it, and the bidirectional
// overrides show text in another order than it has.

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g
// eslint-disable-next-line no-control-regex -- the same, line breaks (not a lone CR) and tabs kept
const CONTROLS_BUT_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]|\r(?!\n)/g
const NOT_IN_JSON_ESCAPES = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g

const escaped = (c: string): string => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`

/** One value for one line: line breaks and tabs read as spaces, every other control escaped. */
export function escapeControls(text: string): string {
  return text.replace(CONTROLS, (c) => (c === '\n' || c === '\r' || c === '\t' ? ' ' : escaped(c)))
}

/** Several lines: line breaks and tabs stay, every other control is escaped. */
export function escapeControlsKeepingLines(text: string): string {
  return text.replace(CONTROLS_BUT_LINES, escaped)
}

/** JSON text: JSON.stringify escapes C0 controls itself, but leaves DEL, C1 and the bidi controls raw. */
export function escapeControlsInJson(json: string): string {
  return json.replace(NOT_IN_JSON_ESCAPES, escaped)
}
