// Where a canvas looks, as pure geometry: the first view, "zoom to fit", and centring a step.
// The lane names are drawn in screen space over the map's left edge (see LaneHeaders), never
// narrower than LANE_NAMES_MIN_WIDTH, so every view keeps the map's steps to their right.
// Nothing in this file reads the store or the DOM.
import { LANE_HEADER_WIDTH } from '../../domain/model'

export interface Viewport {
  x: number
  y: number
  zoom: number
}

/** A rectangle in map coordinates (the lanes start at x = 0). */
export interface MapRect {
  x: number
  y: number
  width: number
  height: number
}

export interface PaneSize {
  width: number
  height: number
}

/** The lane names stay this wide on screen however far the map is zoomed out, so they can be read ... */
export const LANE_NAMES_MIN_WIDTH = 168
/**
 * ... but never wider than a quarter of the pane, so a narrow pane (side by side, or beside the
 * properties panel) keeps three quarters for the steps; and never narrower than this.
 */
export const LANE_NAMES_NARROWEST = 72
/** A fitted view never magnifies past full size: a short map stays at the size it was drawn. */
export const MAX_FIT_ZOOM = 1
/** Below this, step labels cannot be read: a step picked from the change list is shown at least this large. */
export const READABLE_ZOOM = 0.8
export const MIN_ZOOM = 0.05
export const MAX_ZOOM = 2.5
const PAD = 12

/** How wide the pinned lane names are on screen at `zoom`, in a pane `paneWidth` wide. */
export function laneNamesWidth(zoom: number, paneWidth = Infinity): number {
  const most = Math.max(LANE_NAMES_NARROWEST, paneWidth / 4)
  return Math.min(Math.max(LANE_HEADER_WIDTH * zoom, LANE_NAMES_MIN_WIDTH), most)
}

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v))

/** The map's header column ends where the pinned lane names end, so the first step is never under them. */
function leftAligned(content: MapRect, zoom: number, paneWidth: number): number {
  return laneNamesWidth(zoom, paneWidth) - (content.x + LANE_HEADER_WIDTH) * zoom
}

/**
 * The lanes fill the pane's height, from the map's start; a map wider than the pane runs on to
 * the right, to be panned. Fitting the height, not the whole width, is what keeps a long
 * swimlane map readable. `minZoom` is the floor for large maps, which open at their start.
 */
export function fitLanes(content: MapRect, pane: PaneSize, minZoom = MIN_ZOOM): Viewport {
  const zoom = clamp((pane.height - 2 * PAD) / Math.max(content.height, 1), Math.max(minZoom, MIN_ZOOM), MAX_FIT_ZOOM)
  return { x: leftAligned(content, zoom, pane.width), y: PAD - content.y * zoom, zoom }
}

/** The whole map, lanes and every step, centred vertically ("Zoom to fit"). */
export function fitWhole(content: MapRect, pane: PaneSize): Viewport {
  const byHeight = (pane.height - 2 * PAD) / Math.max(content.height, 1)
  const steps = Math.max(content.width - LANE_HEADER_WIDTH, 1)
  const names = laneNamesWidth(0, pane.width)
  // While the names are at their minimum width the steps share what is left of the pane ...
  let zoom = Math.min(byHeight, (pane.width - names - PAD) / steps)
  // ... once the header column is wider than that minimum, the whole map shares the pane.
  if (LANE_HEADER_WIDTH * zoom > names) zoom = Math.min(byHeight, (pane.width - PAD) / Math.max(content.width, 1))
  zoom = clamp(zoom, MIN_ZOOM, MAX_FIT_ZOOM)
  const top = Math.max(PAD, (pane.height - content.height * zoom) / 2)
  return { x: leftAligned(content, zoom, pane.width), y: top - content.y * zoom, zoom }
}

/**
 * `target` (one step, or the box around a few) in the middle of what the lane names leave of the
 * pane, at least READABLE_ZOOM large, or the current zoom when that is already readable. Targets
 * too far apart to fit at that zoom are shown together, no smaller than needed. A step near the
 * map's start is shown as close to the middle as the map allows: the map never leaves empty
 * space above its first lane or left of its lanes (given `content`).
 */
export function centreOn(target: MapRect, pane: PaneSize, current: Viewport, content?: MapRect, margin = 48): Viewport {
  let zoom = current.zoom >= READABLE_ZOOM ? current.zoom : READABLE_ZOOM
  const roomWidth = pane.width - laneNamesWidth(zoom, pane.width) - 2 * margin
  const roomHeight = pane.height - 2 * margin
  zoom = clamp(Math.min(zoom, roomWidth / Math.max(target.width, 1), roomHeight / Math.max(target.height, 1)), MIN_ZOOM, MAX_ZOOM)
  const left = laneNamesWidth(zoom, pane.width)
  let x = (left + pane.width) / 2 - (target.x + target.width / 2) * zoom
  let y = pane.height / 2 - (target.y + target.height / 2) * zoom
  if (content) {
    x = Math.min(x, leftAligned(content, zoom, pane.width))
    y = Math.min(y, PAD - content.y * zoom)
  }
  return { x, y, zoom }
}

/**
 * Keeps a step being worked on by keyboard in view: the viewport moves just far enough, along
 * the axis the step left by, at the same zoom, so the rest of the map stays where the room's
 * eyes are. Null when the step is already in view.
 */
export function followInto(target: MapRect, pane: PaneSize, current: Viewport, margin = 48): Viewport | null {
  const { x, y, zoom } = current
  const left = target.x * zoom + x
  const top = target.y * zoom + y
  const right = left + target.width * zoom
  const bottom = top + target.height * zoom
  const leftEdge = laneNamesWidth(zoom, pane.width) + margin / 2
  const dx = left < leftEdge ? leftEdge - left : right > pane.width - margin ? pane.width - margin - right : 0
  const dy = top < margin ? margin - top : bottom > pane.height - margin ? pane.height - margin - bottom : 0
  return dx === 0 && dy === 0 ? null : { x: x + dx, y: y + dy, zoom }
}

/** Kinds whose label is drawn inside the shape; every other kind is labelled underneath. */
export const LABEL_INSIDE: ReadonlySet<string> = new Set(['task', 'subprocess'])

/** How far a caption (the label under an event, a wait or a decision, see .step-caption) reaches. */
export const CAPTION = { width: 160, gap: 5, height: 36 }

/**
 * What a step takes on screen: its shape, and for a step labelled underneath also its caption,
 * wider than the shape and below it, so a step brought into view never leaves its name under the
 * lane names or the pane's edge.
 */
export function drawnExtent(shape: MapRect, kind: string | undefined): MapRect {
  if (kind === undefined || LABEL_INSIDE.has(kind)) return shape
  const width = Math.max(shape.width, CAPTION.width)
  return { x: shape.x + (shape.width - width) / 2, y: shape.y, width, height: shape.height + CAPTION.gap + CAPTION.height }
}

/** What a canvas node takes on screen (see drawnExtent): a step with its caption, or a lane. */
export function nodeExtent(node: { position: { x: number; y: number }; width?: number; height?: number; measured?: { width?: number; height?: number }; data?: unknown }): MapRect {
  const kind = (node.data as { step?: { kind?: string } } | undefined)?.step?.kind
  const shape = { x: node.position.x, y: node.position.y, width: node.width ?? node.measured?.width ?? 0, height: node.height ?? node.measured?.height ?? 0 }
  return drawnExtent(shape, kind)
}

/** The box around some rectangles, or null for none. */
export function boundsOf(rects: readonly MapRect[]): MapRect | null {
  if (rects.length === 0) return null
  let x0 = Infinity
  let y0 = Infinity
  let x1 = -Infinity
  let y1 = -Infinity
  for (const r of rects) {
    x0 = Math.min(x0, r.x)
    y0 = Math.min(y0, r.y)
    x1 = Math.max(x1, r.x + r.width)
    y1 = Math.max(y1, r.y + r.height)
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 }
}
