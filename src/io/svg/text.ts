// Text measured without a browser. The image names Helvetica/Arial first (Liberation Sans on
// Linux has the same widths), so the advance widths below predict the drawn text closely; a
// small margin covers the fallbacks. Wrapping follows the canvas: words, then anywhere.

/** Advance widths of ASCII 32..126 in Helvetica, in thousandths of an em. */
const ASCII = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584,
  556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278,
  469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260,
  334, 584,
]

const SAFETY = 1.06

function charWidth(code: number): number {
  if (code >= 32 && code <= 126) return ASCII[code - 32]!
  if (code < 32) return 0
  // East Asian wide characters, Hangul, full-width forms and emoji take a whole em.
  if ((code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xff00 && code <= 0xff60) || code >= 0x1f000) return 1000
  if (code >= 0x0300 && code <= 0x036f) return 0 // combining marks
  return 580
}

export interface Font {
  size: number
  weight?: number
}

/** The drawn width of `text`, a little generous. */
export function textWidth(text: string, font: Font): number {
  let units = 0
  for (const ch of text) units += charWidth(ch.codePointAt(0)!)
  const bold = (font.weight ?? 400) >= 600 ? 1.07 : (font.weight ?? 400) >= 500 ? 1.03 : 1
  return (units / 1000) * font.size * bold * SAFETY
}

export interface Wrapped {
  lines: string[]
  /** True when text was left out (the last line ends with "…"). */
  cut: boolean
}

/**
 * Breaks `text` into at most `maxLines` lines of at most `width`: at spaces, and inside a word
 * only when the word alone is too wide. Line breaks in the label are kept.
 */
export function wrapText(text: string, width: number, font: Font, maxLines: number): Wrapped {
  const lines: string[] = []
  const paragraphs = text.replace(/\r\n?/g, '\n').split('\n')
  for (const paragraph of paragraphs) {
    const words = paragraph.split(/[ \t\u00a0]+/).filter(Boolean)
    let line = ''
    for (const word of words) {
      const joined = line ? `${line} ${word}` : word
      if (textWidth(joined, font) <= width) {
        line = joined
        continue
      }
      if (line) lines.push(line)
      // A word wider than the line is broken where it must be.
      let rest = word
      while (textWidth(rest, font) > width) {
        const cut = fitChars(rest, width, font)
        lines.push(rest.slice(0, cut))
        rest = rest.slice(cut)
      }
      line = rest
    }
    if (line || paragraphs.length === 1) lines.push(line)
  }
  while (lines.length > 1 && lines[lines.length - 1] === '') lines.pop()
  if (lines.length <= maxLines) return { lines, cut: false }
  const kept = lines.slice(0, maxLines)
  kept[maxLines - 1] = ellipsis(`${kept[maxLines - 1]} ${lines[maxLines]}`, width, font)
  return { lines: kept, cut: true }
}

/** `text` cut to fit `width`, ending in "…" when anything was left out. */
export function ellipsis(text: string, width: number, font: Font): string {
  if (textWidth(text, font) <= width) return text
  const room = width - textWidth('…', font)
  const chars = [...text]
  let used = 0
  let n = 0
  while (n < chars.length) {
    const w = textWidth(chars[n]!, font)
    if (used + w > room) break
    used += w
    n++
  }
  return `${chars.slice(0, n).join('').trimEnd()}…`
}

/** How many UTF-16 units of `text` fit in `width` (at least one character, so wrapping ends). */
function fitChars(text: string, width: number, font: Font): number {
  let used = 0
  let at = 0
  for (const ch of text) {
    const w = textWidth(ch, font)
    if (at > 0 && used + w > width) break
    used += w
    at += ch.length
  }
  return at
}
