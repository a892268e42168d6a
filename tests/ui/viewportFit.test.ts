import { describe, expect, it } from 'vitest'
import { LANE_HEADER_WIDTH } from '../../src/domain/model'
import { centreOn, drawnExtent, fitLanes, fitWhole, followInto, laneNamesWidth, LANE_NAMES_MIN_WIDTH, READABLE_ZOOM } from '../../src/ui/canvas/viewportFit'

// The sterile processing current state: six lanes of 140, steps out to x = 3,600.
const wideMap = { x: 0, y: 0, width: 3600, height: 840 }
const screenX = (mapX: number, v: { x: number; zoom: number }) => mapX * v.zoom + v.x
const screenY = (mapY: number, v: { y: number; zoom: number }) => mapY * v.zoom + v.y

describe('where a canvas looks', () => {
  it('given a wide map, when it opens, then its lanes fill the pane height and it starts right of the lane names, to be panned', () => {
    const pane = { width: 1200, height: 700 }
    const view = fitLanes(wideMap, pane)
    expect(screenY(840, view) - screenY(0, view)).toBeCloseTo(700 - 24)
    expect(screenX(LANE_HEADER_WIDTH, view)).toBeCloseTo(laneNamesWidth(view.zoom))
    expect(screenX(3600, view)).toBeGreaterThan(pane.width) // the rest is reached by panning
  })

  it('given a narrow pane, then the lane names take at most a quarter of it at any zoom, and the first step starts right of them', () => {
    for (const width of [312, 420, 480]) {
      const pane = { width, height: 520 }
      for (const zoom of [0.2, 0.6, 1, 2]) expect(laneNamesWidth(zoom, width)).toBeLessThanOrEqual(width / 4)
      const view = fitLanes(wideMap, pane)
      expect(screenX(LANE_HEADER_WIDTH, view)).toBeCloseTo(laneNamesWidth(view.zoom, width))
      expect(screenX(LANE_HEADER_WIDTH, view)).toBeLessThanOrEqual(width / 4)
    }
  })

  it('given a map shorter than the pane, then it is shown at its drawn size, not magnified', () => {
    expect(fitLanes({ x: 0, y: 0, width: 900, height: 280 }, { width: 1200, height: 700 }).zoom).toBe(1)
  })

  it('given a resize that only narrows the pane, then the lanes view does not move', () => {
    expect(fitLanes(wideMap, { width: 700, height: 500 })).toEqual(fitLanes(wideMap, { width: 1300, height: 500 }))
  })

  it('given "zoom to fit", then every step and lane is on screen, right of the lane names', () => {
    const pane = { width: 1200, height: 700 }
    const view = fitWhole(wideMap, pane)
    expect(screenX(LANE_HEADER_WIDTH, view)).toBeGreaterThanOrEqual(LANE_NAMES_MIN_WIDTH - 0.01)
    expect(screenX(3600, view)).toBeLessThanOrEqual(pane.width)
    expect(screenY(0, view)).toBeGreaterThanOrEqual(0)
    expect(screenY(840, view)).toBeLessThanOrEqual(pane.height)
  })

  it('given a step picked while zoomed far out, then it is centred right of the lane names at a readable zoom', () => {
    const pane = { width: 1000, height: 400 }
    const step = { x: 3000, y: 500, width: 160, height: 64 }
    const view = centreOn(step, pane, { x: 0, y: 0, zoom: 0.15 })
    expect(view.zoom).toBe(READABLE_ZOOM)
    expect(screenX(3080, view)).toBeCloseTo((laneNamesWidth(view.zoom) + pane.width) / 2)
    expect(screenY(532, view)).toBeCloseTo(200)
  })

  it('given a step near the map start, then it is brought as near the middle as the map allows, with no empty space above or left of the lanes', () => {
    const pane = { width: 1000, height: 400 }
    const view = centreOn({ x: 200, y: 40, width: 160, height: 64 }, pane, { x: 0, y: 0, zoom: 0.2 }, wideMap)
    expect(screenX(LANE_HEADER_WIDTH, view)).toBeCloseTo(laneNamesWidth(view.zoom, pane.width))
    expect(screenY(0, view)).toBeCloseTo(12)
  })

  it('given a step picked while already close up, then the zoom stays', () => {
    expect(centreOn({ x: 100, y: 100, width: 160, height: 64 }, { width: 1000, height: 600 }, { x: 0, y: 0, zoom: 1.4 }).zoom).toBe(1.4)
  })

  it('given two steps too far apart for a readable zoom, then both are shown', () => {
    const pane = { width: 1000, height: 600 }
    const pair = { x: 200, y: 100, width: 2400, height: 64 }
    const view = centreOn(pair, pane, { x: 0, y: 0, zoom: 0.2 })
    expect(screenX(200, view)).toBeGreaterThanOrEqual(laneNamesWidth(view.zoom))
    expect(screenX(2600, view)).toBeLessThanOrEqual(pane.width)
  })

  it('given a step typed beyond the right edge, then the view moves just far enough and keeps its zoom', () => {
    const current = { x: 0, y: 0, zoom: 1 }
    const pane = { width: 800, height: 500 }
    expect(followInto({ x: 300, y: 100, width: 160, height: 64 }, pane, current)).toBeNull()
    const moved = followInto({ x: 900, y: 100, width: 160, height: 64 }, pane, current)!
    expect(moved).toEqual({ x: 800 - 48 - 1060, y: 0, zoom: 1 })
  })

  it('given a start event whose caption is wider than its circle, when it is brought into view, then the whole caption clears the lane names', () => {
    const pane = { width: 800, height: 600 }
    const current = { x: 0, y: 0, zoom: 1 }
    // the circle alone sits just right of the names; its 160 px caption reaches under them
    const circle = { x: laneNamesWidth(1, 800) + 24 + 8, y: 100, width: 48, height: 48 }
    expect(followInto(circle, pane, current)).toBeNull()
    const shown = followInto(drawnExtent(circle, 'start'), pane, current)!
    const captionLeft = circle.x + 24 - 80
    expect(screenX(captionLeft, shown)).toBeGreaterThanOrEqual(laneNamesWidth(1, 800))
    // a task carries its label inside: nothing to add
    expect(drawnExtent(circle, 'task')).toEqual(circle)
  })
})
