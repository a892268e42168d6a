// Tidy up, the pure part: the state as an ELK graph, and ELK's answer turned into lane-relative
// positions. ELK decides the left-to-right order (layers); the lanes stay the steps' own: a step
// is only ever placed inside the lane it is in, stacked in rows when steps of one lane overlap.
import type { ElkNode } from 'elkjs/lib/elk-api'
import type { StepMove } from '../../domain/commands'
import { stepSize, type Step, type WorkflowState } from '../../domain/model'
import { LANE_CENTRE_Y } from '../canvas/placement'
import { CAPTION, LABEL_INSIDE } from '../canvas/viewportFit'
import { minOf } from '../../domain/arrays'

/** Rows of one lane, centre to centre: room for the tallest step and a caption under it. */
export const ROW_PITCH = 124
const LEFT = 40
const ROW_GAP = 32
const GRID = 20

export function toElkGraph(state: WorkflowState): ElkNode {
  const ids = new Set(state.steps.map((s) => s.id))
  return {
    id: 'root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.edgeRouting': 'ORTHOGONAL',
      'elk.layered.spacing.nodeNodeBetweenLayers': '64',
      'elk.spacing.nodeNode': '40',
      'elk.layered.nodePlacement.strategy': 'BRANDES_KOEPF',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.layered.cycleBreaking.strategy': 'MODEL_ORDER',
    },
    // Model order is the order of work along the flows, so the flows ELK turns around to break
    // a cycle are the rework loops, not the main line.
    children: flowOrder(state).map((s) => ({ id: s.id, ...stepSize(s.kind) })),
    edges: state.flows.filter((f) => ids.has(f.from) && ids.has(f.to) && f.from !== f.to).map((f) => ({ id: f.id, sources: [f.from], targets: [f.to] })),
  }
}

/**
 * Steps in the order work reaches them: breadth first from the starts (start events, then steps
 * nothing flows into, then whatever is left), each step's successors from left to right.
 */
export function flowOrder(state: WorkflowState): Step[] {
  const byX = [...state.steps].sort((a, b) => a.position.x - b.position.x)
  const byId = new Map(state.steps.map((s) => [s.id, s]))
  const next = new Map<string, Step[]>()
  const hasIncoming = new Set<string>()
  for (const f of state.flows) {
    const to = byId.get(f.to)
    if (!to || !byId.has(f.from) || f.from === f.to) continue
    next.set(f.from, [...(next.get(f.from) ?? []), to])
    hasIncoming.add(f.to)
  }
  const seeds = [...byX.filter((s) => s.kind === 'start'), ...byX.filter((s) => !hasIncoming.has(s.id)), ...byX]
  const seen = new Set<string>()
  const order: Step[] = []
  for (const seed of seeds) {
    if (seen.has(seed.id)) continue
    seen.add(seed.id)
    const queue = [seed]
    for (let i = 0; i < queue.length; i++) {
      const step = queue[i]!
      order.push(step)
      for (const n of [...(next.get(step.id) ?? [])].sort((a, b) => a.position.x - b.position.x)) {
        if (!seen.has(n.id)) {
          seen.add(n.id)
          queue.push(n)
        }
      }
    }
  }
  return order
}

/** Positions from ELK's layout, by step id (centre x, centre y). */
export function centresOf(layout: ElkNode): Map<string, { x: number; y: number }> {
  const out = new Map<string, { x: number; y: number }>()
  for (const c of layout.children ?? []) out.set(c.id, { x: (c.x ?? 0) + (c.width ?? 0) / 2, y: (c.y ?? 0) + (c.height ?? 0) / 2 })
  return out
}

/**
 * Lane-relative positions for every step of `state`, from ELK's centres: x from the layers
 * (snapped to the grid), y from rows inside the step's own lane. Steps ELK did not place
 * (added while it was working) keep their place.
 */
export function placeInLanes(state: WorkflowState, centres: ReadonlyMap<string, { x: number; y: number }>): StepMove[] {
  const placed = state.steps.filter((s) => centres.has(s.id))
  if (placed.length === 0) return []
  // A step labelled underneath reaches as far as its caption: the leftmost one keeps it clear of the lane names.
  const reach = (s: Step) => (LABEL_INSIDE.has(s.kind) ? stepSize(s.kind).width : Math.max(stepSize(s.kind).width, CAPTION.width))
  const minLeft = minOf(placed.map((s) => centres.get(s.id)!.x - reach(s) / 2))
  const byLane = new Map<string | null, typeof placed>()
  for (const s of placed) {
    const lane = s.roleId ?? null
    byLane.set(lane, [...(byLane.get(lane) ?? []), s])
  }
  const moves: StepMove[] = []
  for (const steps of byLane.values()) {
    const ordered = steps
      .map((s) => ({ s, c: centres.get(s.id)! }))
      .sort((a, b) => a.c.x - b.c.x || a.c.y - b.c.y)
    const rowRight: number[] = []
    for (const { s, c } of ordered) {
      const { width, height } = stepSize(s.kind)
      const x = Math.round((c.x - width / 2 - minLeft + LEFT) / GRID) * GRID
      let row = rowRight.findIndex((right) => right + ROW_GAP <= x)
      if (row < 0) row = rowRight.length
      rowRight[row] = x + width
      const y = Math.round(LANE_CENTRE_Y + row * ROW_PITCH - height / 2)
      if (x !== s.position.x || y !== s.position.y) moves.push({ stepId: s.id, position: { x, y } })
    }
  }
  return moves
}
