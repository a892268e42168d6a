// The fast XML scanner never disagrees with saxes: on every real file and on generated odd
// documents it either gives saxes's exact tree (or refusal), or hands the file to saxes.
import fc from 'fast-check'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isBpmnNamespace } from '../../../src/io/bpmn/vocabulary'
import { readXml } from '../../../src/io/bpmn/xml'
import { readWithSaxes } from '../../../src/io/bpmn/xmlSaxes'
import { scanXml } from '../../../src/io/bpmn/xmlScan'

const bpmnOptions = { keep: isBpmnNamespace, wantsText: (name: string) => name === 'flowNodeRef' || name === 'documentation' || name === 'targetRef' }
const everything = { keep: () => true, wantsText: () => true }

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n)
    return statSync(p).isDirectory() ? files(p) : n.endsWith('.bpmn') ? [p] : []
  })
}

describe('the fast XML scanner', () => {
  const all = [...files(join(process.cwd(), 'tests/fixtures/corpus')), ...files(join(process.cwd(), 'tests/fixtures/bpmn'))]

  it.each(all.map((f) => [f.slice(process.cwd().length + 1), f]))('reads %s exactly as saxes does', (_, path) => {
    const body = readFileSync(path, 'utf8').replace(/^\uFEFF/, '')
    for (const options of [bpmnOptions, everything]) {
      const fast = scanXml(body, options)
      if (fast !== null) expect(fast).toEqual(readWithSaxes(body, options))
    }
  })

  it('takes the real files itself (the point of having it)', () => {
    const taken = all.filter((f) => !f.includes('hostile.') && scanXml(readFileSync(f, 'utf8').replace(/^\uFEFF/, ''), bpmnOptions) !== null)
    expect(taken.length).toBe(all.filter((f) => !f.includes('hostile.')).length)
  })

  it('hands odd documents to saxes or reads them exactly as saxes does', () => {
    const pieces = [
      '<a>', '</a>', '<b x="1"/>', "<b y='2' z=\"&lt;&#10;\"/>", '<c>', '</c>', 'text', ' ', '\n', '\r\n', '\r', '\t',
      '&amp;', '&lt;', '&#x1F600;', '&#65;', '&#0;', '&#xD800;', '&nbsp;', '&', '<', '>', ']]>', '"', "'",
      '<![CDATA[ <x> & ]]>', '<!-- note -->', '<!-- a -- b -->', '<?pi data?>', '<?xml version="1.0"?>',
      '<p:d xmlns:p="urn:p" p:q="1" r="2"/>', '<e xmlns="urn:e"><f/></e>', '<g a="1" a="2"/>', '<h a="x<y"/>',
      '<i\ta = "1"\n/>', '<j/ >', '</ a>', '<k a="1"b="2"/>', '<!DOCTYPE x>', '\u0001', '\uFFFE', 'é', '<ü/>',
    ]
    const doc = fc.tuple(
      fc.constantFrom('', '<?xml version="1.0" encoding="UTF-8"?>\n', '<?xml version="1.1"?>', '<?xml encoding="x"?>', ' '),
      fc.array(fc.constantFrom(...pieces), { maxLength: 12 }),
      fc.constantFrom('<root xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL">', '<root>', ''),
      fc.constantFrom('</root>', '', '</root><root>', '</root>\n<!-- end -->\n'),
    )
    fc.assert(
      fc.property(doc, ([declaration, inner, start, end]) => {
        const body = declaration + start + inner.join('') + end
        for (const options of [bpmnOptions, everything]) {
          const fast = scanXml(body, options)
          if (fast !== null) expect(fast).toEqual(readWithSaxes(body, options))
        }
      }),
      { numRuns: 3000, seed: 20260117 },
    )
  })

  it('still refuses a DOCTYPE itself and leaves broken files to saxes for the message', () => {
    expect(readXml('<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>', () => true)).toEqual({
      ok: false,
      error: 'refused: the file declares a DOCTYPE (entity declarations are never read, for safety)',
    })
    expect(readXml('<x><y></x>', () => true)).toEqual({ ok: false, error: 'not well-formed XML: line 1, column 10: unexpected close tag' })
  })
})
