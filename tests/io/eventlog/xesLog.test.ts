import { describe, expect, it } from 'vitest'
import { readLogText } from './logHelpers'

const xes = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>
<!-- exported by the traceability system -->
<log xes.version="1.0" xmlns="http://www.xes-standard.org/">
  <extension name="Concept" prefix="concept" uri="http://www.xes-standard.org/concept.xesext"/>
  <global scope="event"><string key="concept:name" value="__INVALID__"/></global>
  <classifier name="Activity" keys="concept:name"/>
${body}
</log>
`
const event = (name: string, time: string, more = '') =>
  `    <event><string key="concept:name" value="${name}"/><date key="time:timestamp" value="${time}"/>${more}</event>\n`

describe('reading an XES log as a stream', () => {
  it('reads traces as cases with activities, times, resource, role and department, in any chunking', async () => {
    const text = xes(`  <trace><string key="concept:name" value="T-1"/>
${event('Washed', '2026-03-02T09:00:00.000+01:00', '<string key="org:resource" value="Ann"/><string key="org:role" value="Decon"/><string key="org:group" value="Main OR"/>')}${event('Sterilized &amp; cooled', '2026-03-02T10:00:00.000+01:00')}  </trace>
  <trace><string key="concept:name" value="T-2"/>${event('Washed', '2026-03-02T09:30:00Z')}</trace>`)
    for (const size of [3, 64, 100_000]) {
      const { cases, notes } = await readLogText(text, { format: 'xes' }, size)
      expect(cases.map((c) => [c.id, c.events.map((e) => e.activity)])).toEqual([
        ['T-1', ['Washed', 'Sterilized & cooled']],
        ['T-2', ['Washed']],
      ])
      expect(cases[0]!.events[0]).toMatchObject({ end: Date.UTC(2026, 2, 2, 8), resource: 'Ann', role: 'Decon', department: 'Main OR' })
      expect(notes.withOffset).toBe(3)
    }
  })

  it('joins lifecycle start and complete into one event with a start and an end', async () => {
    const text = xes(`<trace><string key="concept:name" value="T-1"/>
${event('Washed', '2026-03-02T09:00:00Z', '<string key="lifecycle:transition" value="start"/>')}${event('Scanned', '2026-03-02T09:05:00Z')}${event('Washed', '2026-03-02T09:40:00Z', '<string key="lifecycle:transition" value="complete"/>')}${event('Washed', '2026-03-02T09:41:00Z', '<string key="lifecycle:transition" value="schedule"/>')}</trace>`)
    const { cases, notes } = await readLogText(text, { format: 'xes' })
    expect(cases[0]!.events.map((e) => [e.activity, (e.end - e.start) / 60_000])).toEqual([
      ['Washed', 40],
      ['Scanned', NaN],
    ])
    expect(notes.otherLifecycle).toBe(1)
  })

  it('reports events without a time by line, and times without an offset in the stated zone', async () => {
    const text = xes(`<trace><string key="concept:name" value="T-1"/>
    <event><string key="concept:name" value="Washed"/></event>
${event('Scanned', '2026-07-02T09:05:00')}</trace>`)
    const { cases, notes } = await readLogText(text, { format: 'xes', zone: 'Europe/Berlin' })
    expect(notes.badRows).toEqual([{ line: 8, reason: 'no timestamp' }])
    expect(cases[0]!.events[0]!.end).toBe(Date.UTC(2026, 6, 2, 7, 5))
  })

  it('refuses a DOCTYPE, so no entity is ever declared or expanded', async () => {
    const text = `<?xml version="1.0"?><!DOCTYPE log [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]><log><trace><string key="concept:name" value="&b;"/></trace></log>`
    await expect(readLogText(text, { format: 'xes' })).rejects.toThrow('refused: the file declares a DOCTYPE')
  })

  it('refuses an undeclared entity, a cut-off file, a mismatched tag and a file that is not XES', async () => {
    await expect(readLogText(xes('<trace><string key="concept:name" value="&bogus;"/></trace>'), { format: 'xes' })).rejects.toThrow('an unknown entity')
    await expect(readLogText(xes('<trace><event>').slice(0, -10), { format: 'xes' })).rejects.toThrow('cut off')
    await expect(readLogText(xes('<trace></event>'), { format: 'xes' })).rejects.toThrow('line 7: </event> where </trace> was expected')
    await expect(readLogText('<definitions/>', { format: 'xes' })).rejects.toThrow('not an XES log: the root element is <definitions>')
  })

  it('refuses nesting deeper than the limit', async () => {
    const deep = '<list key="x">'.repeat(1_100) + '</list>'.repeat(1_100)
    await expect(readLogText(xes(`<trace>${deep}</trace>`), { format: 'xes' }, 4096)).rejects.toThrow('nested more than 1000 deep')
  })
})
