// The SVG of the side-by-side diff view, read back with saxes. What it must show of the sterile
// processing example comes from the hand check in tests/fixtures/examples/sterile-processing.expected.md
// (the same numbers the change list shows in the browser).
import { describe, expect, it } from 'vitest'
import { diffStates } from '../../../src/domain/diff'
import { compareSvg, defaultCompareView } from '../../../src/io/svg'
import { loadProject } from '../../helpers/fixtures'
import { all, byClass, example, flowNodes, hasClass, offsetOf, parseSvg, stepLabelled, stepNodes, textOf, titleOf, type SvgNode } from './parseSvg'

const panesOf = (root: SvgNode) => byClass(root, 'pane')
const paneOf = (root: SvgNode, side: 'before' | 'after' | 'other') => byClass(root, `pane-${side}`)[0]!

describe('the image of the side-by-side diff view', () => {
  const project = example('sterile-processing')
  const view = defaultCompareView(project)!
  const root = parseSvg(compareSvg(project, view))

  it('given the sterile processing example, when nobody picks states, then current is compared with future and the transition state is shown between', () => {
    expect(view).toEqual({ panes: ['sp_state_current', 'sp_state_transition', 'sp_state_future'], before: 'sp_state_current', after: 'sp_state_future' })
    expect(panesOf(root).map((p) => p.attrs.class)).toEqual(['pane pane-before', 'pane pane-other', 'pane pane-after'])
    expect(panesOf(root).map((p) => textOf(byClass(p, 'pane-title')[0]!))).toEqual(project.states.map((s) => s.name))
    expect(panesOf(root).map((p) => textOf(byClass(p, 'pane-tag')[0]!))).toEqual(['Current state · Before', 'Transition state · Also shown', 'Future state · After'])
  })

  it('has a title, the counts of what changes and a legend', () => {
    expect(titleOf(root)).toBe(`${project.name}: ${project.states[0]!.name} → ${project.states[2]!.name}`)
    expect(byClass(root, 'pill').map(textOf)).toEqual(['1 step added', '1 step removed', '10 steps changed', '3 reassigned', '1 new handoff', '4 handoffs removed', '2 duplicates resolved'])
    const legend = textOf(byClass(root, 'legend')[0]!)
    for (const words of ['Added step', 'Removed step (before)', 'New handoff between roles', 'Handoff removed', 'Data documented twice by hand']) expect(legend).toContain(words)
  })

  it('draws every state with all its lanes, steps and flows', () => {
    for (const [i, pane] of panesOf(root).entries()) {
      const state = project.states[i]!
      expect(byClass(pane, 'lane')).toHaveLength(state.lanes.length)
      expect(stepNodes(pane).filter((s) => !hasClass(s, 'ghost')).map((s) => s.attrs['data-step'])).toEqual(state.steps.map((s) => s.id))
      expect(flowNodes(pane).map((f) => f.attrs['data-flow'])).toEqual(state.flows.map((f) => f.id))
    }
  })

  it('marks the added step green on the after side and the removed step on the before side', () => {
    const added = stepLabelled(paneOf(root, 'after'), 'Scan tray at decontamination receipt')[0]!
    expect(hasClass(added, 'overlay-added')).toBe(true)
    expect(byClass(added, 'shape')[0]!.attrs.stroke).toBe('#1a7f37')
    const removed = stepLabelled(paneOf(root, 'before'), 'Wait for courier pickup')[0]!
    expect(hasClass(removed, 'overlay-removed')).toBe(true)
    expect(byClass(removed, 'shape')[0]!.attrs['stroke-dasharray']).toBeDefined()
    expect(byClass(removed, 'badge-removed').map(textOf)).toEqual(['Removed'])
  })

  it('marks changed steps amber and says who a reassigned step moves from and to, on both sides', () => {
    const after = stepLabelled(paneOf(root, 'after'), 'Send soiled cart down the dirty lift')[0]!
    expect(hasClass(after, 'overlay-changed')).toBe(true)
    expect(byClass(after, 'badge-changed').map(textOf)).toContain('Courier → OR nurse')
    const before = stepLabelled(paneOf(root, 'before'), 'Transport soiled cart to decontamination')[0]!
    expect(byClass(before, 'badge-changed').map(textOf)).toContain('Courier → OR nurse')
    expect(stepNodes(paneOf(root, 'after')).filter((s) => hasClass(s, 'overlay-changed'))).toHaveLength(10)
  })

  it('highlights the new handoff on its flow in the after pane and the four lost handoffs in the before pane', () => {
    const added = flowNodes(paneOf(root, 'after')).filter((f) => hasClass(f, 'overlay-added'))
    expect(added).toHaveLength(1)
    expect(titleOf(added[0]!)).toBe('New handoff: OR nurse → SPD decontamination technician')
    expect(byClass(added[0]!, 'flow-line')[0]!.attrs['marker-end']).toBe('url(#fs-arrow-added)')
    expect(byClass(paneOf(root, 'after'), 'flow-label').map(textOf)).toContain('New handoff: OR nurse → SPD decontamination technician')
    const removed = flowNodes(paneOf(root, 'before')).filter((f) => hasClass(f, 'overlay-removed'))
    expect(removed).toHaveLength(4)
    expect(removed.map(titleOf)).toContain('Handoff removed: SPD prep and pack technician → SPD supervisor')
  })

  it('badges duplicate documentation with its data item: before in the current state, during the transition, none after', () => {
    const inspect = stepLabelled(paneOf(root, 'before'), 'Inspect and assemble tray')[0]!
    expect(byClass(inspect, 'badge-duplicate').map(textOf)).toEqual(['Twice: Tray ID'])
    expect(byClass(paneOf(root, 'other'), 'badge-duplicate').length).toBeGreaterThan(0)
    expect(byClass(paneOf(root, 'after'), 'badge-duplicate')).toHaveLength(0)
  })

  it('draws the metrics of each state with the change against the before state', () => {
    const diff = diffStates(project, view.before, view.after)
    const metrics = byClass(paneOf(root, 'after'), 'metric').map(textOf)
    expect(metrics).toContain(`${diff.metrics.after.handoffs} handoffs −${diff.metrics.before.handoffs - diff.metrics.after.handoffs}`)
    expect(byClass(paneOf(root, 'before'), 'metric').map(textOf)).toContain('baseline')
  })

  it('stacks wide maps as rows, and puts them side by side when asked', () => {
    const rows = panesOf(root).map((p) => offsetOf(p))
    expect(new Set(rows.map((p) => p.x)).size).toBe(1)
    expect(rows[1]!.y).toBeGreaterThan(rows[0]!.y)
    const columns = panesOf(parseSvg(compareSvg(project, view, { layout: 'columns' }))).map((p) => offsetOf(p))
    expect(new Set(columns.map((p) => p.y)).size).toBe(1)
    expect(columns[1]!.x).toBeGreaterThan(columns[0]!.x)
  })

  it('given a removed step whose lane stays, when compared, then the after side shows it as a ghost where it was', () => {
    const p = loadProject('svg/svg.ghost-and-kinds.flowstate.json')
    const svg = parseSvg(compareSvg(p, { panes: ['st_now', 'st_next'], before: 'st_now', after: 'st_next' }))
    const ghosts = byClass(paneOf(svg, 'after'), 'ghost')
    // "Wait for the porter" was in the Porter lane, which the future state no longer has: no ghost for it.
    expect(ghosts.map((g) => g.attrs['data-step'])).toEqual(['n_phone'])
    expect(ghosts[0]!.attrs.opacity).toBe('0.5')
    expect(textOf(byClass(ghosts[0]!, 'label')[0]!)).toBe('Phone the porter desk')
    expect(all(ghosts[0]!, (n) => n.name === 'line').length).toBeGreaterThan(0) // struck through
    expect(byClass(paneOf(svg, 'before'), 'badge-duplicate').map(textOf)).toEqual(['Twice: Patient ID', 'Twice: Patient ID'])
  })

  it('given precomputed diffs, when they belong to the pair, then they are used, and a stale one is recomputed', () => {
    const pair = diffStates(project, view.before, view.after)
    expect(compareSvg(project, view, { diffs: { pair } })).toBe(compareSvg(project, view))
    const stale = diffStates(project, view.before, 'sp_state_transition')
    expect(compareSvg(project, view, { diffs: { pair: stale } })).toBe(compareSvg(project, view))
  })

  it('given two images in one page, when each has its own id prefix, then their ids do not collide', () => {
    const a = parseSvg(compareSvg(project, view, { idPrefix: 'left' }))
    const ids = all(a, (n) => n.attrs.id !== undefined).map((n) => n.attrs.id!)
    expect(ids.every((id) => id.startsWith('left-'))).toBe(true)
    expect(byClass(a, 'flow-line').every((l) => l.attrs['marker-end']!.startsWith('url(#left-'))).toBe(true)
  })

  it('refuses a state that is not in the project', () => {
    expect(() => compareSvg(project, { panes: [], before: 'nope', after: view.after })).toThrow(/no state "nope"/)
  })
})
