import { describe, expect, it } from 'vitest'
import { CURRENT_WAY, FUTURE_WAY, observe, straight, threeStates, TRANSITION_WAY } from './observeHelpers'

const project = threeStates()
const deviationsOf = (activities: readonly string[]) => observe(project, [straight('k1', activities)]).rows[0]!

describe('replaying one case on the future state', () => {
  it('fits when it follows the map, and looks like the future state', () => {
    const row = deviationsOf(FUTURE_WAY)
    expect(row.fits).toBe(true)
    expect(row.fitness).toBe(1)
    expect(row.deviations).toEqual([])
    expect(row.looksLike).toBe('f_state')
  })

  it('names a skipped step', () => {
    const row = deviationsOf(['Tray received (scan)', 'Washed', 'Sterilized'])
    expect(row.fits).toBe(false)
    expect(row.deviations).toEqual([{ kind: 'skipped', text: 'skipped "Scan tray"' }])
  })

  it('names steps out of order once, not as a skip and an extra', () => {
    const row = deviationsOf(['Tray received (scan)', 'Tray scanned', 'Sterilized', 'Washed'])
    expect(row.deviations).toHaveLength(1)
    expect(row.deviations[0]!.kind).toBe('outOfOrder')
  })

  it('names an activity this state does not have', () => {
    const row = deviationsOf(['Tray received (scan)', 'Tray scanned', 'Washed', 'Courier called', 'Sterilized'])
    expect(row.deviations).toEqual([{ kind: 'notInState', text: '"Courier called" is not in this state' }])
  })

  it("names the map's own rework loop, and the case still fits", () => {
    const row = deviationsOf(['Tray received (scan)', 'Tray scanned', 'Washed', 'Washed', 'Sterilized'])
    expect(row.fits).toBe(true)
    expect(row.deviations).toEqual([{ kind: 'rework', text: 'rework loop: "Wash tray" done again' }])
  })

  it('names a repeat the map has no loop for as rework', () => {
    const row = deviationsOf(['Tray received (scan)', 'Tray scanned', 'Tray scanned', 'Washed', 'Sterilized'])
    expect(row.deviations).toEqual([{ kind: 'rework', text: '"Scan tray" done again where the map has no loop' }])
  })
})

describe('the reverting rule', () => {
  it('flags a step only an older state has, still being done', () => {
    const row = deviationsOf(['Tray received (scan)', 'Tray scanned', 'Paper log written', 'Washed', 'Sterilized'])
    expect(row.deviations).toEqual([
      { kind: 'reverting', text: 'reverting: "Write paper log" still done, a step only Transition: scanner beside paper has' },
    ])
    expect(row.looksLike).toBe('f_state')
  })

  it('flags a step done the old way, without also calling the new way skipped', () => {
    const row = deviationsOf(['Tray received (paper)', 'Tray scanned', 'Washed', 'Sterilized'])
    expect(row.deviations).toEqual([
      {
        kind: 'reverting',
        text: 'reverting: "Receive tray by scan" still done the old way ("Tray received (paper)", as in Transition: scanner beside paper)',
      },
    ])
  })

  it('takes the nearest older state that maps the activity', () => {
    const { result } = observe(project, [straight('k1', CURRENT_WAY)])
    const reverting = result.segments.all.deviations.filter((d) => d.kind === 'reverting')
    expect(reverting.map((d) => d.olderStateId)).toEqual(['t_state', 't_state'])
  })

  it('is not reverting against the older state itself', () => {
    const { rows } = observe(project, [straight('k1', TRANSITION_WAY)], 't_state')
    expect(rows[0]!.fits).toBe(true)
  })
})

describe('which state a case looks like', () => {
  it('is the state it fits best, each way of working to its own state', () => {
    const { rows, result } = observe(project, [straight('a', CURRENT_WAY), straight('b', TRANSITION_WAY), straight('c', FUTURE_WAY)])
    expect(rows.map((r) => r.looksLike)).toEqual(['c_state', 't_state', 'f_state'])
    expect(result.states.map((s) => s.looksLike)).toEqual([1, 1, 1])
    expect(result.states.map((s) => s.fittingCases)).toEqual([1, 1, 1])
  })
})
