// CSV records from a stream of text chunks (RFC 4180: quoted fields may hold the delimiter, quotes
// doubled, and line breaks). Most rows of an export hold no quote at all: those are split with
// indexOf and split, and only rows with a quote are read a character at a time. Each record
// carries the line it starts on, so a bad row is reported where the user will find it.

export const CSV_DELIMITERS = [',', ';', '\t', '|'] as const
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number]

/** A record longer than this is not a row of a log but a quote that was never closed. */
export const MAX_RECORD_CHARS = 1_000_000

export class CsvError extends Error {}

export class CsvRows {
  private rest = ''
  private line = 1
  private started = false

  constructor(
    private readonly delimiter: string,
    private readonly onRow: (fields: string[], line: number) => void,
  ) {}

  push(chunk: string): void {
    let text = this.rest + chunk
    if (!this.started) {
      if (text.length === 0) return
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
      this.started = true
    }
    this.rest = this.consume(text, false)
  }

  end(): void {
    const rest = this.consume(this.rest, true)
    if (rest.length > 0) throw new CsvError(`line ${this.line}: a quoted field is never closed`)
    this.rest = ''
  }

  /** Reads the complete records of `text`; returns what is left for the next chunk. */
  private consume(text: string, final: boolean): string {
    const d = this.delimiter
    let pos = 0
    while (pos < text.length) {
      const nl = text.indexOf('\n', pos)
      if (nl === -1 && !final) break
      const lineEnd = nl === -1 ? text.length : nl
      const quote = text.indexOf('"', pos)
      if (quote === -1 || quote > lineEnd) {
        const end = lineEnd > pos && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd
        if (end > pos) this.onRow(text.slice(pos, end).split(d), this.line)
        this.line++
        pos = lineEnd + 1
        continue
      }
      const record = readQuoted(text, pos, d, final)
      if (record === null) {
        if (text.length - pos > MAX_RECORD_CHARS) throw new CsvError(`line ${this.line}: a quoted field is never closed`)
        break
      }
      this.onRow(record.fields, this.line)
      this.line += 1 + record.breaks
      pos = record.next
    }
    return pos >= text.length ? '' : text.slice(pos)
  }
}

/** One record that holds a quote, from `start`; null when the text ends inside it (more to come). */
function readQuoted(text: string, start: number, d: string, final: boolean): { fields: string[]; next: number; breaks: number } | null {
  const fields: string[] = []
  let field = ''
  let i = start
  let breaks = 0
  let quoted = false
  const dc = d.charCodeAt(0)
  while (i < text.length) {
    const c = text.charCodeAt(i)
    if (quoted) {
      if (c === 34) {
        if (i + 1 >= text.length && !final) return null
        if (text.charCodeAt(i + 1) === 34) {
          field += '"'
          i += 2
        } else {
          quoted = false
          i++
        }
      } else {
        if (c === 10) breaks++
        field += text[i]
        i++
      }
      continue
    }
    if (c === 34 && field.length === 0) {
      quoted = true
      i++
    } else if (c === dc) {
      fields.push(field)
      field = ''
      i++
    } else if (c === 10 || (c === 13 && text.charCodeAt(i + 1) === 10)) {
      fields.push(field)
      return { fields, next: c === 10 ? i + 1 : i + 2, breaks }
    } else if (c === 13 && i + 1 >= text.length && !final) {
      return null
    } else {
      field += text[i]
      i++
    }
  }
  if (!final || quoted) return null
  fields.push(field)
  return { fields, next: i, breaks }
}

/** The delimiter of a header line: the candidate that splits it into the most fields outside quotes. */
export function guessDelimiter(headerLine: string): CsvDelimiter {
  let best: CsvDelimiter = ','
  let bestCount = 0
  for (const d of CSV_DELIMITERS) {
    let count = 0
    let quoted = false
    for (const ch of headerLine) {
      if (ch === '"') quoted = !quoted
      else if (ch === d && !quoted) count++
    }
    if (count > bestCount) {
      best = d
      bestCount = count
    }
  }
  return best
}
