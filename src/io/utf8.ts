// Files are read as UTF-8, and a byte sequence that is not UTF-8 is said, with where it is, rather
// than silently turned into "�": a label that arrives damaged should be found before the workshop.
import { thousands } from '../domain/model/limits'

export interface DecodedText {
  text: string
  /** One line for the user when the bytes were not all valid UTF-8; the text then holds "�" there. */
  warning?: string
}

/** Decodes UTF-8 (a BOM is kept for the caller, as TextDecoder with ignoreBOM). */
export function decodeUtf8(bytes: Uint8Array): DecodedText {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) }
  } catch {
    const bad = invalidUtf8Offsets(bytes)
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
    if (bad.count === 0) return { text }
    const more = bad.count > 1 ? ` and ${thousands(bad.count - 1)} more ${bad.count === 2 ? 'place' : 'places'}` : ''
    return { text, warning: `not valid UTF-8 at byte ${thousands(bad.first)}${more}; read as "\uFFFD" there` }
  }
}

/** Where the bytes break UTF-8 (overlong forms, surrogates and code points past U+10FFFF included). */
export function invalidUtf8Offsets(bytes: Uint8Array): { first: number; count: number } {
  let first = -1
  let count = 0
  let i = 0
  const n = bytes.length
  while (i < n) {
    const b = bytes[i]!
    let need = 0
    let lo = 0x80
    let hi = 0xbf
    if (b < 0x80) {
      i++
      continue
    } else if (b >= 0xc2 && b <= 0xdf) need = 1
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2
      if (b === 0xe0) lo = 0xa0
      if (b === 0xed) hi = 0x9f
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3
      if (b === 0xf0) lo = 0x90
      if (b === 0xf4) hi = 0x8f
    }
    let ok = need > 0
    let j = 1
    for (; ok && j <= need; j++) {
      const c = bytes[i + j]
      if (c === undefined || c < (j === 1 ? lo : 0x80) || c > (j === 1 ? hi : 0xbf)) ok = false
    }
    if (ok) i += need + 1
    else {
      if (first === -1) first = i
      count++
      // As the WHATWG decoder does: skip the lead byte and the continuation bytes that fitted.
      i += Math.max(1, j - 1)
    }
  }
  return { first, count }
}
