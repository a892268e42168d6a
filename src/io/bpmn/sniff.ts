// Says what a file is when it is not BPMN, before and after parsing, so the user reads
// "this is a draw.io diagram" rather than an XML error.
import type { XmlElement } from './xml'
import { NS } from './vocabulary'

/** Checks done on the raw text: empty files, JSON and HTML are recognised without parsing. */
export function sniffText(text: string): string | null {
  const head = text.replace(/^\uFEFF/, '').trimStart().slice(0, 512)
  if (head === '') return 'not a BPMN file: the file is empty'
  if (head[0] === '{' || head[0] === '[') return 'not a BPMN file: it looks like JSON (a .flowstate.json project is opened as a project, not imported as BPMN)'
  if (/<!doctype\s+html/i.test(head) || /^(<\?xml[^>]*>\s*)?<html[\s>]/i.test(head)) return 'not a BPMN file: it looks like an HTML page'
  if (head[0] !== '<') return 'not a BPMN file: it is not XML'
  return null
}

const KNOWN_ROOTS: Record<string, string> = {
  mxfile: 'a draw.io diagram',
  mxGraphModel: 'a draw.io diagram',
  html: 'an HTML page',
  svg: 'an SVG image',
  XPDL: 'an XPDL package',
  Package: 'an XPDL package',
}

/** The root element must be BPMN 2.0 `<definitions>`. */
export function checkRoot(root: XmlElement): string | null {
  if (root.ns === NS.model && root.name === 'definitions') return null
  const known = KNOWN_ROOTS[root.name]
  if (known) return `not a BPMN file: it is ${known}`
  if (root.name === 'definitions' && /DMN/i.test(root.ns)) return 'not a BPMN file: it is a DMN decision model'
  if (root.name === 'definitions') return `not a BPMN 2.0 file: <definitions> is in namespace "${root.ns || '(none)'}", expected "${NS.model}"`
  return `not a BPMN file: the root element is <${root.name}>, expected BPMN 2.0 <definitions>`
}
