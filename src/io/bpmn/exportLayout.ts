// Diagram geometry of an exported state, from flowstate's own lane layout
// (src/domain/model/layout.ts) so the file looks like the map: the same lane order, steps at
// their places with the horizontal stretch of the import (DI_SCALE) taken back. Lanes are laid
// out top to bottom; each grows to hold its steps' data objects and stores (exportDataLayout.ts)
// and the rework flows that go round underneath them.
import { laneBands, stepSize } from '../../domain/model/layout'
import type { Project, StepKind, WorkflowState } from '../../domain/model/types'
import { LABEL_WIDTH, Obstacles, labelHeight, placeDataColumn, type Box, type Point } from './exportDataLayout'
import type { ExportPlan, StepOut } from './exportPlan'
import { DI_LANE_HEADER, DI_SCALE } from './positions'

export type { Box, Point } from './exportDataLayout'

export interface DiagramLayout {
  pool: Box
  /** One per lane of the state, in its order. */
  lanes: Box[]
  steps: Map<string, Box>
  /** Names written beside a shape (data objects and stores; events and gateways with data), by element id. */
  labels: Map<string, Box>
  data: Map<string, Box>
  flows: Map<string, Point[]>
  associations: Map<string, Point[]>
}

/** BPMN's usual sizes (bpmn.io, Camunda Modeler). */
const BPMN_SIZE: Record<StepKind, { width: number; height: number }> = {
  task: { width: 100, height: 80 },
  subprocess: { width: 100, height: 80 },
  decision: { width: 50, height: 50 },
  start: { width: 36, height: 36 },
  end: { width: 36, height: 36 },
  wait: { width: 36, height: 36 },
}
/** Kinds whose name bpmn.io draws outside the shape (below it, unless the file says where). */
const NAMED_OUTSIDE = new Set<StepKind>(['decision', 'start', 'end', 'wait'])
const ORIGIN = { x: 160, y: 80 }
const LANE_BOTTOM_PADDING = 20
const REWORK_CLEARANCE = 16
/** A line from x straight down, as far as anything can be drawn. */
const DOWN = (x: number): Point => ({ x, y: 1e9 })

export function layoutDiagram(project: Pick<Project, 'roles'>, state: WorkflowState, plan: ExportPlan, pooled: boolean): DiagramLayout {
  const bands = laneBands(state, project.roles)
  // Inside a pool the content starts after the pool's and the lane's name strips.
  const contentX = ORIGIN.x + (pooled ? 2 * DI_LANE_HEADER : 0)
  const bandOf = new Map(bands.map((b, i) => [b.roleId, i]))
  const bandIndex = (s: StepOut) => bandOf.get(s.step.roleId ?? null) ?? bands.length - 1
  const steps = new Map<string, Box>()
  const labels = new Map<string, Box>()
  const data = new Map<string, Box>()
  const associations = new Map<string, Point[]>()
  const flows = new Map<string, Point[]>()
  const obstacles = new Obstacles()
  const laneBoxes: { top: number; height: number }[] = []
  const routed = new Set<string>()
  /** Lines standing for flows not drawn yet, by flow id. */
  const provisional = new Map<string, Box[]>()
  let top = ORIGIN.y
  let right = contentX + 200

  bands.forEach((band, i) => {
    const inLane = plan.steps.filter((s) => bandIndex(s) === i).sort((a, b) => a.step.position.x - b.step.position.x)
    let bottom = top + band.height
    for (const s of inLane) {
      const box = stepBox(s, contentX, top)
      steps.set(s.id, box)
      obstacles.addBox(box)
      if (NAMED_OUTSIDE.has(s.step.kind) && s.step.label) {
        // With data hanging below, the name goes above the shape (written in the file); else where bpmn.io puts it.
        const height = labelHeight(s.step.label)
        const label = { x: box.x + box.width / 2 - LABEL_WIDTH / 2, y: s.data.length > 0 ? box.y - 4 - height : box.y + box.height + 4, width: LABEL_WIDTH, height }
        if (s.data.length > 0) labels.set(s.id, label)
        obstacles.addBox(label)
      }
    }
    // Flows are in the way too. Those with both ends placed are drawn now, except rework flows,
    // which go round underneath this lane's data: until then, as the lines down from their ends.
    // A flow to a lane below is, until that lane is laid out, a line down from here.
    for (const f of plan.flows) {
      if (routed.has(f.id)) continue
      const a = steps.get(f.from.id)
      const b = steps.get(f.to.id)
      const here = [f.from, f.to].filter((s) => bandIndex(s) === i)
      if (here.length === 0 || (!a && !b)) continue
      const aBox = a ?? stepBox(f.from, contentX, 0)
      const bBox = b ?? stepBox(f.to, contentX, 0)
      for (const line of provisional.get(f.id) ?? []) obstacles.removeLine(line)
      const lines: Box[] = []
      if (isRework(aBox, bBox)) {
        if (a) lines.push(obstacles.addLine({ x: a.x + a.width / 2, y: a.y + a.height }, DOWN(a.x + a.width / 2)))
        if (b && a !== b) lines.push(obstacles.addLine({ x: b.x + b.width / 2, y: b.y + b.height }, DOWN(b.x + b.width / 2)))
      } else if (a && b) {
        const points = route(a, b)
        flows.set(f.id, points)
        routed.add(f.id)
        for (let k = 1; k < points.length; k++) obstacles.addLine(points[k - 1]!, points[k]!)
      } else {
        const known = (a ?? b)!
        const x = (aBox.x + aBox.width + bBox.x) / 2
        lines.push(obstacles.addLine({ x, y: known.y + known.height / 2 }, DOWN(x)))
      }
      provisional.set(f.id, lines)
    }
    for (const s of inLane) {
      if (s.data.length === 0) continue
      const column = placeDataColumn(steps.get(s.id)!, s.data, obstacles, contentX + 4, labels.get(s.id))
      for (const shape of column.shapes) {
        data.set(shape.ref.id, shape.box)
        labels.set(shape.ref.id, shape.label)
        right = Math.max(right, shape.label.x + shape.label.width, shape.box.x + shape.box.width)
      }
      for (const [id, points] of column.associations) associations.set(id, points)
      bottom = Math.max(bottom, column.bottom + LANE_BOTTOM_PADDING)
    }
    // Rework flows go round underneath everything between their ends, once both ends are placed.
    for (const f of plan.flows) {
      const a = steps.get(f.from.id)
      const b = steps.get(f.to.id)
      if (routed.has(f.id) || !a || !b) continue
      for (const line of provisional.get(f.id) ?? []) obstacles.removeLine(line)
      const points = reworkRoute(a, b, obstacles)
      flows.set(f.id, points)
      routed.add(f.id)
      for (let k = 1; k < points.length; k++) obstacles.addLine(points[k - 1]!, points[k]!)
      bottom = Math.max(bottom, points[1]!.y + LANE_BOTTOM_PADDING)
    }
    for (const s of inLane) {
      const box = steps.get(s.id)!
      right = Math.max(right, box.x + box.width)
      bottom = Math.max(bottom, box.y + box.height + LANE_BOTTOM_PADDING)
    }
    laneBoxes.push({ top, height: bottom - top })
    top = bottom
  })

  const pool = { x: ORIGIN.x, y: ORIGIN.y, width: right + 60 - ORIGIN.x, height: Math.max(top - ORIGIN.y, 200) }
  // Lanes fill the pool's width; the last lane reaches the pool's bottom unless unassigned steps sit below.
  const lanes = bands
    .map((b, i) => ({ b, lane: laneBoxes[i]! }))
    .filter(({ b }) => b.roleId !== null)
    .map(({ lane }, i, list) => {
      const last = i === list.length - 1 && !bands.some((x) => x.roleId === null)
      return { x: ORIGIN.x + DI_LANE_HEADER, y: lane.top, width: pool.width - DI_LANE_HEADER, height: last ? pool.y + pool.height - lane.top : lane.height }
    })
  return { pool, lanes, steps, labels, data, flows, associations }
}

function stepBox(s: StepOut, contentX: number, laneTop: number): Box {
  const fs = stepSize(s.step.kind)
  const size = BPMN_SIZE[s.step.kind]
  const cx = contentX + (s.step.position.x + fs.width / 2) / DI_SCALE
  const cy = laneTop + s.step.position.y + fs.height / 2
  return { x: cx - size.width / 2, y: cy - size.height / 2, ...size }
}

/** A flow to itself or backwards (rework) goes round underneath; every other flow goes right. */
const isRework = (a: Box, b: Box): boolean => a === b || b.x < a.x + a.width + 10

/** Right side to left side with one vertical jog. */
function route(a: Box, b: Box): Point[] {
  const ay = a.y + a.height / 2
  const by = b.y + b.height / 2
  const ax = a.x + a.width
  const bx = b.x
  if (Math.abs(ay - by) < 1) return [{ x: ax, y: ay }, { x: bx, y: by }]
  const mx = (ax + bx) / 2
  return [{ x: ax, y: ay }, { x: mx, y: ay }, { x: mx, y: by }, { x: bx, y: by }]
}

/** From the bottom of `a` down below everything drawn between the two ends, across, and up into the bottom of `b`. */
function reworkRoute(a: Box, b: Box, obstacles: Obstacles): Point[] {
  const acx = a.x + a.width / 2
  const bcx = a === b ? a.x - 20 : b.x + b.width / 2
  const from = Math.min(acx, bcx)
  const to = Math.max(acx, bcx)
  const highest = Math.min(a.y, b.y)
  let below = Math.max(a.y + a.height, b.y + b.height)
  for (const o of obstacles.near(from, to)) {
    if (o.x <= to && o.x + o.width >= from && o.y >= highest && o.y + o.height < 1e8) below = Math.max(below, o.y + o.height)
  }
  below += REWORK_CLEARANCE
  if (a === b) {
    return [{ x: acx, y: a.y + a.height }, { x: acx, y: below }, { x: bcx, y: below }, { x: bcx, y: a.y + a.height / 2 }, { x: a.x, y: a.y + a.height / 2 }]
  }
  return [{ x: acx, y: a.y + a.height }, { x: acx, y: below }, { x: bcx, y: below }, { x: bcx, y: b.y + b.height }]
}
