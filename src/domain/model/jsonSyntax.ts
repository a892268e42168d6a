// Where a file stops being JSON, said the same way in every browser and in Node: JSON.parse's
// own messages differ between engines and often give no position at all ("Unexpected token").
// Only run after JSON.parse has failed, so speed does not matter; an explicit stack instead of
// recursion, so a deeply nested file cannot overflow it.

export interface JsonSyntaxError {
  /** 1-based, counted in lines ended by \n (a \r\n ending is one line break). */
  line: number
  /** 1-based, in characters from the start of the line. */
  column: number
  problem: string
}

type Expect = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'commaOrClose' | 'done'

/** One line for the user: "not valid JSON at line 4, column 17: expected "," or "}" after a value, found "]"". */
export function describeJsonError(text: string): string {
  const found = locateJsonError(text)
  return found ? `not valid JSON at line ${found.line}, column ${found.column}: ${found.problem}` : 'not valid JSON'
}

/** The first place where `text` breaks JSON's grammar, or null when it is valid JSON. */
export function locateJsonError(text: string): JsonSyntaxError | null {
  const at = (offset: number, problem: string): JsonSyntaxError => ({ ...lineAndColumn(text, offset), problem })
  if (text.trim() === '') return at(text.length, 'the file is empty')
  const stack: ('}' | ']')[] = []
  let expect = 'value' as Expect
  let afterComma = false
  let i = 0
  const afterValue = () => {
    expect = stack.length > 0 ? 'commaOrClose' : 'done'
    afterComma = false
  }
  for (;;) {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++
    if (i >= text.length) return expect === 'done' ? null : at(i, 'the file ends before the JSON is complete')
    const c = text[i]!
    const closer = stack[stack.length - 1]
    if (afterComma && (c === '}' || c === ']')) return at(i, `a comma before ${show(c)}: remove the comma after the last entry`)
    switch (expect) {
      case 'value':
      case 'valueOrClose':
        if (expect === 'valueOrClose' && c === ']') {
          stack.pop()
          i++
          afterValue()
        } else if (c === '{' || c === '[') {
          stack.push(c === '{' ? '}' : ']')
          expect = c === '{' ? 'keyOrClose' : 'valueOrClose'
          afterComma = false
          i++
        } else {
          const end = scanValue(text, i)
          if (typeof end !== 'number') return at(end.offset, end.problem)
          i = end
          afterValue()
        }
        break
      case 'key':
      case 'keyOrClose':
        if (expect === 'keyOrClose' && c === '}') {
          stack.pop()
          i++
          afterValue()
        } else if (c === '"') {
          const end = scanString(text, i)
          if (typeof end !== 'number') return at(end.offset, end.problem)
          i = end
          expect = 'colon'
          afterComma = false
        } else return at(i, `expected a property name in double quotes, found ${show(c, text, i)}`)
        break
      case 'colon':
        if (c !== ':') return at(i, `expected ":" after a property name, found ${show(c, text, i)}`)
        i++
        expect = 'value'
        break
      case 'commaOrClose':
        if (c === ',') {
          i++
          expect = closer === '}' ? 'key' : 'value'
          afterComma = true
        } else if (c === closer) {
          stack.pop()
          i++
          afterValue()
        } else return at(i, `expected "," or "${closer}" after a value, found ${show(c, text, i)}`)
        break
      case 'done':
        return at(i, `unexpected ${show(c, text, i)} after the end of the JSON value`)
    }
  }
}

/** Where a JSON text first nests deeper than `limit` (arrays and objects), or null when it never does. */
export function locateDepth(text: string, limit: number): { line: number; column: number } | null {
  let depth = 0
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c === 0x22) {
      // Skip a string, escapes included.
      for (i++; i < text.length && text.charCodeAt(i) !== 0x22; i++) if (text.charCodeAt(i) === 0x5c) i++
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > limit) return lineAndColumn(text, i)
    } else if (c === 0x5d || c === 0x7d) depth--
  }
  return null
}

type Scan = number | { offset: number; problem: string }

/** A string, number, true, false or null starting at `i`: the offset after it, or what is wrong. */
function scanValue(text: string, i: number): Scan {
  const c = text[i]!
  if (c === '"') return scanString(text, i)
  if (c === '-' || (c >= '0' && c <= '9')) return scanNumber(text, i)
  for (const word of ['true', 'false', 'null']) if (text.startsWith(word, i)) return i + word.length
  return { offset: i, problem: `expected a value, found ${show(c, text, i)}` }
}

function scanString(text: string, start: number): Scan {
  for (let j = start + 1; j < text.length; j++) {
    const c = text[j]!
    if (c === '"') return j + 1
    if (c === '\\') {
      const e = text[j + 1]
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(j + 2, j + 6))) return { offset: j, problem: 'a \\u escape needs four hexadecimal digits' }
        j += 5
      } else if (e !== undefined && '"\\/bfnrt'.includes(e)) j++
      else return { offset: j, problem: `an invalid escape ${JSON.stringify('\\' + (e ?? ''))} in a string` }
    } else if (c.charCodeAt(0) < 0x20) {
      return { offset: j, problem: c === '\n' || c === '\r' ? 'a line break inside a string (write \\n)' : 'a control character inside a string' }
    }
  }
  return { offset: start, problem: 'a string that starts here is not closed' }
}

function scanNumber(text: string, start: number): Scan {
  const m = /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?/.exec(text.slice(start, start + 400))
  if (!m) return { offset: start, problem: `expected a value, found ${show(text[start]!, text, start)}` }
  const end = start + m[0].length
  // "1." or "1e" or "-": the number stops where JSON's grammar stops it.
  if (/[.eE0-9]/.test(text[end] ?? '')) return { offset: end, problem: 'an incomplete or invalid number' }
  return end
}

/** What was found, for the message: a string as written ("id"), a whole word ("tru") or one character, quoted. */
function show(c: string, text = '', i = 0): string {
  if (c === '"') {
    const string = /^"(?:[^"\\\n]|\\.){0,30}"/.exec(text.slice(i, i + 80))?.[0]
    if (string) return string
  }
  const word = /^[A-Za-z_$][\w$]*/.exec(text.slice(i, i + 40))?.[0]
  return JSON.stringify(word ?? c)
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let k = text.indexOf('\n'); k !== -1 && k < offset; k = text.indexOf('\n', k + 1)) {
    line++
    lineStart = k + 1
  }
  return { line, column: offset - lineStart + 1 }
}
