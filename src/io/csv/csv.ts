// CSV as spreadsheets and importers read it: UTF-8 with a byte order mark (so Excel picks UTF-8),
// RFC 4180 quoting, CRLF line ends, and no text cell that a spreadsheet would evaluate.

/** A text cell, or a number this program computed itself (written as a number). */
export type Cell = string | number

const BOM = '\uFEFF'
const CRLF = '\r\n'

/**
 * What makes Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP CSV injection):
 * `=`, `+`, `-`, `@` at its start, also after leading spaces, tabs or line breaks (spreadsheets
 * trim them first), and their full-width and small forms (＝ ＋ － ＠ ﹦ ﹢ ﹣ ﹫), which Excel reads as
 * the ASCII signs in East Asian locales; and a tab or carriage return at the very start.
 */
const FORMULA_START = /^[\s\u200b]*[=+\-@\uff1d\uff0b\uff0d\uff20\ufe66\ufe62\ufe63\ufe6b]|^[\t\r]/

/** Prefixes a single quote to a text cell that would be evaluated, so it stays text. */
export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text
}

/** One field per RFC 4180: quoted when it holds a comma, a quote, CR or LF; quotes doubled. */
export function csvField(cell: Cell): string {
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : ''
  const text = neutralizeFormula(cell)
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

/** A whole file: BOM, header row, data rows, each line ended by CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvField).join(','))
  return BOM + lines.map((line) => line + CRLF).join('')
}
