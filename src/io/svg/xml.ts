// Writing SVG as text. Every label is user data: it goes through `esc`, which also drops the
// characters XML 1.0 cannot hold, so a hostile label yields a valid file that shows it as text.
import { decimal } from '../decimal'

export type Attrs = Record<string, string | number | undefined | null | false>

// Control characters, U+FFFE/U+FFFF and lone surrogates are not allowed anywhere in XML 1.0.
// eslint-disable-next-line no-control-regex -- the pattern removes characters XML forbids
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' }

/** Text or attribute value, escaped; tabs and line breaks are kept as character references. */
export function esc(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"'\t\n\r]/g, (c) => ENTITIES[c]!)
}

/** Coordinates with at most two decimals: smaller files, identical output on every machine. */
export function num(n: number): string {
  return decimal(n, 2)
}

/** One element. Children are already-written markup (use `esc` for text). */
export function el(name: string, attrs: Attrs, ...children: string[]): string {
  let open = `<${name}`
  for (const [key, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue
    open += ` ${key}="${typeof value === 'number' ? num(value) : esc(value)}"`
  }
  const body = children.join('')
  return body ? `${open}>${body}</${name}>` : `${open}/>`
}

/** A `<title>`: the tooltip in a browser and the accessible name for screen readers. */
export function title(text: string): string {
  return text ? `<title>${esc(text)}</title>` : ''
}
