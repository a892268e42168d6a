// An SVG read back with saxes (strict: any well-formedness error throws) into a small tree with
// attributes, and the queries the image tests ask of it.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SaxesParser } from 'saxes'
import { parseProjectText, type Project } from '../../../src/domain/model'

/** One of the projects in examples/, read like the app reads it. */
export function example(name: string): Project {
  const parsed = parseProjectText(readFileSync(join(process.cwd(), 'examples', `${name}.flowstate.json`), 'utf8'))
  if (!parsed.ok) throw new Error(parsed.error)
  return parsed.project
}

export interface SvgNode {
  name: string
  attrs: Record<string, string>
  children: SvgNode[]
  parent: SvgNode | null
  /** Text directly inside this element (also kept in order among the children as '#text' nodes). */
  text: string
}

export function parseSvg(svg: string): SvgNode {
  const parser = new SaxesParser({ xmlns: true })
  const stack: SvgNode[] = []
  let root: SvgNode | undefined
  parser.on('error', (e) => {
    throw e
  })
  parser.on('opentag', (tag) => {
    const attrs: Record<string, string> = {}
    for (const [name, a] of Object.entries(tag.attributes)) attrs[name] = typeof a === 'string' ? a : a.value
    const parent = stack[stack.length - 1] ?? null
    const node: SvgNode = { name: tag.local, attrs, children: [], parent, text: '' }
    parent?.children.push(node)
    stack.push(node)
    root ??= node
  })
  parser.on('text', (t) => {
    const top = stack[stack.length - 1]
    if (!top) return
    top.text += t
    top.children.push({ name: '#text', attrs: {}, children: [], parent: top, text: t })
  })
  parser.on('closetag', () => {
    stack.pop()
  })
  parser.write(svg).close()
  if (!root) throw new Error('no root element')
  return root
}

export function all(node: SvgNode, test: (n: SvgNode) => boolean): SvgNode[] {
  const out: SvgNode[] = []
  const walk = (n: SvgNode) => {
    if (n.name === '#text') return
    if (test(n)) out.push(n)
    n.children.forEach(walk)
  }
  walk(node)
  return out
}

export const hasClass = (n: SvgNode, c: string): boolean => (n.attrs.class ?? '').split(/\s+/).includes(c)
export const byClass = (node: SvgNode, c: string): SvgNode[] => all(node, (n) => hasClass(n, c))

/** All text inside `node` as it reads; lines (tspans placed with x) joined by spaces. */
export function textOf(node: SvgNode): string {
  let out = ''
  const walk = (n: SvgNode) => {
    if (n.name === 'title' || n.name === 'desc') return
    if (n.name === '#text') out += n.text
    else if (n.name === 'text' || (n.name === 'tspan' && n.attrs.x !== undefined)) out += ' '
    n.children.forEach(walk)
  }
  walk(node)
  return out.replace(/\s+/g, ' ').trim()
}

export const titleOf = (node: SvgNode): string => node.children.find((c) => c.name === 'title')?.text ?? ''

/** The elements inside `node`, without its text. */
export const elements = (node: SvgNode): SvgNode[] => node.children.filter((c) => c.name !== '#text')

/** The translation of `node` in the document's coordinates (the image uses only translate()). */
export function offsetOf(node: SvgNode | null): { x: number; y: number } {
  let x = 0
  let y = 0
  for (let n = node; n; n = n.parent) {
    const m = /translate\(([-\d.]+)[ ,]+([-\d.]+)\)/.exec(n.attrs.transform ?? '')
    if (m) {
      x += Number(m[1])
      y += Number(m[2])
    }
  }
  return { x, y }
}

export const stepNodes = (root: SvgNode): SvgNode[] => byClass(root, 'step').filter((n) => n.name === 'g')
export const flowNodes = (root: SvgNode): SvgNode[] => byClass(root, 'flow').filter((n) => n.name === 'g')
/** The step drawn with this label (its lines joined). */
export const stepLabelled = (root: SvgNode, label: string): SvgNode[] => stepNodes(root).filter((s) => textOf(byClass(s, 'label')[0]!) === label)

/** Start and end point of a path made of M, L and Q commands. */
export function ends(d: string): { start: { x: number; y: number }; end: { x: number; y: number } } {
  const nums = d.match(/-?\d+(\.\d+)?/g)!.map(Number)
  return { start: { x: nums[0]!, y: nums[1]! }, end: { x: nums[nums.length - 2]!, y: nums[nums.length - 1]! } }
}
