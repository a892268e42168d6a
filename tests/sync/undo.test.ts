import { describe, expect, it } from 'vitest'
import { createStep } from '../../src/domain/model'
import { loadProject } from '../helpers/fixtures'
import { projectOf, replicas, syncAll } from './helpers'

const label = (p: ReturnType<typeof projectOf>, id: string) => p.states[0]!.steps.find((s) => s.id === id)?.label

describe('undo is personal', () => {
  it('takes back my last edit, never a colleague’s, on every laptop', () => {
    const [a, b] = replicas(loadProject(), 2)
    a!.store.getState().dispatch({ type: 'step.add', stateId: 'st_cur', step: createStep({ id: 's_a', label: 'Scan tray' }) })
    syncAll([a!, b!])
    b!.store.getState().dispatch({ type: 'step.update', stateId: 'st_cur', stepId: 's_pack', changes: { label: 'Count instruments' } })
    syncAll([a!, b!])

    // The Undo tooltip names my command, not B's later one.
    expect(a!.store.getState().past.map((e) => e.label)).toEqual(['step.add'])
    expect(b!.store.getState().past.map((e) => e.label)).toEqual(['step.update'])
    a!.store.getState().undo()
    syncAll([a!, b!])
    for (const r of [a!, b!]) {
      expect(label(projectOf(r), 's_a')).toBeUndefined()
      expect(label(projectOf(r), 's_pack')).toBe('Count instruments')
    }
    expect(a!.store.getState().future.map((e) => e.label)).toEqual(['step.add'])
    a!.store.getState().redo()
    syncAll([a!, b!])
    expect(label(projectOf(b!), 's_a')).toBe('Scan tray')
  })

  it('undoes my rename and keeps the colleague’s move of the same step', () => {
    const [a, b] = replicas(loadProject(), 2)
    a!.store.getState().dispatch({ type: 'step.update', stateId: 'st_cur', stepId: 's_pack', changes: { label: 'Pack' } })
    b!.store.getState().dispatch({ type: 'step.move', stateId: 'st_cur', moves: [{ stepId: 's_pack', position: { x: 999, y: 7 } }] })
    syncAll([a!, b!])
    a!.store.getState().undo()
    syncAll([a!, b!])
    for (const r of [a!, b!]) {
      const step = projectOf(r).states[0]!.steps[1]!
      expect(step.label).toBe('Pack used instruments')
      expect(step.position).toEqual({ x: 999, y: 7 })
    }
  })

  it('keeps label typing one undo step, as in a solo project', () => {
    const [a] = replicas(loadProject(), 1)
    for (const text of ['S', 'Sc', 'Sca', 'Scan']) {
      a!.store.getState().dispatch({ type: 'step.update', stateId: 'st_cur', stepId: 's_pack', changes: { label: text } }, { coalesce: 'label:s_pack' })
    }
    expect(a!.store.getState().past).toHaveLength(1)
    a!.store.getState().undo()
    expect(label(projectOf(a!), 's_pack')).toBe('Pack used instruments')
    expect(a!.store.getState().past).toHaveLength(0)
  })

  it('leaves a solo project’s history exactly as it was', () => {
    const [a] = replicas(loadProject(), 1)
    a!.shared.destroy()
    const store = a!.store
    store.getState().openProject(loadProject())
    store.getState().dispatch({ type: 'project.rename', name: 'Solo' })
    expect(store.getState().past[0]!.patches.length).toBeGreaterThan(0)
    store.getState().undo()
    expect(store.getState().project!.name).toBe('Tray return (small)')
  })
})
