import { describe, expect, it } from 'vitest'
import { frameView, laneNameSize, namesColumnWidth, PRESENT_MAX_ZOOM } from '../../../src/ui/present/framing'

const pane = { width: 940, height: 600 }

describe('framing a presented pane', () => {
  it('given one step, then it is shown no larger than the projector zoom, in the middle of what the lane names leave', () => {
    const names = namesColumnWidth(pane.width)
    const view = frameView({ x: 500, y: 200, width: 160, height: 64 }, pane, names)
    expect(view.zoom).toBe(PRESENT_MAX_ZOOM)
    // The step's middle lands in the middle of the room right of the names.
    expect(500 * view.zoom + view.x + 80 * view.zoom).toBeCloseTo(names + (pane.width - names) / 2)
    expect(200 * view.zoom + view.y + 32 * view.zoom).toBeCloseTo(pane.height / 2)
  })

  it('given steps far apart, then they are all framed, smaller', () => {
    const names = namesColumnWidth(pane.width)
    const view = frameView({ x: 200, y: 0, width: 2000, height: 300 }, pane, names)
    expect(view.zoom).toBeLessThan(1)
    expect(200 * view.zoom + view.x).toBeGreaterThanOrEqual(names)
    expect(2200 * view.zoom + view.x).toBeLessThanOrEqual(pane.width)
  })

  it('given a step near the top of a tall map, then no empty band shows above the first lane', () => {
    const content = { x: 0, y: 0, width: 3000, height: 1200 }
    const view = frameView({ x: 400, y: 10, width: 160, height: 64 }, pane, namesColumnWidth(pane.width), PRESENT_MAX_ZOOM, 40, content)
    expect(view.y).toBeLessThanOrEqual(12)
  })

  it('given a map lower than the pane at the zoom its item needs, then the map is centred in the pane, not left at its top', () => {
    const content = { x: 0, y: 0, width: 3000, height: 900 }
    const view = frameView({ x: 200, y: 0, width: 2800, height: 900 }, pane, namesColumnWidth(pane.width), PRESENT_MAX_ZOOM, 40, content)
    const top = view.y
    const bottom = pane.height - (view.y + 900 * view.zoom)
    expect(top).toBeGreaterThan(12)
    expect(top).toBeCloseTo(bottom)
  })

  it('given the lane names of the sterile processing map, then the longest word fits the column whole at 1920, and stays at least 11 px on a laptop', () => {
    const wide = namesColumnWidth(940)
    expect(laneNameSize(wide, 'decontamination'.length) * 0.66 * 15).toBeLessThanOrEqual(wide - 30)
    expect(laneNameSize(wide, 'decontamination'.length)).toBeGreaterThanOrEqual(16)
    expect(laneNameSize(namesColumnWidth(500), 'decontamination'.length)).toBeGreaterThanOrEqual(11)
    expect(laneNameSize(230, 3)).toBe(22)
  })
})
