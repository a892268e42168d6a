// One state's swimlane map in the canvas's geometry (src/domain/model/layout.ts): lanes with
// their headers and role colours, flows as orthogonal edges with arrowheads and labels, steps
// on top. The diff overlay, when given, colours steps and flows and adds the ghosts.
import { absolutePosition, laneBands, LANE_HEADER_WIDTH, stepSize, UNASSIGNED_COLOR, type LaneBand, type Project, type Step, type WorkflowState } from '../../domain/model'
import { drawStep, type StepNames } from './step'
import type { StateOverlay } from './overlay'
import { routeFlow, roundedPath, type Box, type Point } from './route'
import { DIFF, EDGE, INK, mix, safeColor } from './theme'
import { textWidth, wrapText, type Font } from './text'
import { el, esc, num, title } from './xml'
import { maxOf } from '../../domain/arrays'

export interface DrawnMap {
  markup: string
  width: number
  height: number
}

type Catalogues = Pick<Project, 'roles' | 'systems' | 'dataItems'>

const RIGHT_MARGIN = 40
const MIN_WIDTH = 560
const LANE_FONT: Font = { size: 15, weight: 650 }
const LANE_NAME_WIDTH = LANE_HEADER_WIDTH - 26
const FLOW_FONT: Font = { size: 12, weight: 500 }

/** `prefix` names the arrowheads (see `arrowDefs`), so several maps can share one document. */
export function drawMap(catalogues: Catalogues, state: WorkflowState, overlay: StateOverlay | undefined, prefix: string, minWidth = MIN_WIDTH): DrawnMap {
  const lanesShown = new Set<string | null>(state.lanes)
  if (state.steps.some((s) => !s.roleId)) lanesShown.add(null)
  // Ghosts live in the after state's lanes; a ghost whose lane is gone is not drawn (as on the canvas).
  const ghosts = (overlay?.ghosts ?? []).filter((g) => lanesShown.has(g.roleId ?? null))
  // Lanes grow to fit the ghosts too, so a removed step never spills into the next lane.
  const bands = laneBands({ ...state, steps: [...state.steps, ...ghosts] }, catalogues.roles)
  const colorOf = new Map(bands.map((b) => [b.roleId, safeColor(b.color, UNASSIGNED_COLOR)]))
  const nameOf = new Map(bands.map((b) => [b.roleId, b.name]))
  const systemName = new Map(catalogues.systems.map((s) => [s.id, s.name]))
  const itemName = new Map(catalogues.dataItems.map((d) => [d.id, d.name]))
  const names = (step: Step): StepNames => ({
    role: nameOf.get(step.roleId ?? null) ?? 'Unassigned',
    systems: step.systemIds.map((id) => systemName.get(id) ?? id),
    records: step.records.map((r) => {
      const system = r.systemId === undefined ? undefined : systemName.get(r.systemId)
      return { item: itemName.get(r.dataItemId) ?? r.dataItemId, entry: r.entry, ...(system === undefined ? {} : { system }) }
    }),
  })

  let right = LANE_HEADER_WIDTH
  let bottom = 0
  const boxes = new Map<string, Box>()
  const extents: Box[] = []
  let ghostMarkup = ''
  for (const g of ghosts) {
    const drawn = drawStep(g, absolutePosition(g, bands), colorOf.get(g.roleId ?? null) ?? UNASSIGNED_COLOR, names(g), undefined, true)
    ghostMarkup += drawn.markup
    extents.push(drawn.extent)
    right = Math.max(right, drawn.right)
    bottom = Math.max(bottom, drawn.bottom)
  }
  let stepMarkup = ''
  for (const step of state.steps) {
    const at = absolutePosition(step, bands)
    boxes.set(step.id, { ...at, ...stepSize(step.kind) })
    const drawn = drawStep(step, at, colorOf.get(step.roleId ?? null) ?? UNASSIGNED_COLOR, names(step), overlay?.steps.get(step.id))
    stepMarkup += drawn.markup
    extents.push(drawn.extent)
    right = Math.max(right, drawn.right)
    bottom = Math.max(bottom, drawn.bottom)
  }

  const flows = drawFlows(state, boxes, extents, overlay, prefix)
  right = Math.max(right, flows.right)
  const width = Math.max(minWidth, MIN_WIDTH, Math.ceil(right + RIGHT_MARGIN))
  const lastBand = bands[bands.length - 1]
  const height = Math.ceil(Math.max(lastBand ? lastBand.top + lastBand.height : 0, bottom + 8, flows.bottom + 8, bands.length === 0 ? 120 : 0))

  const empty = state.steps.length === 0 ? el('text', { x: width / 2, y: height / 2, 'text-anchor': 'middle', 'font-size': 14, fill: '#57606a' }, 'No steps yet') : ''
  const markup = el(
    'g',
    { class: 'map', 'data-state': state.id },
    el('rect', { x: 0, y: 0, width, height, fill: '#fbfcfd' }),
    el('g', { class: 'lanes' }, bands.map((b, i) => lane(b, colorOf.get(b.roleId)!, width, i === bands.length - 1 ? height - b.top : b.height)).join('')),
    el('g', { class: 'ghosts' }, ghostMarkup),
    el('g', { class: 'flows' }, flows.lines),
    el('g', { class: 'steps' }, stepMarkup),
    el('g', { class: 'flow-labels' }, flows.labels),
    empty,
  )
  return { markup, width, height }
}

function lane(band: LaneBand, color: string, width: number, height: number): string {
  const border = mix(color, 22, '#d8dee4')
  const font = laneFont(band.name)
  const lineHeight = font.size * 1.25
  const maxLines = Math.max(1, Math.floor((height - 16) / lineHeight))
  const { lines } = wrapText(band.name, LANE_NAME_WIDTH, font, maxLines)
  const spans = lines.map((l, i) => el('tspan', { x: 16, y: band.top + 12 + lineHeight * i + lineHeight / 2 + font.size * 0.36 }, esc(l))).join('')
  return el(
    'g',
    { class: 'lane', 'data-role': band.roleId ?? '' },
    title(band.name),
    el('rect', { class: 'lane-band', x: 0, y: band.top, width, height, fill: mix(color, 5) }),
    el('rect', { class: 'lane-head', x: 0, y: band.top, width: LANE_HEADER_WIDTH, height, fill: mix(color, 13) }),
    el('rect', { class: 'lane-stripe', x: 0, y: band.top, width: 6, height, fill: color }),
    el('line', { x1: LANE_HEADER_WIDTH, y1: band.top, x2: LANE_HEADER_WIDTH, y2: band.top + height, stroke: mix(color, 28, '#d8dee4') }),
    el('line', { x1: 0, y1: band.top + height - 0.5, x2: width, y2: band.top + height - 0.5, stroke: border }),
    el('text', { class: 'lane-name', 'font-size': num(font.size), 'font-weight': 600, fill: INK }, spans),
  )
}

/** Smaller type for a lane whose longest word would not fit the header ("decontamination"), down to 11.5 px. */
function laneFont(name: string): Font {
  const longest = Math.max(0, maxOf(name.split(/\s+/).map((w) => textWidth(w, LANE_FONT))))
  if (longest <= LANE_NAME_WIDTH) return LANE_FONT
  return { ...LANE_FONT, size: Math.max(11.5, Math.floor(((LANE_FONT.size * LANE_NAME_WIDTH) / longest) * 2) / 2) }
}

/** Arrowheads for plain, added and removed flows, once per document. */
export function arrowDefs(prefix: string): string {
  const arrow = (id: string, color: string) =>
    el(
      'marker',
      { id, viewBox: '0 0 12 12', refX: 11, refY: 6, markerWidth: 12, markerHeight: 12, markerUnits: 'userSpaceOnUse', orient: 'auto' },
      el('path', { d: 'M1 1.5 L11 6 L1 10.5 Z', fill: color, stroke: color, 'stroke-width': 1, 'stroke-linejoin': 'round' }),
    )
  return arrow(`${prefix}-arrow`, EDGE) + arrow(`${prefix}-arrow-added`, DIFF.added.line) + arrow(`${prefix}-arrow-removed`, DIFF.removed.line)
}

function drawFlows(state: WorkflowState, boxes: ReadonlyMap<string, Box>, extents: Box[], overlay: StateOverlay | undefined, prefix: string) {
  const roleOf = new Map(state.steps.map((s) => [s.id, s.roleId ?? null]))
  let lines = ''
  let labels = ''
  let right = 0
  let bottom = 0
  for (const flow of state.flows) {
    const from = boxes.get(flow.from)
    const to = boxes.get(flow.to)
    if (!from || !to) continue // a broken flow (its step is gone) is not drawn
    const route = routeFlow(from, to)
    for (const p of route.points) {
      right = Math.max(right, p.x)
      bottom = Math.max(bottom, p.y)
    }
    const mark = overlay?.flows.get(flow.id)
    const handoff = roleOf.get(flow.from) !== roleOf.get(flow.to)
    const color = mark ? DIFF[mark.status].line : EDGE
    const classes = ['flow', handoff ? 'handoff' : '', mark ? `overlay-${mark.status}` : ''].filter(Boolean).join(' ')
    const text = [flow.label, mark?.note].filter(Boolean).join(' · ')
    lines += el(
      'g',
      { class: classes, 'data-flow': flow.id },
      title(text || 'Flow'),
      el('path', {
        class: 'flow-line',
        d: roundedPath(route.points, num),
        fill: 'none',
        stroke: color,
        'stroke-width': mark ? (mark.status === 'added' ? 3 : 2.5) : 1.6,
        'stroke-dasharray': mark?.status === 'removed' ? '7 5' : undefined,
        'stroke-linejoin': 'round',
        'marker-end': `url(#${prefix}-arrow${mark ? `-${mark.status}` : ''})`,
      }),
    )
    if (text) {
      const label = flowLabel(text, route.labelSpots, extents, mark?.status)
      labels += label.markup
      // Later labels keep off this one too.
      extents.push(label.box)
    }
  }
  return { lines, labels, right, bottom }
}

/** The label at the first of `spots` where it covers nothing else drawn (else where it covers least). */
function flowLabel(text: string, spots: readonly Point[], avoid: readonly Box[], status: 'added' | 'removed' | undefined): { markup: string; box: Box } {
  const font: Font = status ? { size: 12, weight: 600 } : FLOW_FONT
  const { lines } = wrapText(text, 220, font, 2)
  const lh = font.size * 1.25
  const width = maxOf(lines.map((l) => textWidth(l, font))) + 12
  const height = lines.length * lh + 6
  const centre = (p: Point): Point => (p.side ? { x: p.x + p.side * (width / 2 + 6), y: p.y } : p)
  const boxAt = (p: Point): Box => ({ x: centre(p).x - width / 2, y: p.y - height / 2, width, height })
  let spot0 = spots[0]!
  let least = Infinity
  for (const spot of spots) {
    // A spot beside the line must cover clearly less to win over one on it.
    const covered = avoid.reduce((sum, b) => sum + overlap(boxAt(spot), b), 0) * (spot.side ? 1.5 : 1) + (spot.side ? 1 : 0)
    if (covered < least) {
      least = covered
      spot0 = spot
    }
    if (covered === 0) break
  }
  const at = centre(spot0)
  const top = at.y - height / 2
  const colors = status ? DIFF[status] : { fill: '#ffffff', text: '#32383f', line: '#d0d7de' }
  const spans = lines.map((l, i) => el('tspan', { x: at.x, y: top + 3 + lh * i + lh / 2 + font.size * 0.36 }, esc(l))).join('')
  const markup = el(
    'g',
    { class: `flow-label${status ? ` overlay-${status}` : ''}` },
    el('rect', { x: at.x - width / 2, y: top, width, height, rx: 4, fill: colors.fill, stroke: status ? colors.line : 'none', 'stroke-width': 1 }),
    el('text', { 'text-anchor': 'middle', 'font-size': font.size, 'font-weight': font.weight, fill: colors.text }, spans),
  )
  return { markup, box: boxAt(spot0) }
}

function overlap(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return w > 0 && h > 0 ? w * h : 0
}
