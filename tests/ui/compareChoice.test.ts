import { describe, expect, it } from 'vitest'
import { createState, type WorkflowState } from '../../src/domain/model'
import { autoLayout, columnsFit, defaultPair, defaultPanes, mapSize, panesShowing, resolveChoice, togglePane } from '../../src/ui/compare/choice'
import { trayReturn } from './compare/helpers'

const states = trayReturn().states // st_cur, st_tr, st_fut
const named = (phase: WorkflowState['phase'], id: string): WorkflowState => ({ ...createState(phase), id })
// Five states: current, two transitions, two futures (an option A and an option B).
const five = [named('current', 'c'), named('transition', 't1'), named('transition', 't2'), named('future', 'fA'), named('future', 'fB')]

describe('which states are compared and shown', () => {
  it('compares current → future by default, the last future when there are several', () => {
    expect(defaultPair(states)).toEqual({ before: 'st_cur', after: 'st_fut' })
    expect(defaultPair(five)).toEqual({ before: 'c', after: 'fB' })
    expect(defaultPair(states.slice(0, 1))).toBeNull()
  })

  it('shows every state when there are three or fewer, else the first current, the first transition and the last future', () => {
    expect(defaultPanes(states)).toEqual(['st_cur', 'st_tr', 'st_fut'])
    expect(defaultPanes(five)).toEqual(['c', 't1', 'fB'])
  })

  it('given a stored choice that names a deleted state, then it falls back to what exists', () => {
    const choice = resolveChoice(states, { panes: ['st_gone', 'st_fut'], pair: { before: 'st_gone', after: 'st_fut' } })
    expect(choice).toEqual({ panes: ['st_cur', 'st_tr', 'st_fut'], pair: { before: 'st_cur', after: 'st_fut' }, layout: undefined })
  })

  it('keeps a stored choice in the project order, and its layout', () => {
    const choice = resolveChoice(five, { panes: ['fA', 't2'], pair: { before: 't2', after: 'fA' }, layout: 'rows' })
    expect(choice).toEqual({ panes: ['t2', 'fA'], pair: { before: 't2', after: 'fA' }, layout: 'rows' })
  })

  it('given a new pair, then both of its states are shown and the open panes stay while there is room', () => {
    expect(panesShowing(five, ['c', 't1', 'fB'], { before: 't1', after: 'fA' })).toEqual(['c', 't1', 'fA'])
    expect(panesShowing(five, ['c', 'fB'], { before: 't2', after: 'fB' })).toEqual(['c', 't2', 'fB'])
  })

  it('toggles panes between two and three', () => {
    expect(togglePane(states, ['st_cur', 'st_tr', 'st_fut'], 'st_tr')).toEqual(['st_cur', 'st_fut'])
    expect(togglePane(states, ['st_cur', 'st_fut'], 'st_fut')).toEqual(['st_cur', 'st_fut'])
    expect(togglePane(five, ['c', 't1', 'fB'], 'fA')).toEqual(['c', 't1', 'fB'])
    expect(togglePane(five, ['c', 'fB'], 'fA')).toEqual(['c', 'fA', 'fB'])
  })

  it('stacks wide maps and puts tall ones side by side, whichever shows them larger', () => {
    const wide = { width: 2600, height: 620 }
    expect(autoLayout({ width: 900, height: 900 }, 3, wide)).toBe('rows')
    expect(autoLayout({ width: 1700, height: 1200 }, 3, wide)).toBe('rows')
    const tall = { width: 700, height: 900 }
    expect(autoLayout({ width: 1700, height: 1000 }, 3, tall)).toBe('columns')
    expect(autoLayout({ width: 900, height: 900 }, 1, wide)).toBe('columns')
    // Tall maps, but three panes side by side in 956 px would be 318 px each: too narrow to use.
    expect(autoLayout({ width: 956, height: 800 }, 3, tall)).toBe('rows')
    expect(columnsFit(956, 3)).toBe(false)
    expect(columnsFit(956, 2)).toBe(true)
  })

  it('measures a map from its lanes and its rightmost step', () => {
    expect(mapSize(states[0]!, trayReturn().roles)).toEqual({ width: 140 + 920 + 48, height: 3 * 140 })
  })
})
