// The SVG of one state, read back with saxes: the lanes, steps and flows the canvas shows, in
// the canvas's geometry (src/domain/model/layout.ts).
import { describe, expect, it } from 'vitest'
import { absolutePosition, laneBands, LANE_HEADER_WIDTH, stepSize } from '../../../src/domain/model'
import { stateSvg } from '../../../src/io/svg'
import { loadProject } from '../../helpers/fixtures'
import { all, byClass, ends, example, flowNodes, hasClass, offsetOf, parseSvg, stepNodes, textOf, titleOf } from './parseSvg'

describe('the image of one state', () => {
  const project = example('sterile-processing')
  const state = project.states[0]!
  const root = parseSvg(stateSvg(project, state))

  it('given the current state of the sterile processing example, when drawn, then it is an SVG with a title and a size', () => {
    expect(root.name).toBe('svg')
    expect(root.attrs.xmlns).toBe('http://www.w3.org/2000/svg')
    expect(Number(root.attrs.width)).toBeGreaterThan(3000)
    expect(root.attrs.viewBox).toBe(`0 0 ${root.attrs.width} ${root.attrs.height}`)
    expect(titleOf(root)).toBe(`${project.name}: ${state.name}`)
    expect(textOf(byClass(root, 'title')[0]!)).toBe(project.name)
  })

  it('draws a lane per role in the state’s order, with its name, its colour stripe and the band’s height', () => {
    const lanes = byClass(root, 'lane')
    const bands = laneBands(state, project.roles)
    expect(lanes.map((l) => textOf(byClass(l, 'lane-name')[0]!))).toEqual(bands.map((b) => b.name))
    lanes.forEach((lane, i) => {
      const stripe = byClass(lane, 'lane-stripe')[0]!
      expect(stripe.attrs.fill).toBe(bands[i]!.color)
      expect(Number(stripe.attrs.y)).toBe(bands[i]!.top)
      expect(Number(byClass(lane, 'lane-head')[0]!.attrs.width)).toBe(LANE_HEADER_WIDTH)
    })
  })

  it('draws every step where the canvas draws it, with its whole label', () => {
    const steps = stepNodes(root)
    expect(steps.map((s) => s.attrs['data-step'])).toEqual(state.steps.map((s) => s.id))
    const bands = laneBands(state, project.roles)
    const map = offsetOf(byClass(root, 'map')[0]!)
    for (const step of state.steps) {
      const node = steps.find((s) => s.attrs['data-step'] === step.id)!
      const at = offsetOf(node)
      const expected = absolutePosition(step, bands)
      expect({ x: at.x - map.x, y: at.y - map.y }).toEqual(expected)
      expect(textOf(byClass(node, 'label')[0]!)).toBe(step.label.replace(/\s+/g, ' '))
    }
  })

  it('draws each step by its kind: tasks as rectangles, decisions as diamonds, waits as clocks, events as circles', () => {
    const shapeOf = (kind: string) => stepNodes(root).filter((s) => hasClass(s, `kind-${kind}`))
    expect(shapeOf('task').every((s) => byClass(s, 'shape')[0]!.name === 'rect')).toBe(true)
    expect(shapeOf('decision').every((s) => byClass(s, 'shape')[0]!.name === 'polygon')).toBe(true)
    for (const wait of shapeOf('wait')) {
      expect(all(wait, (n) => n.name === 'circle')).toHaveLength(2) // the clock face and its rim
      expect(all(wait, (n) => n.name === 'path')).toHaveLength(1) // the hands
    }
    expect(shapeOf('start').every((s) => byClass(s, 'shape')[0]!.name === 'circle')).toBe(true)
    const end = byClass(shapeOf('end')[0]!, 'shape')[0]!
    expect(Number(end.attrs['stroke-width'])).toBeGreaterThan(4)
  })

  it('draws every flow from the right side of its step to the left side of the next, with an arrowhead that exists', () => {
    const flows = flowNodes(root)
    expect(flows.map((f) => f.attrs['data-flow'])).toEqual(state.flows.map((f) => f.id))
    const markers = new Set(all(root, (n) => n.name === 'marker').map((m) => m.attrs.id))
    const bands = laneBands(state, project.roles)
    const byId = new Map(state.steps.map((s) => [s.id, s]))
    for (const flow of state.flows) {
      const path = byClass(flows.find((f) => f.attrs['data-flow'] === flow.id)!, 'flow-line')[0]!
      expect(markers.has(/url\(#(.+)\)/.exec(path.attrs['marker-end']!)![1]!)).toBe(true)
      const from = byId.get(flow.from)!
      const to = byId.get(flow.to)!
      const { start, end } = ends(path.attrs.d!)
      const a = absolutePosition(from, bands)
      const b = absolutePosition(to, bands)
      expect(start).toEqual({ x: a.x + stepSize(from.kind).width, y: a.y + stepSize(from.kind).height / 2 })
      expect(end).toEqual({ x: b.x, y: b.y + stepSize(to.kind).height / 2 })
    }
  })

  it('labels flows, and badges systems and records typed by hand', () => {
    const labels = byClass(root, 'flow-label').map(textOf)
    expect(labels).toEqual(expect.arrayContaining(state.flows.filter((f) => f.label).map((f) => f.label!)))
    const inspect = stepNodes(root).find((s) => textOf(byClass(s, 'label')[0]!) === 'Inspect and assemble tray')!
    expect(byClass(inspect, 'badge-system').length).toBeGreaterThan(0)
    expect(titleOf(byClass(inspect, 'badge-manual')[0]!)).toMatch(/^Documented by hand: /)
  })

  it('marks the state’s own duplicate documentation with the data item', () => {
    const twice = byClass(root, 'badge-duplicate').map(textOf)
    expect(twice).toContain('Twice: Tray ID')
    expect(twice).toContain('Twice: Biological indicator result')
  })

  it('given the same state twice, when drawn, then the images are identical', () => {
    expect(stateSvg(project, state)).toBe(stateSvg(project, state))
  })

  it('given a state with every step kind, when drawn, then a subprocess has a double border and the rework loop is drawn too', () => {
    const p = loadProject('svg/svg.ghost-and-kinds.flowstate.json')
    const svg = parseSvg(stateSvg(p, p.states[0]!))
    const sub = stepNodes(svg).find((s) => hasClass(s, 'kind-subprocess'))!
    expect(all(sub, (n) => n.name === 'rect')).toHaveLength(2)
    expect(flowNodes(svg)).toHaveLength(p.states[0]!.flows.length)
    const loop = flowNodes(svg).find((f) => f.attrs['data-flow'] === 'nf_7')!
    // Backwards: leaves to the right of the decision and enters the relabel step from the left.
    const { start, end } = ends(byClass(loop, 'flow-line')[0]!.attrs.d!)
    expect(start.x).toBeGreaterThan(end.x)
  })

  it('given a state with no steps, when drawn, then it says so', () => {
    const p = loadProject('svg/svg.ghost-and-kinds.flowstate.json')
    const empty = { ...p.states[0]!, id: 'st_empty', steps: [], flows: [] }
    const svg = parseSvg(stateSvg({ ...p, states: [...p.states, empty] }, empty))
    expect(textOf(svg)).toContain('No steps yet')
    expect(byClass(svg, 'lane')).toHaveLength(3)
  })
})
