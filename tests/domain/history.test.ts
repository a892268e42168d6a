import { describe, expect, it } from 'vitest'
import { createStep } from '../../src/domain/model'
import { createAppStore } from '../../src/store'
import { loadProject } from '../helpers/fixtures'

describe('undo history', () => {
  it('merges keystrokes of one label edit into one undo step', () => {
    const store = createAppStore()
    const p = loadProject()
    store.getState().openProject(p)
    for (const label of ['R', 'Re', 'Rec']) {
      store.getState().dispatch({ type: 'step.update', stateId: 'st_cur', stepId: 's_pack', changes: { label } }, { coalesce: 'label:s_pack' })
    }
    expect(store.getState().past).toHaveLength(1)
    store.getState().undo()
    expect(store.getState().project).toEqual(p)
  })

  it('records a multi-step paste as one undo step and clears redo on a new edit', () => {
    const store = createAppStore()
    const p = loadProject()
    store.getState().openProject(p)
    const a = createStep({ label: 'A', roleId: 'r_or' })
    const b = createStep({ label: 'B', roleId: 'r_or' })
    store.getState().dispatchAll('paste', [
      { type: 'step.add', stateId: 'st_cur', step: a },
      { type: 'step.add', stateId: 'st_cur', step: b },
    ])
    expect(store.getState().past).toHaveLength(1)
    store.getState().undo()
    expect(store.getState().project).toEqual(p)
    expect(store.getState().future).toHaveLength(1)
    store.getState().dispatch({ type: 'project.rename', name: 'X' })
    expect(store.getState().future).toHaveLength(0)
  })

  it('leaves the project untouched when one command of a group is refused', () => {
    const store = createAppStore()
    const p = loadProject()
    store.getState().openProject(p)
    const ok = store.getState().dispatchAll('paste', [
      { type: 'step.add', stateId: 'st_cur', step: createStep({ label: 'A' }) },
      { type: 'step.add', stateId: 'st_nope', step: createStep({ label: 'B' }) },
    ])
    expect(ok).toBe(false)
    expect(store.getState().project).toBe(p)
    expect(store.getState().error).toBe('no state "st_nope"')
  })

  it('removing one step of a 50,000-step state records one patch, not one per shifted step', () => {
    const store = createAppStore()
    const p = loadProject()
    const big = { ...p, states: [{ ...p.states[0]!, flows: [], steps: Array.from({ length: 50_000 }, (_, i) => createStep({ id: `s${i}`, roleId: 'r_or' })) }] }
    store.getState().openProject(big)
    store.getState().dispatch({ type: 'step.remove', stateId: 'st_cur', stepIds: ['s0'] })
    expect(store.getState().past[0]!.patches.length).toBeLessThanOrEqual(2)
    expect(store.getState().project!.states[0]!.steps).toHaveLength(49_999)
  })
})
