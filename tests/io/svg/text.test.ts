// Text measured and wrapped without a browser, for labels inside boxes and under events.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ellipsis, textWidth, wrapText } from '../../../src/io/svg/text'
import { esc } from '../../../src/io/svg/xml'

const FONT = { size: 13, weight: 500 }

describe('wrapping labels', () => {
  it('given a label that fits, when wrapped, then it stays one line', () => {
    expect(wrapText('Pack tray', 136, FONT, 3)).toEqual({ lines: ['Pack tray'], cut: false })
  })

  it('breaks at spaces, keeps the label’s own line breaks, and cuts what does not fit with an ellipsis', () => {
    expect(wrapText('Transport soiled cart to decontamination', 136, FONT, 3).lines).toEqual(['Transport soiled cart', 'to decontamination'])
    expect(wrapText('first\nsecond', 136, FONT, 3).lines).toEqual(['first', 'second'])
    const cut = wrapText('one two three four five six seven eight nine ten eleven twelve thirteen fourteen', 80, FONT, 2)
    expect(cut.cut).toBe(true)
    expect(cut.lines).toHaveLength(2)
    expect(cut.lines[1]!.endsWith('…')).toBe(true)
  })

  it('never gives more lines than asked, nor a line wider than the box (a single character aside)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), fc.integer({ min: 20, max: 300 }), fc.integer({ min: 1, max: 4 }), (text, width, max) => {
        const { lines } = wrapText(text, width, FONT, max)
        expect(lines.length).toBeLessThanOrEqual(max)
        for (const line of lines) if ([...line].length > 1) expect(textWidth(line, FONT)).toBeLessThanOrEqual(width + 0.001)
      }),
    )
  })

  it('gives wide characters (CJK) a whole em, so they wrap sooner than Latin letters', () => {
    expect(textWidth('検体を受け付ける', FONT)).toBeGreaterThan(textWidth('abcdefgh', FONT) * 1.5)
    expect(ellipsis('A very long name of a system', 60, { size: 10.5 })).toMatch(/…$/)
  })
})

describe('escaping', () => {
  it('escapes markup and quotes, keeps line breaks as references and drops what XML cannot hold', () => {
    expect(esc(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;')
    expect(esc('a\tb\nc')).toBe('a&#9;b&#10;c')
    expect(esc('x\u0000\u0008\uFFFF\uD800y')).toBe('xy')
    expect(esc('🧪')).toBe('🧪')
  })
})
