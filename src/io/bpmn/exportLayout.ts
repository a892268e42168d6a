// Diagram geometry of an exported state, from flowstate's own lane layout
// (src/domain/model/layout.ts) so the file looks like the map: the same lane order and heights,
// steps at their places with the horizontal stretch of the import (DI_SCALE) taken back.
import { laneBands, stepSize } from '../../domain/model/layout'
import type { Project, StepKind, WorkflowState } from '../../domain/model/types'
import type { ExportPlan } from './exportPlan'
import { DI_LANE_HEADER, DI_SCALE } from './positions'

export interface Box {
  x: number
  y: number
  width: number
  height: number
}

export interface Point {
  x: number
  y: number
}

export interface DiagramLayout {
  pool: Box
  /** One per lane of the state, in its order. */
  lanes: Box[]
  steps: Map<string, Box>
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
const DATA_OBJECT = { width: 36, height: 50 }
const DATA_STORE = { width: 50, height: 50 }
const ORIGIN = { x: 160, y: 80 }
const DATA_GAP = 24

export function layoutDiagram(project: Pick<Project, 'roles'>, state: WorkflowState, plan: ExportPlan, pooled: boolean): DiagramLayout {
  const bands = laneBands(state, project.roles)
  // Data objects and stores hang below their step; a lane grows to hold them, pushing the lanes below down.
  const dataDepth = new Map<string | null, number>()
  for (const s of plan.steps) {
    if (s.data.length === 0) continue
    const below = s.step.position.y + stepSize(s.step.kind).height / 2 + BPMN_SIZE[s.step.kind].height / 2 + DATA_GAP + DATA_STORE.height + 16
    const key = s.step.roleId ?? null
    dataDepth.set(key, Math.max(dataDepth.get(key) ?? 0, below))
  }
  const laneTop = new Map<string | null, number>()
  const laneHeight = new Map<string | null, number>()
  let y = 0
  for (const b of bands) {
    const height = Math.max(b.height, dataDepth.get(b.roleId) ?? 0)
    laneTop.set(b.roleId, y)
    laneHeight.set(b.roleId, height)
    y += height
  }
  // Inside a pool the content starts after the pool's and the lane's name strips.
  const contentX = ORIGIN.x + (pooled ? 2 * DI_LANE_HEADER : 0)
  const steps = new Map<string, Box>()
  let right = contentX + 200
  let bottom = ORIGIN.y + 200
  for (const s of plan.steps) {
    const fs = stepSize(s.step.kind)
    const size = BPMN_SIZE[s.step.kind]
    const cx = contentX + (s.step.position.x + fs.width / 2) / DI_SCALE
    const cy = ORIGIN.y + (laneTop.get(s.step.roleId ?? null) ?? 0) + s.step.position.y + fs.height / 2
    const box = { x: cx - size.width / 2, y: cy - size.height / 2, ...size }
    steps.set(s.id, box)
    right = Math.max(right, box.x + box.width)
    bottom = Math.max(bottom, box.y + box.height)
  }
  const data = new Map<string, Box>()
  const associations = new Map<string, Point[]>()
  for (const s of plan.steps) {
    const host = steps.get(s.id)!
    s.data.forEach((d, k) => {
      // Below the step, side by side from its middle, so they never cover the flow line.
      const size = d.kind === 'object' ? DATA_OBJECT : DATA_STORE
      const box = { x: host.x + host.width / 2 - 18 + k * 56, y: host.y + host.height + DATA_GAP, ...size }
      data.set(d.id, box)
      const stepPoint = { x: Math.min(host.x + host.width, box.x + box.width / 2), y: host.y + host.height }
      const dataPoint = { x: box.x + box.width / 2, y: box.y }
      associations.set(d.associationId, d.direction === 'output' ? [stepPoint, dataPoint] : [dataPoint, stepPoint])
      right = Math.max(right, box.x + box.width)
      bottom = Math.max(bottom, box.y + box.height)
    })
  }
  const bandsBottom = ORIGIN.y + y
  const poolHeight = Math.max(bandsBottom, bottom + 20) - ORIGIN.y
  const pool = { x: ORIGIN.x, y: ORIGIN.y, width: right + 60 - ORIGIN.x, height: poolHeight }
  // Lanes fill the pool's width; the last lane reaches the pool's bottom unless unassigned steps sit below.
  const laneBoxes = bands
    .filter((b) => b.roleId !== null)
    .map((b, i, list) => {
      const top = laneTop.get(b.roleId)!
      const last = i === list.length - 1 && !bands.some((x) => x.roleId === null)
      const height = last ? pool.height - top : laneHeight.get(b.roleId)!
      return { x: ORIGIN.x + DI_LANE_HEADER, y: ORIGIN.y + top, width: pool.width - DI_LANE_HEADER, height }
    })
  const flows = new Map<string, Point[]>()
  for (const f of plan.flows) flows.set(f.id, route(steps.get(f.from.id)!, steps.get(f.to.id)!))
  return { pool, lanes: laneBoxes, steps, data, flows, associations }
}

/** Right side to left side with one vertical jog; backwards (rework) flows go round underneath. */
function route(a: Box, b: Box): Point[] {
  const ay = a.y + a.height / 2
  const by = b.y + b.height / 2
  const ax = a.x + a.width
  const bx = b.x
  if (a === b) {
    return [
      { x: a.x + a.width / 2, y: a.y + a.height },
      { x: a.x + a.width / 2, y: a.y + a.height + 20 },
      { x: a.x - 20, y: a.y + a.height + 20 },
      { x: a.x - 20, y: ay },
      { x: a.x, y: ay },
    ]
  }
  if (bx >= ax + 10) {
    if (Math.abs(ay - by) < 1) return [{ x: ax, y: ay }, { x: bx, y: by }]
    const mx = (ax + bx) / 2
    return [{ x: ax, y: ay }, { x: mx, y: ay }, { x: mx, y: by }, { x: bx, y: by }]
  }
  const below = Math.max(a.y + a.height, b.y + b.height) + 30
  const acx = a.x + a.width / 2
  const bcx = b.x + b.width / 2
  return [{ x: acx, y: a.y + a.height }, { x: acx, y: below }, { x: bcx, y: below }, { x: bcx, y: b.y + b.height }]
}
