// A file that is not JSON is refused with one line saying where: line and column, and what was
// expected, the same in every browser and in Node (never the engine's own message).
import { describe, expect, it } from 'vitest'
import { parseProjectText } from '../../src/domain/model'
import { locateJsonError } from '../../src/domain/model/jsonSyntax'
import { readFixture } from '../helpers/fixtures'

const errorOf = (text: string): string => {
  const r = parseProjectText(text)
  if (r.ok) throw new Error('expected a refusal')
  return r.error
}

describe('a file that is not valid JSON', () => {
  it('is refused with the line and column of the mistake and what was expected there', () => {
    // given a project file with a missing comma on line 4
    const text = readFixture('schema/not-json.missing-comma.json')
    // when it is read, then the message points at the second property of that line
    expect(errorOf(text)).toBe('file: not valid JSON at line 4, column 32: expected "," or "}" after a value, found "id"')
  })

  it.each([
    ['a trailing comma', '{\n  "a": 1,\n}', 'line 3, column 1: a comma before "}": remove the comma after the last entry'],
    ['a bare word', '{ "a": tru }', 'line 1, column 8: expected a value, found "tru"'],
    ['single quotes', "{ 'a': 1 }", 'line 1, column 3: expected a property name in double quotes, found "\'"'],
    ['a truncated file', '{ "states": [ { "id": "s1" }', 'line 1, column 29: the file ends before the JSON is complete'],
    ['an unclosed string', '{\r\n  "name": "Sterile\r\n}', 'line 2, column 19: a line break inside a string (write \\n)'],
    ['text after the value', '{}\n{}', 'line 2, column 1: unexpected "{" after the end of the JSON value'],
    ['a bad number', '{ "x": 01 }', 'line 1, column 9: an incomplete or invalid number'],
    ['a bad escape', '{ "x": "a\\q" }', 'line 1, column 10: an invalid escape "\\\\q" in a string'],
    ['an empty file', '  \n', 'line 2, column 1: the file is empty'],
  ])('says where: %s', (_, text, where) => {
    const error = errorOf(text)
    expect(error).toBe(`file: not valid JSON at ${where}`)
    // one line, without the engine's own words
    expect(error).not.toMatch(/\n|position|Unexpected token|JSON\.parse/)
  })

  it('counts columns after a byte order mark as an editor shows them', () => {
    expect(errorOf('\uFEFF{ "a" 1 }')).toBe('file: not valid JSON at line 1, column 7: expected ":" after a property name, found "1"')
  })

  it('finds no mistake in valid JSON, however deeply nested', () => {
    expect(locateJsonError('{"a": [1, -2.5e3, true, false, null, "\\u00e9\\n", {"b": {}}], "c": []}')).toBeNull()
    expect(locateJsonError('['.repeat(100_000) + ']'.repeat(100_000))).toBeNull()
    expect(locateJsonError('['.repeat(100_000))).toEqual({ line: 1, column: 100_001, problem: 'the file ends before the JSON is complete' })
  })
})
