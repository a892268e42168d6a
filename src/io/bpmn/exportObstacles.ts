// Everything drawn so far in an exported diagram that later shapes and flows must keep clear of,
// indexed by columns of the page: a question about one place looks only at what is near it. A
// state of 50,000 steps asked the whole list once per flow and per data column, which took many
// minutes; the answers are the same, whatever order things are found in.
import type { Box, Point } from '../geometry'

const COLUMN_WIDTH = 256

/** A vertical or horizontal line as a zero-width or zero-height box. */
export function segmentBox(a: Point, b: Point): Box {
  return { x: Math.min(a.x, b.x), y: Math.min(a.y, b.y), width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) }
}

export function overlaps(a: Box, b: Box, clearance: number): boolean {
  return a.x < b.x + b.width + clearance && b.x < a.x + a.width + clearance && a.y < b.y + b.height + clearance && b.y < a.y + a.height + clearance
}

export class Obstacles {
  private readonly boxColumns = new Map<number, Box[]>()
  private readonly lineColumns = new Map<number, Set<Box>>()
  /** The lowest edge of any shape or name so far (-Infinity before the first). */
  lowestBoxBottom = -Infinity

  addBox(...boxes: Box[]): void {
    for (const box of boxes) {
      for (const c of columns(box.x, box.x + box.width)) getOrAdd(this.boxColumns, c, () => []).push(box)
      this.lowestBoxBottom = Math.max(this.lowestBoxBottom, box.y + box.height)
    }
  }

  /** Axis-parallel lines (flows, association branches). */
  addLine(a: Point, b: Point): Box {
    const line = segmentBox(a, b)
    for (const c of columns(line.x, line.x + line.width)) getOrAdd(this.lineColumns, c, () => new Set()).add(line)
    return line
  }

  removeLine(line: Box): void {
    for (const c of columns(line.x, line.x + line.width)) this.lineColumns.get(c)?.delete(line)
  }

  /** Shapes, names and lines that reach into the band from x `from` to `to` (each once). */
  near(from: number, to: number, what: { boxes: boolean; lines: boolean } = { boxes: true, lines: true }): Set<Box> {
    const found = new Set<Box>()
    for (const c of columns(from, to)) {
      if (what.boxes) for (const b of this.boxColumns.get(c) ?? []) found.add(b)
      if (what.lines) for (const l of this.lineColumns.get(c) ?? []) found.add(l)
    }
    return found
  }

  clear(box: Box, clearance: number, except?: Box): boolean {
    const from = box.x - clearance
    const to = box.x + box.width + clearance
    for (const o of this.near(from, to, { boxes: true, lines: false })) if (o !== except && overlaps(box, o, clearance)) return false
    for (const l of this.near(from, to, { boxes: false, lines: true })) if (overlaps(box, l, clearance / 2)) return false
    return true
  }

  clearOfBoxes(line: Box, except: readonly Box[]): boolean {
    for (const o of this.near(line.x - 2, line.x + line.width + 2, { boxes: true, lines: false })) if (!except.includes(o) && overlaps(line, o, 2)) return false
    return true
  }
}

function* columns(from: number, to: number): Generator<number> {
  for (let c = Math.floor(from / COLUMN_WIDTH); c <= Math.floor(to / COLUMN_WIDTH); c++) yield c
}

function getOrAdd<K, V>(map: Map<K, V>, key: K, make: () => V): V {
  let v = map.get(key)
  if (v === undefined) map.set(key, (v = make()))
  return v
}
