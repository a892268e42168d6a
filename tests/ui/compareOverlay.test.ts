import { describe, expect, it } from 'vitest'
import { diffStates } from '../../src/domain/diff'
import { OverlayCache, paneOverlay } from '../../src/ui/compare/overlays'
import { trayReturn } from './compare/helpers'

const project = trayReturn()
const current = project.states[0]!
const compared = diffStates(project, 'st_cur', 'st_fut')

describe('the overlay on the canvases', () => {
  it('given current → future, then the after side marks added steps green, changed ones amber with their fields and reassignment, and draws removed steps as ghosts', () => {
    const overlay = paneOverlay(compared, 'after', current)
    expect(overlay.steps!.get('f_scan')).toEqual({ status: 'added', badges: [{ text: 'New', title: 'New step: Scan tray at receipt', tone: 'info' }] })
    expect(overlay.steps!.get('f_carry')).toEqual({
      status: 'changed',
      badges: [
        { text: 'Changed', title: 'Changed: label, role, touch time', tone: 'info' },
        { text: 'Porter → OR nurse', title: 'Reassigned: Porter → OR nurse', tone: 'info' },
      ],
    })
    expect(overlay.ghosts!.map((s) => s.id)).toEqual(['c_wait', 'c_log'])
    expect(overlay.flows!.get('f_f8')).toMatchObject({ status: 'added', note: 'New handoff: OR nurse → SPD technician' })
    expect(overlay.steps!.has('f_start')).toBe(false)
  })

  it('given current → future, then the before side marks removed steps and lost handoffs, and badges the duplicate documentation', () => {
    const overlay = paneOverlay(compared, 'before', current)
    expect(overlay.steps!.get('c_log')).toEqual({
      status: 'removed',
      badges: [
        { text: 'Removed', title: 'Removed in Future: scan at receipt', tone: 'warning' },
        { text: 'Twice: Tray ID', title: 'Documented twice: Tray ID (2 records by hand, in Paper log)', tone: 'warning' },
      ],
    })
    expect(overlay.steps!.get('c_pack')!.badges!.map((b) => b.text)).toEqual(['Changed', 'Twice: Tray ID'])
    expect([...overlay.flows!.keys()]).toEqual(['c_f2', 'c_f4'])
    expect(overlay.ghosts).toBeUndefined()
  })

  it('given a third pane, then it shows only its own duplicate documentation', () => {
    const overlay = paneOverlay(diffStates(project, 'st_cur', 'st_tr'), 'other', current)
    expect([...overlay.steps!.entries()].map(([id, o]) => [id, o.status, o.badges!.map((b) => b.text)])).toEqual([
      ['t_pack', undefined, ['Twice: Tray ID']],
      ['t_log', undefined, ['Twice: Tray ID']],
      ['t_key', undefined, ['Twice: Tray ID']],
    ])
    expect(overlay.flows!.size).toBe(0)
  })

  it('given the same diff again, then every overlay object is the same object, so the canvas re-renders nothing', () => {
    const cache = new OverlayCache()
    const first = paneOverlay(compared, 'after', current, cache)
    const again = paneOverlay(diffStates(project, 'st_cur', 'st_fut'), 'after', current, cache)
    expect(again.steps!.get('f_carry')).toBe(first.steps!.get('f_carry'))
    expect(again.flows!.get('f_f8')).toBe(first.flows!.get('f_f8'))
  })
})
