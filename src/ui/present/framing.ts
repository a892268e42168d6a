// Where a presented pane looks: around the steps of the item on show, or the whole map for the
// overview. The lane names are a column pinned over the pane's left edge, so the map is framed in
// what that column leaves. Pure geometry: nothing here reads the store or the DOM.
import { LANE_HEADER_WIDTH } from '../../domain/model'
import type { MapRect, PaneSize, Viewport } from '../canvas/viewportFit'

/** Step labels are drawn at 13 px: at this zoom they read as about 21 px, large for a projector. */
export const PRESENT_MAX_ZOOM = 1.6
/** The overview shows the map no larger than drawn: a short map stays at its own size. */
export const WHOLE_MAX_ZOOM = 1
const MIN_ZOOM = 0.05
/** What the view leaves between the map's edge and the pane's. */
const EDGE = 12

/** The pinned lane names' width on screen: a fifth of the pane, within readable bounds. */
export function namesColumnWidth(paneWidth: number): number {
  return Math.round(Math.min(230, Math.max(140, paneWidth * 0.21)))
}

/**
 * The lane names' size in px: as large as lets the longest word of any name ("decontamination")
 * fit the column whole, up to 22 px; a floor of 11 px, below which long words break instead.
 */
export function laneNameSize(columnWidth: number, longestWord: number): number {
  const room = columnWidth - 30 // the coloured edge and the padding
  return Math.floor(Math.min(22, Math.max(11, room / (Math.max(longestWord, 1) * 0.66))))
}

/**
 * `target` as large as fits in the part of the pane right of the lane names, less `margin` all
 * round, no larger than `maxZoom`, centred there.
 */
export function frameView(target: MapRect, pane: PaneSize, namesWidth: number, maxZoom = PRESENT_MAX_ZOOM, margin = 40, content?: MapRect): Viewport {
  const roomWidth = Math.max(pane.width - namesWidth - 2 * margin, 1)
  const roomHeight = Math.max(pane.height - 2 * margin, 1)
  const zoom = Math.min(maxZoom, Math.max(MIN_ZOOM, Math.min(roomWidth / Math.max(target.width, 1), roomHeight / Math.max(target.height, 1))))
  let x = namesWidth + (pane.width - namesWidth) / 2 - (target.x + target.width / 2) * zoom
  let y = pane.height / 2 - (target.y + target.height / 2) * zoom
  if (content) {
    // No empty band above the first lane or below the last, nor left of the first step's column,
    // while the map has more to show there: near the map's edges the item sits off-centre instead.
    // A map lower than the pane is centred in it.
    const height = content.height * zoom
    if (height <= pane.height - 2 * EDGE) y = (pane.height - height) / 2 - content.y * zoom
    else y = Math.min(Math.max(y, pane.height - EDGE - (content.y + content.height) * zoom), EDGE - content.y * zoom)
    x = Math.min(x, namesWidth - LANE_HEADER_WIDTH * zoom)
  }
  return { x, y, zoom }
}

/** The map's steps without its own header column (the pinned names stand in for it). */
export function stepsArea(content: MapRect): MapRect {
  const x = Math.max(content.x, LANE_HEADER_WIDTH)
  return { x, y: content.y, width: Math.max(content.x + content.width - x, 1), height: content.height }
}
