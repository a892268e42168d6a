// Step positions for an imported state. With BPMN DI, absolute diagram coordinates become
// lane-relative positions (see src/domain/model/layout.ts); without, a simple layered layout.
// BPMN shapes are narrower than flowstate's (a task is 100 wide there, 160 here), so distances
// along the flow are stretched by DI_SCALE; the export divides by it again.
import { stepSize } from '../../domain/model/layout'
import { LIMITS } from '../../domain/model/limits'
import type { Position, StepKind } from '../../domain/model/types'
import type { Bounds, Shape } from './read'
import type { RoleBand } from './roles'

export const DI_SCALE = 1.6
/** Width of the name strip at the start of a BPMN lane or pool. */
export const DI_LANE_HEADER = 30

export interface Placeable {
  id: string
  kind: StepKind
  band?: string
  shape?: Shape
}

export function positionsFromDi(items: readonly Placeable[], bands: readonly RoleBand[]): Map<string, Position> {
  const bandShape = new Map(bands.filter((b) => b.shape).map((b) => [b.key, b.shape!.bounds]))
  const vertical = bands.some((b) => b.shape) && bands.every((b) => !b.shape || b.shape.horizontal === false)
  const along = (b: Bounds) => (vertical ? b.y + b.height / 2 : b.x + b.width / 2)
  const across = (b: Bounds) => (vertical ? b.x + b.width / 2 : b.y + b.height / 2)
  const start = (b: Bounds) => (vertical ? b.y : b.x)
  const top = (b: Bounds) => (vertical ? b.x : b.y)

  // Where the flow starts, per diagram plane: the inner edge of the leftmost lane header.
  const origins = new Map<number, number>()
  const lower = (plane: number, v: number) => origins.set(plane, Math.min(origins.get(plane) ?? Infinity, v))
  for (const b of bands) if (b.shape) lower(b.shape.plane, start(b.shape.bounds) + DI_LANE_HEADER)
  const laneless = new Set<number>()
  for (const it of items) if (it.shape && !origins.has(it.shape.plane)) laneless.add(it.shape.plane)
  for (const it of items) if (it.shape && laneless.has(it.shape.plane)) lower(it.shape.plane, start(it.shape.bounds) - 20)
  // Bands drawn without a shape (and steps with no role) are measured from their topmost step.
  const fallbackTop = new Map<string, number>()
  for (const it of items) {
    if (!it.shape || (it.band && bandShape.has(it.band))) continue
    const key = it.band ?? ''
    fallbackTop.set(key, Math.min(fallbackTop.get(key) ?? Infinity, top(it.shape.bounds) - 20))
  }
  const out = new Map<string, Position>()
  for (const it of items) {
    if (!it.shape) continue
    const size = stepSize(it.kind)
    const band = it.band ? bandShape.get(it.band) : undefined
    const laneTop = band ? top(band) : fallbackTop.get(it.band ?? '')!
    out.set(it.id, {
      x: onCanvas((along(it.shape.bounds) - origins.get(it.shape.plane)!) * DI_SCALE - size.width / 2),
      y: onCanvas(across(it.shape.bounds) - laneTop - size.height / 2),
    })
  }
  return out
}

/** A diagram coordinate as a step position: whole, from 0 to the largest the file format holds (huge or broken bounds included). */
function onCanvas(v: number): number {
  return Number.isNaN(v) ? 0 : Math.min(LIMITS.coordinate, Math.max(0, Math.round(v)))
}

const COLUMN = 220
const ROW = 110

/**
 * Layered layout for files without DI: each step one column right of its furthest predecessor
 * (rework loops ignored), steps sharing a lane and a column stacked. Iterative, so 50,000 steps
 * cannot overflow the stack.
 */
export function automaticPositions(items: readonly Placeable[], edges: readonly [string, string][]): Map<string, Position> {
  const index = new Map(items.map((it, i) => [it.id, i]))
  const out: number[][] = items.map(() => [])
  for (const [a, b] of edges) {
    const ia = index.get(a)
    const ib = index.get(b)
    if (ia !== undefined && ib !== undefined && ia !== ib) out[ia]!.push(ib)
  }
  const forward = withoutBackEdges(out, items)
  const indegree = items.map(() => 0)
  for (const list of forward) for (const j of list) indegree[j]!++
  const column = items.map(() => 0)
  const queue: number[] = []
  for (let i = 0; i < items.length; i++) if (indegree[i] === 0) queue.push(i)
  for (let q = 0; q < queue.length; q++) {
    const i = queue[q]!
    for (const j of forward[i]!) {
      column[j] = Math.max(column[j]!, column[i]! + 1)
      if (--indegree[j]! === 0) queue.push(j)
    }
  }
  const stacked = new Map<string, number>()
  const positions = new Map<string, Position>()
  items.forEach((it, i) => {
    const key = `${it.band ?? ''}\u0000${column[i]}`
    const row = stacked.get(key) ?? 0
    stacked.set(key, row + 1)
    const size = stepSize(it.kind)
    positions.set(it.id, { x: 40 + column[i]! * COLUMN + (160 - size.width) / 2, y: 62 + row * ROW - size.height / 2 })
  })
  return positions
}

/** Drops the edges that close a cycle, found by an iterative depth-first search from the starts. */
function withoutBackEdges(out: number[][], items: readonly Placeable[]): number[][] {
  const state = new Uint8Array(items.length) // 0 new, 1 on the path, 2 done
  const forward: number[][] = items.map(() => [])
  const roots = items.map((_, i) => i).sort((a, b) => Number(items[b]!.kind === 'start') - Number(items[a]!.kind === 'start'))
  for (const root of roots) {
    if (state[root] !== 0) continue
    const stack: [number, number][] = [[root, 0]]
    state[root] = 1
    while (stack.length > 0) {
      const frame = stack[stack.length - 1]!
      const [i, k] = frame
      if (k >= out[i]!.length) {
        state[i] = 2
        stack.pop()
        continue
      }
      frame[1]++
      const j = out[i]![k]!
      if (state[j] === 1) continue
      forward[i]!.push(j)
      if (state[j] === 0) {
        state[j] = 1
        stack.push([j, 0])
      }
    }
  }
  return forward
}
