import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { foldWhitespace, labelKey, labelWords, nameKey } from '../../../src/domain/diff/normalize'
import { bigramDice } from '../../../src/domain/diff/similarity'
import { labelShape } from '../../../src/domain/diff/normalize'

describe('label normalization', () => {
  it('folds case, spacing, punctuation, accents and Unicode compatibility forms for matching', () => {
    const same = ['Pre-op check', 'pre op  check', 'PRE-OP CHECK.', 'Pré-op chéck', 'Ｐｒｅ－ｏｐ check', 'pre\r\nop\tcheck!']
    expect(new Set(same.map(labelKey))).toEqual(new Set(['preopcheck']))
  })

  it("drops apostrophes inside words: \"nurse's\" is one word", () => {
    expect(labelWords("Nurse's count sheet")).toEqual(['nurses', 'count', 'sheet'])
    expect(labelWords('Nurse’s count')).toEqual(['nurses', 'count'])
  })

  it('keys a label exactly as its words run together', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => labelKey(s) === labelWords(s).join('')), { numRuns: 500 })
    fc.assert(fc.property(fc.string(), (s) => labelKey(s) === labelWords(s).join('')), { numRuns: 500 })
  })

  it('folds only whitespace and line endings when deciding whether a label changed', () => {
    expect(foldWhitespace('  Scan\r\ntray\u00a0 now ')).toBe('Scan tray now')
    expect(foldWhitespace('Scan tray')).not.toBe(foldWhitespace('scan tray'))
  })

  it('gives names made of punctuation a key of their own', () => {
    expect(nameKey('?')).toBe('?')
    expect(nameKey('OR Nurse')).toBe(nameKey('or-nurse'))
  })

  it('scores word order as the same label', () => {
    expect(bigramDice(labelShape('Tray scan'), labelShape('Scan tray'))).toBe(1)
  })
})
