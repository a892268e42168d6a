// `flowstate export --format svg` run as a real process: the diff view by default, one state
// with --state, a chosen pair with --from/--to.
import { describe, expect, it } from 'vitest'
import { expectOneLineError, flowstate } from '../../cli/run'
import { byClass, parseSvg, textOf } from './parseSvg'

const STERILE = 'examples/sterile-processing.flowstate.json'
const panes = (svg: string) => byClass(parseSvg(svg), 'pane').map((p) => ({ side: p.attrs.class, title: textOf(byClass(p, 'pane-title')[0]!) }))

describe('flowstate export --format svg', () => {
  it('given a project and no states named, when exported, then it draws the view the app opens with: current, transition and future, current compared with future', () => {
    const run = flowstate(['export', STERILE, '--format', 'svg'])
    expect(run.status).toBe(0)
    expect(panes(run.stdout)).toEqual([
      { side: 'pane pane-before', title: 'Current state: paper logs' },
      { side: 'pane pane-other', title: 'Transition state: tracking system beside the paper logs' },
      { side: 'pane pane-after', title: 'Future state: scanners and sterilizer interface' },
    ])
  })

  it('draws the pair named by --from and --to, and one state with --state', () => {
    const pair = flowstate(['export', STERILE, '--format', 'svg', '--from', 'transition', '--to', 'future'])
    expect(panes(pair.stdout).map((p) => p.side)).toEqual(['pane pane-before', 'pane pane-after'])
    expect(panes(pair.stdout)[0]!.title).toBe('Transition state: tracking system beside the paper logs')
    const one = flowstate(['export', STERILE, '--format', 'svg', '--state', 'Current state'])
    expect(one.status).toBe(0)
    const root = parseSvg(one.stdout)
    expect(byClass(root, 'pane')).toHaveLength(1)
    expect(byClass(root, 'map')).toHaveLength(1)
    expect(byClass(root, 'overlay-added')).toHaveLength(0)
  })

  it('given a BPMN file, when exported without options, then it draws its one state', () => {
    const run = flowstate(['export', 'tests/fixtures/bpmn/lanes.nested.bpmn', '--format', 'svg'])
    expect(run.status).toBe(0)
    expect(byClass(parseSvg(run.stdout), 'map')).toHaveLength(1)
  })

  it('refuses --state with --from, the same state twice, and --state for other formats, in one line', () => {
    expect(expectOneLineError(flowstate(['export', STERILE, '--format', 'svg', '--state', 'current', '--from', 'future']))).toMatch(/--state draws one state/)
    expect(expectOneLineError(flowstate(['export', STERILE, '--format', 'svg', '--from', 'current', '--to', 'current']))).toMatch(/same state/)
    expect(expectOneLineError(flowstate(['export', STERILE, '--format', 'bpmn', '--state', 'current']))).toMatch(/^--format bpmn takes no --state/)
    expect(expectOneLineError(flowstate(['export', STERILE, '--format', 'svg', '--state', 'nowhere']))).toMatch(/no state "nowhere"/)
  })

  it('explains the image and --state in export --help', () => {
    const help = flowstate(['export', '--help']).stdout
    expect(help).toMatch(/svg\s+an image/)
    expect(help).toContain('--state NAME')
  })
})
