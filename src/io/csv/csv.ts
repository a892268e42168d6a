// CSV as spreadsheets and importers read it: UTF-8 with a byte order mark (so Excel picks UTF-8),
// RFC 4180 quoting, CRLF line ends, and no text cell that a spreadsheet would evaluate.

/** A text cell, or a number this program computed itself (written as a number). */
export type Cell = string | number

const BOM = '\uFEFF'
const CRLF = '\r\n'

/**
 * Characters that make Excel, LibreOffice or Google Sheets read a cell as a formula (OWASP CSV
 * injection): `=`, `+`, `-`, `@`, tab and carriage return at the start of a text cell.
 */
const FORMULA_START = /^[=+\-@\t\r]/

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
