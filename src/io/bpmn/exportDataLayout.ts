// Where an exported step's data objects and stores go, so that in bpmn.io none of them, nor their
// names, covers another, a step or a flow. Each step's data hang in a column below it: a vertical
// line from the step's bottom with a short branch into each object, its name beside it. The
// column goes to the right of that line, else to the left, else further out, else lower down:
// the first place free of everything drawn so far. Lanes then grow to hold it (exportLayout.ts).
import type { DataRefOut } from './exportPlan'

import type { Box, Point } from '../geometry'
import { Obstacles, segmentBox } from './exportObstacles'

export type { Box, Point }
export { Obstacles, overlaps, segmentBox } from './exportObstacles'

const DATA_OBJECT = { width: 36, height: 50 }
const DATA_STORE = { width: 50, height: 50 }
/** bpmn.io's width for a name drawn outside its shape; names wrap inside it. */
export const LABEL_WIDTH = 90
const LINE_HEIGHT = 14
/** About what one character of bpmn.io's 11 px label font takes, rounded up so a name never runs wider. */
const CHAR_WIDTH = 6.2
const GAP_BELOW_STEP = 20
const ROW_GAP = 10
const CLEARANCE = 6
const LEVEL_STEP = 10
const MAX_LEVELS = 600
/** Sides and distances of the column from its line, in the order they are tried at each height. */
const PLACES: readonly ['right' | 'left', number][] = [
  ['right', 14],
  ['left', 14],
  ['right', 60],
  ['left', 60],
  ['right', 120],
  ['left', 120],
]

export interface DataColumn {
  shapes: { ref: DataRefOut; box: Box; label: Box }[]
  /** Waypoints of each data association, by its id. */
  associations: Map<string, Point[]>
  bottom: number
}

/**
 * Places one step's data below it, clear of `obstacles` and right of `minX`, and adds what it
 * drew to them.
 */
export function placeDataColumn(host: Box, refs: readonly DataRefOut[], obstacles: Obstacles, minX: number, hostLabel?: Box): DataColumn {
  const sizes = refs.map((r) => ({ icon: r.kind === 'object' ? DATA_OBJECT : DATA_STORE, label: labelHeight(r.name) }))
  const inset = Math.min(14, host.width / 2)
  let chosen: DataColumn | undefined
  for (let level = 0; level < MAX_LEVELS && !chosen; level++) {
    for (const [side, distance] of PLACES) {
      const column = layColumn(host, refs, sizes, side === 'right' ? host.x + inset : host.x + host.width - inset, side, distance, host.y + host.height + GAP_BELOW_STEP + level * LEVEL_STEP)
      if (fits(column, host, obstacles, minX, hostLabel)) {
        chosen = column
        break
      }
    }
  }
  // Nothing free within reach (it never happened on real maps): below everything, on the right.
  chosen ??= layColumn(host, refs, sizes, host.x + inset, 'right', 14, Math.max(obstacles.lowestBoxBottom, host.y + host.height) + GAP_BELOW_STEP)
  for (const s of chosen.shapes) obstacles.addBox(s.box, s.label)
  for (const points of chosen.associations.values()) for (let i = 1; i < points.length; i++) obstacles.addLine(points[i - 1]!, points[i]!)
  return chosen
}

function layColumn(
  host: Box,
  refs: readonly DataRefOut[],
  sizes: readonly { icon: { width: number; height: number }; label: number }[],
  lineX: number,
  side: 'right' | 'left',
  distance: number,
  top: number,
): DataColumn {
  const shapes: DataColumn['shapes'] = []
  const associations = new Map<string, Point[]>()
  let y = top
  refs.forEach((ref, i) => {
    const { icon, label } = sizes[i]!
    const rowHeight = Math.max(icon.height, label)
    const box = { x: side === 'right' ? lineX + distance : lineX - distance - icon.width, y: y + (rowHeight - icon.height) / 2, ...icon }
    const middle = box.y + box.height / 2
    const labelBox = { x: side === 'right' ? box.x + box.width + 4 : box.x - 4 - LABEL_WIDTH, y: middle - label / 2, width: LABEL_WIDTH, height: label }
    shapes.push({ ref, box, label: labelBox })
    const stepEnd = { x: lineX, y: host.y + host.height }
    const points = [stepEnd, { x: lineX, y: middle }, { x: side === 'right' ? box.x : box.x + box.width, y: middle }]
    associations.set(ref.associationId, ref.direction === 'output' ? points : [...points].reverse())
    y += rowHeight + ROW_GAP
  })
  return { shapes, associations, bottom: y - ROW_GAP }
}

function fits(column: DataColumn, host: Box, obstacles: Obstacles, minX: number, hostLabel?: Box): boolean {
  for (const s of column.shapes) {
    if (Math.min(s.box.x, s.label.x) < minX) return false
    if (!obstacles.clear(s.box, CLEARANCE) || !obstacles.clear(s.label, CLEARANCE)) return false
  }
  // The lines from the step must cross no shape or name but the step's own.
  const own = hostLabel ? [host, hostLabel] : [host]
  for (const points of column.associations.values()) {
    for (let i = 1; i < points.length; i++) if (!obstacles.clearOfBoxes(segmentBox(points[i - 1]!, points[i]!), own)) return false
  }
  return true
}

/** Height of a name wrapped into LABEL_WIDTH, a line per LINE_HEIGHT. */
export function labelHeight(name: string): number {
  const perLine = Math.floor(LABEL_WIDTH / CHAR_WIDTH)
  let lines = 1
  let used = 0
  for (const word of name.split(/\s+/).filter(Boolean)) {
    const length = word.length
    if (used > 0 && used + 1 + length <= perLine) used += 1 + length
    else {
      if (used > 0) lines++
      lines += Math.floor(Math.max(0, length - 1) / perLine)
      used = length % perLine || perLine
    }
  }
  return lines * LINE_HEIGHT + 4
}
