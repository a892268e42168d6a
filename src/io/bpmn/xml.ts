// A small, defensive XML reader for BPMN files from anywhere. It refuses DOCTYPE (so no entity
// is ever declared or expanded), caps the size, the number of elements and the nesting depth,
// and keeps only the elements of the namespaces BPMN needs: vendor extensions are counted and
// skipped, never held in memory.
//
// saxes is the reference parser. It reads a character at a time, which costs ~100 ms for a
// 250 KB file in a freshly started process: most of `flowstate diff` on a 1,000-step map. So a
// file is first read by a fast scanner (xmlScan.ts) that handles only plain, well-formed XML and
// hands anything else (DOCTYPE, an unknown entity, a mismatched tag, an odd construct) to saxes,
// whose tree or error is then the answer. A test checks that both give the same tree.
import { formatBytes } from '../../domain/model/limits'
import { decodeUtf8, type DecodedText } from '../utf8'
import { scanXml } from './xmlScan'
import { readWithSaxes } from './xmlSaxes'
import { XML_LIMITS, type XmlResult } from './xmlTree'

export { XML_LIMITS, type XmlElement, type XmlResult } from './xmlTree'

/** Parses `text`; returns the kept tree, or one line saying what is wrong. */
export function readXml(text: string, keep: (ns: string) => boolean, wantsText: (name: string) => boolean = () => true, drop?: (name: string) => boolean): XmlResult {
  const bytes = utf8Length(text)
  if (bytes > XML_LIMITS.bytes) {
    return { ok: false, error: `file is ${formatBytes(bytes)}; the limit is ${formatBytes(XML_LIMITS.bytes)}` }
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
  const options = drop ? { keep, wantsText, drop } : { keep, wantsText }
  return scanXml(body, options) ?? readWithSaxes(body, options)
}

function utf8Length(text: string): number {
  // Cheap bounds first: UTF-8 needs at least 1 and at most 3 bytes per UTF-16 unit.
  if (text.length * 3 <= XML_LIMITS.bytes) return text.length
  if (text.length > XML_LIMITS.bytes) return text.length
  // Node counts natively; the browser counts here.
  if (typeof Buffer !== 'undefined') return Buffer.byteLength(text, 'utf8')
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

/**
 * Decodes file bytes honouring a BOM or the XML declaration's encoding (UTF-8 by default); bytes
 * that are not valid UTF-8 come back with a warning that says where.
 */
export function decodeXmlBytes(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)) }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)) }
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200))
  const declared = /^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(head)?.[1]
  if (declared && !/^utf-?8$/i.test(declared)) {
    try {
      return { text: new TextDecoder(declared).decode(bytes) }
    } catch {
      // An encoding the platform does not know: read as UTF-8 and let the parser judge.
    }
  }
  return decodeUtf8(bytes)
}
