// Where new and moved steps go, in lane-relative coordinates (see domain/model/layout.ts).
// Pure geometry: nothing in this file reads the store or the screen.
import { LANE_MIN_HEIGHT, stepSize, type Position, type Step, type StepKind, type WorkflowState } from '../../domain/model'
import { minOf } from '../../domain/arrays'

/** Horizontal space between a step and the next one typed after it. */
export const STEP_GAP = 56
/** New steps sit on this line of their lane, so a typed sequence comes out straight. */
export const LANE_CENTRE_Y = LANE_MIN_HEIGHT / 2
const CLEARANCE = 16

type Lane = string | null

const laneOf = (s: Step): Lane => s.roleId ?? null

/** Lanes in screen order, with the unassigned band last when a step has no role. */
export function laneOrder(state: WorkflowState): Lane[] {
  const order: Lane[] = [...state.lanes]
  if (state.steps.some((s) => s.roleId === undefined)) order.push(null)
  return order
}

/** The lane above (-1) or below (+1), or undefined at the edge. */
export function adjacentLane(state: WorkflowState, lane: Lane, direction: 1 | -1): Lane | undefined {
  const order = laneOrder(state)
  const at = order.indexOf(lane)
  if (at < 0) return undefined
  const next = at + direction
  return next >= 0 && next < order.length ? order[next] : undefined
}

function centreY(step: Step): number {
  return step.position.y + stepSize(step.kind).height / 2
}

function overlaps(state: WorkflowState, lane: Lane, kind: StepKind, at: Position, ignore?: string): boolean {
  const { width, height } = stepSize(kind)
  return state.steps.some((s) => {
    if (s.id === ignore || laneOf(s) !== lane) return false
    const size = stepSize(s.kind)
    return (
      at.x < s.position.x + size.width + CLEARANCE &&
      s.position.x < at.x + width + CLEARANCE &&
      at.y < s.position.y + size.height + CLEARANCE &&
      s.position.y < at.y + height + CLEARANCE
    )
  })
}

/** `at`, or the first place to its right where the step covers no other step of the lane. */
export function freeSpot(state: WorkflowState, lane: Lane, kind: StepKind, at: Position, ignore?: string): Position {
  let x = Math.max(0, at.x)
  const y = Math.max(0, at.y)
  for (let i = 0; i < 500 && overlaps(state, lane, kind, { x, y }, ignore); i++) x += 20
  return { x, y }
}

/** The step typed after `from`: to its right in the same lane, on the same centre line. */
export function positionAfter(state: WorkflowState, from: Step, kind: StepKind): Position {
  const at = {
    x: from.position.x + stepSize(from.kind).width + STEP_GAP,
    y: Math.round(centreY(from) - stepSize(kind).height / 2),
  }
  return freeSpot(state, laneOf(from), kind, at)
}

/** A step moved into another lane keeps its x and its centre line, nudged right if that spot is taken. */
export function positionInLane(state: WorkflowState, step: Step, lane: Lane): Position {
  return freeSpot(state, lane, step.kind, step.position, step.id)
}

/** After the last step of a lane, on the lane's centre line (the first step of an empty lane starts at the left). */
export function endOfLane(state: WorkflowState, lane: Lane, kind: StepKind): Position {
  const right = state.steps.reduce((m, s) => (laneOf(s) === lane ? Math.max(m, s.position.x + stepSize(s.kind).width + STEP_GAP) : m), 40)
  return freeSpot(state, lane, kind, { x: right, y: LANE_CENTRE_Y - stepSize(kind).height / 2 })
}

/**
 * How far a pasted group moves: not at all when its place is free in `state` (a copy into
 * another state lands where it was), else to the right of every step of the lanes it uses, so a
 * copy never covers its original or anything else. The group keeps its own arrangement.
 */
export function pasteOffset(state: WorkflowState, group: readonly Step[]): Position {
  if (group.length === 0 || group.every((s) => !overlaps(state, laneOf(s), s.kind, s.position))) return { x: 0, y: 0 }
  const lanes = new Set(group.map(laneOf))
  const right = state.steps.reduce((m, s) => (lanes.has(laneOf(s)) ? Math.max(m, s.position.x + stepSize(s.kind).width) : m), 0)
  const left = minOf(group.map((s) => s.position.x))
  return { x: right + STEP_GAP - left, y: 0 }
}
