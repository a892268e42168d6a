// A tiny XML writer: elements in the order they are given, text escaped, nothing else.
// MSPDI is order-sensitive (xsd:sequence), so the caller lists children in schema order.

/** An element with children, an element with text, or markup already written (see `rendered`). */
export type XmlNode = { name: string; children: XmlNode[] } | { name: string; text: string } | { markup: string }
export type XmlValue = string | number | boolean

/** A leaf element. Booleans become 1/0, as Microsoft Project writes them. */
export function el(name: string, value: XmlValue): XmlNode {
  return { name, text: typeof value === 'boolean' ? (value ? '1' : '0') : String(value) }
}

export function group(name: string, children: (XmlNode | null | undefined | false)[]): XmlNode {
  return { name, children: children.filter((c): c is XmlNode => Boolean(c)) }
}

// Characters XML 1.0 cannot carry at all: C0 controls other than tab, LF and CR, lone surrogates, U+FFFE/F.
// eslint-disable-next-line no-control-regex -- the pattern removes characters XML forbids
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

// eslint-disable-next-line no-control-regex -- the pattern finds characters XML forbids, to escape them
const NEEDS_ESCAPE = /[&<>"'\r\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/

/** Escapes text content; a CR is written as a character reference so a parser keeps it. */
export function escapeText(text: string): string {
  // Most text (numbers, dates, names) needs nothing: say so in one pass instead of seven.
  if (!NEEDS_ESCAPE.test(text)) return text
  return text
    .replace(INVALID_XML, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\r/g, '&#13;')
}

export function renderXml(root: XmlNode, namespace: string): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>']
  write(out, root, 0, ` xmlns="${escapeText(namespace)}"`)
  return out.join('\n') + '\n'
}

/**
 * `node` written now, to sit at `depth` in the document. A plan of 150,000 tasks is written task
 * by task this way: holding every task's element tree until the end took gigabytes.
 */
export function rendered(node: XmlNode, depth: number): XmlNode {
  const out: string[] = []
  write(out, node, depth)
  return { markup: out.join('\n') }
}

function write(out: string[], node: XmlNode, depth: number, attrs = ''): void {
  if ('markup' in node) {
    out.push(node.markup)
    return
  }
  const pad = '  '.repeat(depth)
  if ('text' in node) {
    out.push(`${pad}<${node.name}${attrs}>${escapeText(node.text)}</${node.name}>`)
  } else if (node.children.length === 0) {
    out.push(`${pad}<${node.name}${attrs}/>`)
  } else {
    out.push(`${pad}<${node.name}${attrs}>`)
    for (const child of node.children) write(out, child, depth + 1)
    out.push(`${pad}</${node.name}>`)
  }
}
