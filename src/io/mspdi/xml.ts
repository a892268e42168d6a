// A tiny XML writer: elements in the order they are given, text escaped, nothing else.
// MSPDI is order-sensitive (xsd:sequence), so the caller lists children in schema order.

export type XmlNode = { name: string; children: XmlNode[] } | { name: string; text: string }
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

/** Escapes text content; a CR is written as a character reference so a parser keeps it. */
export function escapeText(text: string): string {
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
  const write = (node: XmlNode, depth: number, attrs = ''): void => {
    const pad = '  '.repeat(depth)
    if ('text' in node) {
      out.push(`${pad}<${node.name}${attrs}>${escapeText(node.text)}</${node.name}>`)
    } else if (node.children.length === 0) {
      out.push(`${pad}<${node.name}${attrs}/>`)
    } else {
      out.push(`${pad}<${node.name}${attrs}>`)
      for (const child of node.children) write(child, depth + 1)
      out.push(`${pad}</${node.name}>`)
    }
  }
  write(root, 0, ` xmlns="${escapeText(namespace)}"`)
  return out.join('\n') + '\n'
}
