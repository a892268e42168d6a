// A small, defensive XML reader on top of saxes, for BPMN files from anywhere.
// It refuses DOCTYPE (so no entity is ever declared or expanded), caps the size, the number of
// elements and the nesting depth, and keeps only the elements of the namespaces BPMN needs:
// vendor extensions are counted and skipped, never held in memory.
import { SaxesParser, type SaxesTagNS } from 'saxes'
import { formatBytes, thousands } from '../../domain/model/limits'

export interface XmlElement {
  /** Namespace URI. */
  ns: string
  /** Local name, without prefix. */
  name: string
  /** Unqualified attributes only (BPMN's own attributes carry no prefix). */
  attrs: Record<string, string>
  children: XmlElement[]
  /** Character data directly inside the element (flowNodeRef, sourceRef, documentation). */
  text: string
}

export type XmlResult = { ok: true; root: XmlElement; elements: number } | { ok: false; error: string }

export const XML_LIMITS = {
  bytes: 20 * 1024 * 1024,
  elements: 500_000,
  depth: 1_000,
} as const

/** Thrown from inside saxes handlers to stop at the first refusal. */
class Refusal extends Error {}

function hasOwn(o: object, k: string): boolean {
  return Object.prototype.hasOwnProperty.call(o, k)
}

/**
 * Parses `text` keeping elements whose namespace `keep` accepts (and, below a kept element,
 * only kept elements). Returns one line saying what is wrong when the text is refused.
 */
export function readXml(text: string, keep: (ns: string) => boolean): XmlResult {
  const bytes = utf8Length(text)
  if (bytes > XML_LIMITS.bytes) {
    return { ok: false, error: `file is ${formatBytes(bytes)}; the limit is ${formatBytes(XML_LIMITS.bytes)}` }
  }
  const parser = new SaxesParser({ xmlns: true, position: true })
  const stack: (XmlElement | null)[] = []
  let root: XmlElement | null = null
  let elements = 0

  parser.on('doctype', () => {
    throw new Refusal('refused: the file declares a DOCTYPE (entity declarations are never read, for safety)')
  })
  parser.on('opentag', (tag: SaxesTagNS) => {
    elements++
    if (elements > XML_LIMITS.elements) {
      throw new Refusal(`refused: more than ${thousands(XML_LIMITS.elements)} XML elements`)
    }
    if (stack.length >= XML_LIMITS.depth) {
      throw new Refusal(`refused: elements nested more than ${thousands(XML_LIMITS.depth)} deep`)
    }
    const parent = stack.length > 0 ? stack[stack.length - 1]! : undefined
    // Below a skipped element everything is skipped, so a vendor extension never becomes BPMN.
    if (parent === null || !keep(tag.uri)) {
      stack.push(null)
      if (parent === undefined) root = { ns: tag.uri, name: tag.local, attrs: {}, children: [], text: '' }
      return
    }
    const attrs: Record<string, string> = Object.create(null) as Record<string, string>
    for (const key in tag.attributes) {
      if (!hasOwn(tag.attributes, key)) continue
      const a = tag.attributes[key]!
      if (a.uri === '' && a.prefix === '') attrs[a.local] = a.value
    }
    const el: XmlElement = { ns: tag.uri, name: tag.local, attrs, children: [], text: '' }
    if (parent) parent.children.push(el)
    else root = el
    stack.push(el)
  })
  parser.on('closetag', () => {
    stack.pop()
  })
  const onText = (t: string) => {
    const top = stack[stack.length - 1]
    if (top) top.text += t
  }
  parser.on('text', onText)
  parser.on('cdata', onText)

  try {
    parser.write(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).close()
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, error: e.message }
    const message = e instanceof Error ? e.message : String(e)
    return { ok: false, error: `not well-formed XML: ${cleanSaxesMessage(message)}` }
  }
  if (!root) return { ok: false, error: 'not well-formed XML: no root element' }
  return { ok: true, root, elements }
}

/** saxes says "3:14: unexpected close tag."; users read "line 3, column 14: unexpected close tag". */
function cleanSaxesMessage(message: string): string {
  const m = /^(?:[^:]*:)??(\d+):(\d+): (.*?)\.?$/s.exec(message)
  const line = (m ? `line ${m[1]}, column ${m[2]}: ${m[3]}` : message).split('\n')[0]!
  return line.length > 200 ? line.slice(0, 200) + '…' : line
}

function utf8Length(text: string): number {
  // Cheap bound first: UTF-8 needs at most 3 bytes per UTF-16 unit.
  if (text.length * 3 <= XML_LIMITS.bytes) return text.length
  let n = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) n += 1
    else if (c < 0x800) n += 2
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4
      i++
    } else n += 3
  }
  return n
}

/** Decodes file bytes honouring a BOM or the XML declaration's encoding (UTF-8 by default). */
export function decodeXmlBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2))
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2))
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200))
  const declared = /^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1]
  if (declared && !/^utf-?8$/i.test(declared)) {
    try {
      return new TextDecoder(declared).decode(bytes)
    } catch {
      // An encoding the platform does not know: read as UTF-8 and let the parser judge.
    }
  }
  return new TextDecoder('utf-8').decode(bytes)
}
