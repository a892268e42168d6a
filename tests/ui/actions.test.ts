import { beforeEach, describe, expect, it } from 'vitest'
import { ACTIONS } from '../../src/ui/actions/registry'
import { pasteFromClipboard, pasteLines } from '../../src/ui/actions/clipboard'
import { handleShortcut, runAction } from '../../src/ui/actions/run'
import { resetStore, useStore } from '../../src/store'
import type { Surface } from '../../src/ui/actions/types'
import { stepSize } from '../../src/domain/model'
import { loadProject } from '../helpers/fixtures'

const store = () => useStore.getState()
const current = () => store().project!.states[0]!
const future = () => store().project!.states[1]!

/** A key press as the browser reports it, on a surface of the editor. */
function press(keys: string, surface: Surface = 'canvas', stateId = 'st_cur'): boolean {
  const parts = keys.split('+')
  const key = parts.pop()!
  const event = {
    key,
    ...(/^\d$/.test(key) ? { code: `Digit${key}` } : {}),
    ctrlKey: parts.includes('Ctrl'),
    metaKey: false,
    shiftKey: parts.includes('Shift'),
    altKey: parts.includes('Alt'),
    preventDefault() {},
    stopPropagation() {},
  }
  return handleShortcut(event, surface, stateId)
}

describe('editing actions', () => {
  beforeEach(() => {
    resetStore()
    store().openProject(loadProject('editor/editor.two-states.flowstate.json'))
    store().setActiveState('st_cur')
  })

  it('defines every action once, with a unique id and a label', () => {
    const ids = ACTIONS.map((a) => a.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const a of ACTIONS) expect(a.label.length).toBeGreaterThan(0)
  })

  it('given a selected step, Enter adds the next one connected in the same lane, ready to type; Tab in its label moves it down a lane', () => {
    store().select('st_cur', ['s_pack'])
    expect(press('Enter')).toBe(true)
    const added = current().steps.at(-1)!
    expect(added.roleId).toBe('r_or')
    expect(current().flows.at(-1)).toMatchObject({ from: 's_pack', to: added.id })
    expect(store().editing).toMatchObject({ stepId: added.id, mode: 'replace' })
    expect(press('Tab', 'label')).toBe(true)
    expect(current().steps.at(-1)!.roleId).toBe('r_porter')
    expect(press('Shift+Tab', 'label')).toBe(true)
    expect(current().steps.at(-1)!.roleId).toBe('r_or')
  })

  it('with nothing selected, Enter starts a step in the first lane', () => {
    expect(press('Enter')).toBe(true)
    expect(current().steps.at(-1)!.roleId).toBe('r_or')
  })

  it('Tab outside a label is left to the browser (focus moves on)', () => {
    store().select('st_cur', ['s_pack'])
    expect(press('Tab', 'canvas')).toBe(false)
    expect(current().steps.find((s) => s.id === 's_pack')!.roleId).toBe('r_or')
  })

  it('Delete removes the selection with its flows; Ctrl+Z brings it back, Ctrl+Y and Ctrl+Shift+Z redo', () => {
    store().select('st_cur', ['s_carry'])
    press('Delete')
    expect(current().steps.some((s) => s.id === 's_carry')).toBe(false)
    expect(current().flows.some((f) => f.from === 's_carry' || f.to === 's_carry')).toBe(false)
    press('Ctrl+z', 'app')
    expect(current().steps.some((s) => s.id === 's_carry')).toBe(true)
    press('Ctrl+y', 'app')
    expect(current().steps.some((s) => s.id === 's_carry')).toBe(false)
    press('Ctrl+z', 'app')
    press('Ctrl+Shift+Z', 'app')
    expect(current().steps.some((s) => s.id === 's_carry')).toBe(false)
  })

  it('arrow keys follow the flows', () => {
    store().select('st_cur', ['s_pack'])
    press('ArrowRight')
    expect(store().selection.st_cur).toEqual(['s_carry'])
    press('ArrowLeft')
    expect(store().selection.st_cur).toEqual(['s_pack'])
  })

  it('Alt+2 makes the selected step a decision, keeping its centre', () => {
    store().select('st_cur', ['s_carry'])
    press('Alt+2')
    const carry = current().steps.find((s) => s.id === 's_carry')!
    expect(carry.kind).toBe('decision')
    expect(carry.position).toEqual({ x: 436, y: 28 })
  })

  it('copies two steps with the flow between them and pastes them into another state as new steps', () => {
    store().select('st_cur', ['s_carry', 's_wait'])
    // Ctrl+C reaches the app as the browser's copy event, which runs the same action.
    expect(press('Ctrl+c')).toBe(false)
    expect(runAction('clipboard.copy', 'canvas', 'st_cur')).toBe(true)
    store().setActiveState('st_fut')
    // Ctrl+V reaches the app as the browser's paste event, which runs the same action.
    expect(press('Ctrl+v', 'canvas', 'st_fut')).toBe(false)
    expect(runAction('clipboard.paste', 'canvas', 'st_fut')).toBe(true)
    const pasted = future().steps.slice(-2)
    expect(pasted.map((s) => s.label)).toEqual(['Carry tray to SPD', 'Tray waits at dock'])
    expect(pasted.every((s) => s.lineage === s.id && !['s_carry', 's_wait'].includes(s.id))).toBe(true)
    expect(future().flows.at(-1)).toMatchObject({ from: pasted[0]!.id, to: pasted[1]!.id })
    expect(future().lanes).toContain('r_porter')
    expect(store().selection.st_fut).toEqual(pasted.map((s) => s.id))
    // One undo takes the whole paste back.
    store().undo()
    expect(future().steps).toHaveLength(2)
  })

  it('given a step duplicated twice in its own state, then each copy lands after the last step of its lane, covering nothing', () => {
    store().select('st_cur', ['s_pack'])
    expect(runAction('clipboard.duplicate', 'canvas', 'st_cur')).toBe(true)
    const first = current().steps.at(-1)!
    store().select('st_cur', ['s_pack'])
    runAction('clipboard.duplicate', 'canvas', 'st_cur')
    const second = current().steps.at(-1)!
    const others = (copy: typeof first) => current().steps.filter((s) => s.id !== copy.id && s.roleId === copy.roleId)
    for (const copy of [first, second]) {
      expect(copy.roleId).toBe('r_or')
      expect(copy.position.y).toBe(current().steps.find((s) => s.id === 's_pack')!.position.y)
      for (const other of others(copy)) expect(copy.position.x >= other.position.x + stepSize(other.kind).width || copy.position.x + stepSize(copy.kind).width <= other.position.x).toBe(true)
    }
    expect(second.position.x).toBeGreaterThan(first.position.x)
  })

  it('given steps copied into another state where their place is free, then they land where they were', () => {
    store().select('st_cur', ['s_carry'])
    runAction('clipboard.copy', 'canvas', 'st_cur')
    runAction('clipboard.paste', 'canvas', 'st_fut')
    expect(future().steps.at(-1)!.position).toEqual(current().steps.find((s) => s.id === 's_carry')!.position)
  })

  it('pastes a list from notes as connected steps after the selected one, one undo step', () => {
    const ids = pasteLines('st_cur', '1. Check tray list\n2. Count instruments\n\n- Sign the count sheet', ['s_pack'])
    const pasted = ids.map((id) => current().steps.find((s) => s.id === id)!)
    expect(pasted.map((s) => s.label)).toEqual(['Check tray list', 'Count instruments', 'Sign the count sheet'])
    expect(pasted.every((s) => s.roleId === 'r_or')).toBe(true)
    expect(pasted[1]!.position.x).toBeGreaterThan(pasted[0]!.position.x)
    expect(current().flows.slice(-3).map((f) => [f.from, f.to])).toEqual([
      ['s_pack', ids[0]],
      [ids[0], ids[1]],
      [ids[1], ids[2]],
    ])
    store().undo()
    expect(current().steps).toHaveLength(7)
  })

  it('recognises its own copied steps coming back from the system clipboard', () => {
    store().select('st_cur', ['s_carry'])
    runAction('clipboard.copy', 'canvas', 'st_cur')
    const ids = pasteFromClipboard('st_fut', { text: 'Carry tray to SPD' }, [])
    expect(future().steps.find((s) => s.id === ids[0])!.roleId).toBe('r_porter')
    expect(future().lanes).toContain('r_porter')
  })

  it('a button runs the same action as its key', () => {
    store().select('st_cur', ['s_pack'])
    expect(runAction('step.add', 'app', 'st_cur')).toBe(true)
    expect(current().flows.at(-1)!.from).toBe('s_pack')
    expect(runAction('history.undo')).toBe(true)
    expect(current().steps).toHaveLength(7)
  })
})
