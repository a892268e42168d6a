// Orthogonal flow routes, as the canvas draws them (React Flow's smooth-step edges): out of the
// step's right side, into the next step's left side, rounded corners. A flow that runs backwards
// (a rework loop) leaves to the right, goes round and enters from the left.

import type { Box, Point as PlainPoint } from '../geometry'

export type { Box }

export interface Point extends PlainPoint {
  /** A label spot beside the line: to its right (1) or left (-1). */
  side?: 1 | -1
}

export interface Route {
  points: Point[]
  /** Where the flow's label may sit, best first: the middle of its longest run, then along it and the other runs. */
  labelSpots: Point[]
}

const OFFSET = 24
/** Closer than this, a forward flow has no room to turn: it goes round like a backward one. */
const MIN_RUN = 16
const RADIUS = 10

export function routeFlow(from: Box, to: Box): Route {
  const s = { x: from.x + from.width, y: from.y + from.height / 2 }
  const t = { x: to.x, y: to.y + to.height / 2 }
  let points: Point[]
  if (t.x - s.x >= MIN_RUN) {
    const midX = Math.abs(t.y - s.y) < 1 ? s.x : (s.x + t.x) / 2
    points = Math.abs(t.y - s.y) < 1 ? [s, t] : [s, { x: midX, y: s.y }, { x: midX, y: t.y }, t]
  } else {
    // Backwards or stacked: round the outside. Two steps side by side in one lane loop below both.
    const overlap = Math.min(from.y + from.height, to.y + to.height) - Math.max(from.y, to.y)
    const midY = overlap > -16 ? Math.max(from.y + from.height, to.y + to.height) + OFFSET : (s.y + t.y) / 2
    const right = s.x + OFFSET
    const left = t.x - OFFSET
    points = [s, { x: right, y: s.y }, { x: right, y: midY }, { x: left, y: midY }, { x: left, y: t.y }, t]
  }
  const route = simplify(points)
  return { points: route, labelSpots: labelSpots(route) }
}

/** An SVG path through `points` with rounded corners. */
export function roundedPath(points: readonly Point[], fmt: (n: number) => string): string {
  if (points.length === 0) return ''
  const p0 = points[0]!
  let d = `M${fmt(p0.x)} ${fmt(p0.y)}`
  for (let i = 1; i < points.length - 1; i++) {
    const prev = points[i - 1]!
    const at = points[i]!
    const next = points[i + 1]!
    const r = Math.min(RADIUS, dist(prev, at) / 2, dist(at, next) / 2)
    const a = toward(at, prev, r)
    const b = toward(at, next, r)
    d += ` L${fmt(a.x)} ${fmt(a.y)} Q${fmt(at.x)} ${fmt(at.y)} ${fmt(b.x)} ${fmt(b.y)}`
  }
  const last = points[points.length - 1]!
  return `${d} L${fmt(last.x)} ${fmt(last.y)}`
}

const dist = (a: Point, b: Point): number => Math.hypot(b.x - a.x, b.y - a.y)

function toward(from: Point, to: Point, length: number): Point {
  const d = dist(from, to)
  return d === 0 ? from : { x: from.x + ((to.x - from.x) / d) * length, y: from.y + ((to.y - from.y) / d) * length }
}

/** Drops repeated points and points in the middle of a straight run. */
function simplify(points: readonly Point[]): Point[] {
  const out: Point[] = []
  for (const p of points) {
    const last = out[out.length - 1]
    if (last && Math.abs(last.x - p.x) < 0.01 && Math.abs(last.y - p.y) < 0.01) continue
    const before = out[out.length - 2]
    if (last && before && ((before.x === last.x && last.x === p.x) || (before.y === last.y && last.y === p.y))) out.pop()
    out.push(p)
  }
  return out
}

function labelSpots(points: readonly Point[]): Point[] {
  const runs = points.slice(1).map((b, i) => {
    const a = points[i]!
    // Horizontal runs read best; vertical ones count a little less.
    return { a, b, weight: dist(a, b) * (a.y === b.y ? 1 : 0.8) }
  })
  runs.sort((x, y) => y.weight - x.weight)
  const at = (r: { a: Point; b: Point }, t: number): Point => ({ x: r.a.x + (r.b.x - r.a.x) * t, y: r.a.y + (r.b.y - r.a.y) * t })
  const spots: Point[] = []
  for (const [i, run] of runs.entries()) {
    if (i > 0 && dist(run.a, run.b) < 40) continue
    spots.push(at(run, 0.5), at(run, 0.3), at(run, 0.7))
  }
  // Last resort: beside a vertical run rather than on it (`side` is how far: half the label's width).
  for (const run of runs) {
    if (run.a.x !== run.b.x || dist(run.a, run.b) < 40) continue
    for (const t of [0.5, 0.25, 0.75]) spots.push({ ...at(run, t), side: 1 }, { ...at(run, t), side: -1 })
  }
  return spots.length > 0 ? spots : [points[0]!]
}
