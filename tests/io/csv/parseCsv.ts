// A strict RFC 4180 reader for the tests: CRLF between records, quotes doubled inside quoted
// fields, nothing but a comma or a line end after a closing quote. It throws on anything else.
export interface ParsedCsv {
  bom: boolean
  rows: string[][]
}

export function parseCsv(text: string): ParsedCsv {
  const bom = text.charCodeAt(0) === 0xfeff
  const s = bom ? text.slice(1) : text
  const rows: string[][] = []
  let row: string[] = []
  let i = 0
  if (!s.endsWith('\r\n')) throw new Error('the last record does not end with CRLF')
  while (i < s.length) {
    let field = ''
    if (s[i] === '"') {
      i++
      for (;;) {
        if (i >= s.length) throw new Error('unterminated quoted field')
        if (s[i] === '"') {
          if (s[i + 1] === '"') {
            field += '"'
            i += 2
            continue
          }
          i++
          break
        }
        field += s[i++]
      }
    } else {
      while (i < s.length && s[i] !== ',' && s[i] !== '\r') {
        if (s[i] === '"' || s[i] === '\n') throw new Error(`unquoted field holds ${JSON.stringify(s[i])} at ${i}`)
        field += s[i++]
      }
    }
    row.push(field)
    if (s[i] === ',') {
      i++
    } else if (s.startsWith('\r\n', i)) {
      rows.push(row)
      row = []
      i += 2
    } else {
      throw new Error(`expected a comma or CRLF at ${i}, found ${JSON.stringify(s.slice(i, i + 10))}`)
    }
  }
  const width = rows[0]?.length ?? 0
  rows.forEach((r, n) => {
    if (r.length !== width) throw new Error(`record ${n} has ${r.length} fields, the header ${width}`)
  })
  return { bom, rows }
}

/** Rows as objects by header name; a repeated header collects its cells in order. */
export function records(rows: string[][]): Record<string, string[]>[] {
  const [header, ...data] = rows
  return data.map((r) => {
    const out: Record<string, string[]> = {}
    header!.forEach((h, i) => (out[h] ??= []).push(r[i]!))
    return out
  })
}
