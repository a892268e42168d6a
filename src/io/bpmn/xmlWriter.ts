// Writing XML text safely: every attribute and text goes through one escape, characters XML 1.0
// cannot carry are dropped, and line breaks in attributes survive as character references.
import { decimal } from '../decimal'

// Control characters XML 1.0 forbids, the two non-characters, and unpaired surrogates.
// eslint-disable-next-line no-control-regex -- the pattern removes characters XML forbids
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export function escapeAttr(value: string): string {
  return value
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;')
}

export function escapeText(value: string): string {
  return value.replace(NOT_XML, '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;')
}

export type Attrs = Record<string, string | number | undefined>

/** A small indenting writer: open/close/leaf/text lines, joined once at the end. */
export class XmlWriter {
  private readonly lines: string[] = ['<?xml version="1.0" encoding="UTF-8"?>']
  private depth = 0

  open(name: string, attrs: Attrs = {}): void {
    this.lines.push(`${this.pad()}<${name}${attrText(attrs)}>`)
    this.depth++
  }

  close(name: string): void {
    this.depth--
    this.lines.push(`${this.pad()}</${name}>`)
  }

  leaf(name: string, attrs: Attrs = {}): void {
    this.lines.push(`${this.pad()}<${name}${attrText(attrs)} />`)
  }

  /** An element holding only text, e.g. <bpmn:flowNodeRef>Task_1</bpmn:flowNodeRef>. */
  text(name: string, text: string, attrs: Attrs = {}): void {
    this.lines.push(`${this.pad()}<${name}${attrText(attrs)}>${escapeText(text)}</${name}>`)
  }

  toString(): string {
    return this.lines.join('\n') + '\n'
  }

  private pad(): string {
    return '  '.repeat(this.depth)
  }
}

function attrText(attrs: Attrs): string {
  let out = ''
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined) continue
    out += ` ${k}="${escapeAttr(typeof v === 'number' ? formatNumber(v) : v)}"`
  }
  return out
}

/** Coordinates with at most one decimal, never "-0" or exponent notation. */
const formatNumber = (n: number): string => decimal(n, 1)

const NC_NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/

/** Ids must be XML NCNames unique in the file: keep `preferred` when it is one, else derive one. */
export class IdAllocator {
  private readonly used = new Set<string>()
  private readonly counters = new Map<string, number>()

  /** The next free `Prefix_n`. */
  next(prefix: string): string {
    let n = this.counters.get(prefix) ?? 0
    let id: string
    do id = `${prefix}_${++n}`
    while (this.used.has(id))
    this.counters.set(prefix, n)
    this.used.add(id)
    return id
  }

  take(preferred: string, fallbackPrefix: string): string {
    if (NC_NAME.test(preferred) && !this.used.has(preferred)) {
      this.used.add(preferred)
      return preferred
    }
    const base = `${fallbackPrefix}_${preferred.replace(/[^A-Za-z0-9_.-]/g, '_')}`.slice(0, 200)
    let id = base
    for (let i = 2; this.used.has(id); i++) id = `${base}_${i}`
    this.used.add(id)
    return id
  }
}
