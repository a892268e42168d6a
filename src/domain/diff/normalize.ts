// How labels and catalogue names are compared. Two kinds of comparison exist on purpose:
// - matching (which step is which) forgives case, spacing, punctuation, accents and Unicode forms;
// - "the label changed" forgives only whitespace and line endings, so a label passed through another
//   tool (CRLF, wrapped lines) is not reported as changed, while a real edit ("Scan" → "scan") is.
import type { StepKind } from '../model/types'

/** Whitespace runs (spaces, tabs, CR/LF, U+2028, no-break spaces…) become one space; ends are trimmed. */
export function foldWhitespace(label: string): string {
  return label.replace(/\s+/g, ' ').trim()
}

const PLAIN_ASCII = /^[\x20-\x7e]*$/
const COMBINING_MARKS = /\p{M}+/gu
const APOSTROPHES = /['\u2019\u02bc`\u00b4]/g
const NOT_WORD = /[^\p{L}\p{N}]+/u
const NOT_ASCII_WORD = /[^a-z0-9]+/
const NOT_ASCII_LETTERS = /[^a-z0-9]+/g
const NOT_LETTERS = /[^\p{L}\p{N}]+/gu

/**
 * The words of a label as the matcher sees them: compatibility forms folded (full-width letters,
 * ligatures), accents removed, lower case, apostrophes dropped inside words ("nurse's" → "nurses"),
 * every other non-letter, non-digit a word break.
 */
export function labelWords(label: string): string[] {
  // Most workshop labels are plain ASCII: they skip Unicode normalization and Unicode regexes.
  const words = PLAIN_ASCII.test(label)
    ? label.toLowerCase().replace(APOSTROPHES, '').split(NOT_ASCII_WORD)
    : label.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().replace(APOSTROPHES, '').split(NOT_WORD)
  return words.filter((w) => w.length > 0)
}

/**
 * The equality key of rule 1(b): the label's words run together, so "Pre-op check", "pre op  check"
 * and "PREOP CHECK." are one label. Two different steps whose labels differ only in word breaks do
 * not occur in practice; treating them as one is the forgiving side of the trade. The same as
 * `labelWords(label).join('')`, without building the words.
 */
export function labelKey(label: string): string {
  return PLAIN_ASCII.test(label)
    ? label.toLowerCase().replace(NOT_ASCII_LETTERS, '')
    : label.normalize('NFKD').replace(COMBINING_MARKS, '').toLowerCase().replace(NOT_LETTERS, '')
}

/** Catalogue names (roles, systems, data items) of independent files are matched on this key. */
export function nameKey(name: string): string {
  const key = labelKey(name)
  // A name made only of punctuation ("?") still needs a key of its own.
  return key.length > 0 ? key : foldWhitespace(name)
}

export type KindClass = 'event' | 'task' | 'decision'

/** Rule 1(b): steps of one class can match by label; a start event never matches a task. */
export function kindClass(kind: StepKind): KindClass {
  switch (kind) {
    case 'start':
    case 'end':
    case 'wait':
      return 'event'
    case 'decision':
      return 'decision'
    case 'task':
    case 'subprocess':
      return 'task'
  }
}

/** A label as the matcher sees it, computed once per distinct label; words and bigrams on demand. */
export interface LabelShape {
  label: string
  key: string
  words?: string[]
  /** Sorted character-bigram codes of every word; filled in only when similarity needs them. */
  bigrams?: Float64Array
}

export function labelShape(label: string): LabelShape {
  return { label, key: labelKey(label) }
}

export function wordsOf(shape: LabelShape): string[] {
  return (shape.words ??= labelWords(shape.label))
}

/** The sorted bigram codes of a label's words (a one-letter word counts as itself). */
export function bigramsOf(shape: LabelShape): Float64Array {
  if (shape.bigrams) return shape.bigrams
  let count = 0
  const words = wordsOf(shape)
  for (const w of words) count += w.length === 1 ? 1 : w.length - 1
  const bigrams = new Float64Array(count)
  let k = 0
  for (const w of words) {
    if (w.length === 1) bigrams[k++] = w.charCodeAt(0) * 65536
    else for (let i = 0; i + 1 < w.length; i++) bigrams[k++] = w.charCodeAt(i) * 65536 + w.charCodeAt(i + 1)
  }
  bigrams.sort()
  shape.bigrams = bigrams
  return bigrams
}

/** One shape per distinct label: most labels repeat between two states, so each is normalized once. */
export class LabelShapes {
  private readonly cache = new Map<string, LabelShape>()
  get(label: string): LabelShape {
    let shape = this.cache.get(label)
    if (!shape) {
      shape = labelShape(label)
      this.cache.set(label, shape)
    }
    return shape
  }
}
