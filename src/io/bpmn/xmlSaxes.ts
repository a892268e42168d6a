// The reference reading of a file, with saxes: every file the fast scanner does not take, and
// the error message (with line and column) of every file that is not well-formed.
import { SaxesParser } from 'saxes'
import { DOCTYPE_REFUSAL, Refusal, TreeBuilder, type XmlReadOptions, type XmlResult } from './xmlTree'

export function readWithSaxes(body: string, options: XmlReadOptions): XmlResult {
  // Without its own namespace and position tracking saxes is about twice as fast; a file that
  // fails is parsed again with positions to say where.
  const parser = new SaxesParser({ position: false })
  const tree = new TreeBuilder(options)
  parser.on('doctype', () => {
    throw new Refusal(DOCTYPE_REFUSAL)
  })
  parser.on('opentag', (tag) => tree.open(tag.name, tag.attributes as Record<string, string>))
  parser.on('closetag', () => tree.close())
  parser.on('text', (t) => tree.text(t))
  parser.on('cdata', (t) => tree.text(t))
  try {
    parser.write(body).close()
  } catch (e) {
    if (e instanceof Refusal) return { ok: false, error: e.message }
    return { ok: false, error: `not well-formed XML: ${locate(body)}` }
  }
  if (!tree.root) return { ok: false, error: 'not well-formed XML: no root element' }
  return { ok: true, root: tree.root, elements: tree.elements }
}

/** Parses a broken text again, with positions, to say where and what is wrong. */
function locate(text: string): string {
  const parser = new SaxesParser({ position: true })
  parser.on('doctype', () => {
    throw new Refusal('')
  })
  try {
    parser.write(text).close()
  } catch (e) {
    if (!(e instanceof Refusal)) return cleanSaxesMessage(e instanceof Error ? e.message : String(e))
  }
  return 'the file could not be read'
}

/** saxes says "3:14: unexpected close tag."; users read "line 3, column 14: unexpected close tag". */
function cleanSaxesMessage(message: string): string {
  const m = /^(?:[^:]*:)??(\d+):(\d+): (.*?)\.?$/s.exec(message)
  const line = (m ? `line ${m[1]}, column ${m[2]}: ${m[3]}` : message).split('\n')[0]!
  return line.length > 200 ? line.slice(0, 200) + '…' : line
}
