// Labels are user data. Whatever a workshop types (or a hostile file carries), the image stays a
// well-formed SVG that shows it as text: no markup gets in, no character breaks the XML.
import { describe, expect, it } from 'vitest'
import type { Project } from '../../../src/domain/model'
import { compareSvg, stateSvg } from '../../../src/io/svg'
import { loadProject } from '../../helpers/fixtures'
import { all, byClass, parseSvg, stepNodes, textOf, titleOf } from './parseSvg'

const HOSTILE = {
  markup: '</text><script>alert(1)</script><text>',
  entities: `a & b < c > d "double" 'single' ]]> &amp;`,
  control: 'bell\u0007 and\u0001 nul\u0000 end',
  surrogate: 'lone \uD800 high and \uDC00 low',
  emoji: 'Scan 🧪 tube',
  newline: 'first line\nsecond line',
  longWord: 'x'.repeat(300),
}

function hostileProject(): Project {
  const p = loadProject('svg/svg.ghost-and-kinds.flowstate.json')
  const labels = Object.values(HOSTILE)
  return {
    ...p,
    name: '<svg onload="alert(1)">Project & co',
    roles: p.roles.map((r, i) => (i === 0 ? { ...r, name: '<b>Ward</b> & "nurse"', color: 'red" onload="alert(1)' } : r)),
    systems: p.systems.map((s) => ({ ...s, name: `${s.name} <&> "sys"` })),
    dataItems: [{ id: 'd_patient', name: '=HYPERLINK("x")<i>' }],
    states: p.states.map((st) => ({
      ...st,
      steps: st.steps.map((s, i) => ({ ...s, label: labels[i % labels.length]! })),
      flows: st.flows.map((f) => ({ ...f, label: '<flow> & "label"' })),
    })),
  }
}

/** What XML can carry of a label: the same text without the characters XML 1.0 forbids. */
// eslint-disable-next-line no-control-regex -- the pattern removes the characters XML forbids
const legal = (s: string) => s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]|[\uD800-\uDFFF](?![\uDC00-\uDFFF])/g, '')

describe('hostile labels in images', () => {
  const project = hostileProject()
  const images = {
    state: stateSvg(project, project.states[0]!),
    compare: compareSvg(project, { panes: ['st_now', 'st_next'], before: 'st_now', after: 'st_next' }),
  }

  for (const [kind, svg] of Object.entries(images)) {
    it(`given labels full of markup and forbidden characters, when the ${kind} image is drawn, then it parses strictly and holds no markup from them`, () => {
      const root = parseSvg(svg)
      expect(all(root, (n) => n.name === 'script')).toHaveLength(0)
      expect(all(root, (n) => Object.keys(n.attrs).some((a) => /^on/i.test(a)))).toHaveLength(0)
      expect(all(root, (n) => n.name === 'b' || n.name === 'i' || n.name === 'flow')).toHaveLength(0)
      // eslint-disable-next-line no-control-regex -- the image must hold none of the characters XML forbids
      expect(svg).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/)
    })

    it(`shows the ${kind} image's labels as text`, () => {
      const root = parseSvg(svg)
      const shown = stepNodes(root).map((s) => textOf(byClass(s, 'label')[0]!))
      // A word too long for one line is broken over two: compare without the line breaks.
      expect(shown.map((l) => l.replace(/ /g, ''))).toContain(HOSTILE.markup)
      expect(shown).toContain(legal(HOSTILE.entities))
      expect(shown).toContain(HOSTILE.emoji)
      expect(shown).toContain('first line second line')
      expect(shown.some((l) => l.startsWith('lone ') && !/[\uD800-\uDFFF]/.test(l))).toBe(true)
      expect(textOf(byClass(root, 'title')[0]!)).toBe('<svg onload="alert(1)">Project & co')
      expect(byClass(root, 'lane-name').map(textOf)[0]).toBe('<b>Ward</b> & "nurse"')
      expect(byClass(root, 'flow-label').map(textOf)).toContain('<flow> & "label"')
    })
  }

  it('cuts a word too long for its box with an ellipsis, in at most three lines', () => {
    const root = parseSvg(images.state)
    const long = stepNodes(root).find((s) => titleOf(s).startsWith('xxxx'))!
    const lines = all(byClass(long, 'label')[0]!, (n) => n.name === 'tspan')
    expect(lines.length).toBeLessThanOrEqual(3)
    expect(textOf(lines[lines.length - 1]!).endsWith('…')).toBe(true)
  })

  it('draws a role colour that is not a colour in the colour of unassigned steps', () => {
    const root = parseSvg(images.state)
    expect(byClass(root, 'lane-stripe')[0]!.attrs.fill).toBe('#9aa0a6')
  })
})
