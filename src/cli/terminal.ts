// What reaches a terminal from a file is text, never a command to the terminal (see
// io/controlChars.ts for why): names, labels and file names are shown with their controls escaped.
import { escapeControls, escapeControlsInJson, escapeControlsKeepingLines } from '../io/controlChars'

/** One value (a name, a label, a file name) for one line of terminal text. */
export const terminalText = escapeControls
/** Several lines (a message, a file shown on the terminal). */
export const terminalLines = escapeControlsKeepingLines
/** JSON for a terminal. */
export const terminalJson = escapeControlsInJson

/** Every string in a value (a diff result) made terminal text, in a copy. */
export function terminalStrings<T>(value: T): T {
  if (typeof value === 'string') return terminalText(value) as T
  if (Array.isArray(value)) return value.map(terminalStrings) as T
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value)) out[k] = terminalStrings(v)
    return out as T
  }
  return value
}
