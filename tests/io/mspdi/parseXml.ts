// A small element tree built with saxes (namespace-aware), strict: any well-formedness error throws.
import { SaxesParser } from 'saxes'

export interface XmlElement {
  name: string
  uri: string
  children: XmlElement[]
  text: string
}

export function parseXml(xml: string): XmlElement {
  const parser = new SaxesParser({ xmlns: true })
  const stack: XmlElement[] = []
  let root: XmlElement | undefined
  parser.on('error', (e) => {
    throw e
  })
  parser.on('opentag', (tag) => {
    const el: XmlElement = { name: tag.local, uri: tag.uri, children: [], text: '' }
    stack[stack.length - 1]?.children.push(el)
    stack.push(el)
    root ??= el
  })
  parser.on('text', (t) => {
    const top = stack[stack.length - 1]
    if (top) top.text += t
  })
  parser.on('closetag', () => {
    stack.pop()
  })
  parser.write(xml).close()
  if (!root) throw new Error('no root element')
  return root
}

export const child = (el: XmlElement, name: string): XmlElement | undefined => el.children.find((c) => c.name === name)
export const childText = (el: XmlElement, name: string): string | undefined => child(el, name)?.text
export const childrenNamed = (el: XmlElement, name: string): XmlElement[] => el.children.filter((c) => c.name === name)
