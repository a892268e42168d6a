import { describe, expect, it } from 'vitest'
import { diffStates } from '../../src/domain/diff'
import { LANE_MIN_HEIGHT } from '../../src/domain/model'
import { buildElements, ElementCache } from '../../src/ui/canvas/elements'
import { paneOverlay } from '../../src/ui/compare/overlays'
import { trayReturn } from './compare/helpers'

describe('the canvas elements of a compared state', () => {
  it('given a removed step whose role has no lane in the after state, then it is drawn as a ghost in a faint lane of that role below the others', () => {
    // given the tray return, whose future state has no Porter lane, and the porter's wait removed
    const project = trayReturn()
    const [current, , future] = project.states
    const overlay = paneOverlay(diffStates(project, 'st_cur', 'st_fut'), 'after', current)
    // when the future state's canvas is built with the overlay
    const els = buildElements(
      { state: future!, roles: project.roles, systems: project.systems, dataItems: project.dataItems, selection: new Set(), selectedFlows: new Set(), editing: null, overlay },
      new ElementCache(),
    )
    // then there is a Porter lane for ghosts only, under the state's own lanes
    expect(els.bands.map((b) => b.name)).toEqual(['OR nurse', 'SPD technician'])
    expect(els.ghostBands.map((b) => b.name)).toEqual(['Porter'])
    const porter = els.ghostBands[0]!
    const last = els.bands.at(-1)!
    expect(porter.top).toBe(last.top + last.height)
    expect(porter.height).toBeGreaterThanOrEqual(LANE_MIN_HEIGHT)
    expect(els.nodes.find((n) => n.id === 'lane-ghost:r_porter')?.data).toMatchObject({ ghost: true, dropTarget: false })
    // and the porter's removed wait is drawn inside it, and fitting the view includes it
    const ghost = els.nodes.find((n) => n.id === 'ghost:c_wait')!
    expect(ghost.position.y).toBeGreaterThanOrEqual(porter.top)
    expect(ghost.position.y + ghost.height!).toBeLessThanOrEqual(porter.top + porter.height)
    expect(els.content.height).toBe(porter.top + porter.height)
  })

  it('given no overlay, then there are no ghost lanes', () => {
    const project = trayReturn()
    const els = buildElements(
      { state: project.states[2]!, roles: project.roles, systems: project.systems, dataItems: project.dataItems, selection: new Set(), selectedFlows: new Set(), editing: null },
      new ElementCache(),
    )
    expect(els.ghostBands).toEqual([])
    expect(els.nodes.some((n) => n.id.startsWith('lane-ghost:'))).toBe(false)
  })
})
