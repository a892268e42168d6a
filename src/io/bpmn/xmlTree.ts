// The tree the BPMN reader works on, and how it is built from parser events: prefixes resolved,
// foreign namespaces skipped, the element and depth limits enforced. Shared by the fast scanner
// and the saxes reading so both give the same tree.
import { LIMITS, thousands } from '../../domain/model/limits'

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
  bytes: LIMITS.bpmnFileBytes,
  elements: LIMITS.bpmnElements,
  depth: 1_000,
} as const

export interface XmlReadOptions {
  /** Elements of other namespaces are skipped with everything inside them. */
  keep: (ns: string) => boolean
  /** The elements whose character data is read (the rest keep text ''). */
  wantsText: (name: string) => boolean
  /**
   * Elements of kept namespaces that the reader never looks at (a diagram's edges and labels):
   * skipped with everything inside them, like foreign ones. Most of a large file's diagram is
   * edges, so reading it costs far less time and memory.
   */
  drop?: (name: string) => boolean
}

/**
 * Attributes as the scanner collects them: like Object.create(null), nothing inherited (no
 * "constructor" or "toString" to find by accident), but a fast object of a known shape rather
 * than a hash table, so a large file takes less time and memory.
 */
export const Attributes = function Attributes() {} as unknown as new () => Record<string, string>
Attributes.prototype = Object.create(null) as Record<string, string>

/** A refusal that needs no parser's opinion: over a limit, or a DOCTYPE. */
export class Refusal extends Error {}

export const DOCTYPE_REFUSAL = 'refused: the file declares a DOCTYPE (entity declarations are never read, for safety)'

/**
 * Builds the kept part of the tree from open/close/text events, resolving namespace prefixes
 * itself (a BPMN file declares a handful) and enforcing the element and depth limits.
 */
export class TreeBuilder {
  elements = 0
  root: XmlElement | null = null
  private readonly stack: (XmlElement | null)[] = []
  /** Per open element: is its character data read? */
  private readonly reads: boolean[] = []
  private readonly scopes: Record<string, string>[] = [{ xml: 'http://www.w3.org/XML/1998/namespace' }]

  constructor(private readonly options: XmlReadOptions) {}

  /** `prefixed: false` promises no "xmlns" and no "prefix:name" attribute (the scanner knows). */
  open(qname: string, attributes: Record<string, string>, prefixed = true): void {
    if (++this.elements > XML_LIMITS.elements) throw new Refusal(`refused: more than ${thousands(XML_LIMITS.elements)} XML elements`)
    if (this.stack.length >= XML_LIMITS.depth) throw new Refusal(`refused: elements nested more than ${thousands(XML_LIMITS.depth)} deep`)
    const parent = this.stack.length > 0 ? this.stack[this.stack.length - 1]! : undefined
    let scope = this.scopes[this.scopes.length - 1]!
    if (prefixed) for (const key in attributes) {
      if (key === 'xmlns' || key.startsWith('xmlns:')) {
        if (scope === this.scopes[this.scopes.length - 1]) scope = { ...scope }
        scope[key === 'xmlns' ? '' : key.slice(6)] = attributes[key]!
      }
    }
    this.scopes.push(scope)
    const colon = qname.indexOf(':')
    const name = colon === -1 ? qname : qname.slice(colon + 1)
    const ns = scope[colon === -1 ? '' : qname.slice(0, colon)] ?? ''
    // Below a skipped element everything is skipped, so a vendor extension never becomes BPMN.
    if (parent === null || !this.options.keep(ns) || this.options.drop?.(name) === true) {
      this.stack.push(null)
      this.reads.push(false)
      if (parent === undefined) this.root = { ns, name, attrs: {}, children: [], text: '' }
      return
    }
    // The parser's own object when it holds only plain attributes (the usual case), else a copy without the prefixed ones.
    let attrs = attributes
    if (prefixed || (Object.getPrototypeOf(attributes) !== null && !(attributes instanceof Attributes))) {
      attrs = Object.create(null) as Record<string, string>
      for (const key in attributes) {
        if (key.indexOf(':') === -1 && key !== 'xmlns' && Object.prototype.hasOwnProperty.call(attributes, key)) attrs[key] = attributes[key]!
      }
    }
    const el: XmlElement = { ns, name, attrs, children: [], text: '' }
    if (parent) parent.children.push(el)
    else this.root = el
    this.stack.push(el)
    this.reads.push(this.options.wantsText(name))
  }

  close(): void {
    this.stack.pop()
    this.reads.pop()
    this.scopes.pop()
  }

  /** Is the element open now skipped (so its children are, and their attributes are never read)? */
  skipping(): boolean {
    return this.stack.length > 0 && this.stack[this.stack.length - 1] === null
  }

  /** Does the element open now read its character data? */
  readsText(): boolean {
    return this.reads[this.reads.length - 1] === true
  }

  text(t: string): void {
    if (this.reads[this.reads.length - 1]) this.stack[this.stack.length - 1]!.text += t
  }
}

