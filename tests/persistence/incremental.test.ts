import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createFlow, createRole, createStep, deriveState } from '../../src/domain/model'
import { ProjectSession, type Repository } from '../../src/persistence'
import { resetStore, useStore } from '../../src/store'
import { loadProject } from '../helpers/fixtures'
import { FAST, storeHost, bigProject, entityWrites, openRepository, type TestDb } from './helpers'


describe('incremental saving', () => {
  let repo: Repository
  let t: TestDb
  let autosave: ProjectSession

  beforeEach(() => resetStore())
  afterEach(async () => {
    await autosave?.dispose()
    repo?.close()
    resetStore()
  })

  async function openInStore(project = bigProject(5_000)) {
    ;({ repo, ...t } = await openRepository())
    const stored = await repo.insert(project)
    useStore.getState().openProject(stored)
    autosave = new ProjectSession(repo, storeHost, stored.id, FAST)
    return { stored, state: stored.states[0]!, mark: t.mutations.length }
  }

  const dispatch = (c: Parameters<ReturnType<typeof useStore.getState>['dispatch']>[0]) => expect(useStore.getState().dispatch(c), useStore.getState().error ?? '').toBe(true)

  it('given a 5,000-step project, when one step is relabelled, then only that step row and the project row are written', async () => {
    const { state, mark, stored } = await openInStore()
    const step = state.steps[2_500]!

    dispatch({ type: 'step.update', stateId: state.id, stepId: step.id, changes: { label: 'Inspect tray for bioburden' } })
    await autosave.flush()

    expect(entityWrites(t.mutations, mark)).toEqual([`put:step:${step.id}`])
    expect(t.mutations.slice(mark).filter((m) => m.table === 'projects')).toHaveLength(1)
    const loaded = await repo.load(stored.id)
    expect(loaded.ok && loaded.project.states[0]!.steps[2_500]!.label).toBe('Inspect tray for bioburden')
  })

  it('given a 5,000-step project, when a step is removed and the removal undone, then only that step row and its state header are written each time', async () => {
    const { state, mark } = await openInStore()
    const step = state.steps[10]!

    dispatch({ type: 'step.remove', stateId: state.id, stepIds: [step.id] })
    await autosave.flush()
    const afterRemove = t.mutations.length
    useStore.getState().undo()
    await autosave.flush()

    // The step was saved in a pack with the rest of its state: its removal is a mark in its own row.
    expect(entityWrites(t.mutations, mark).slice(0, 2).sort()).toEqual([`put:state:${state.id}`, `put:step:${step.id}`].sort())
    expect(entityWrites(t.mutations, afterRemove).sort()).toEqual([`put:state:${state.id}`, `put:step:${step.id}`].sort())
    const loaded = await repo.load(useStore.getState().project!.id)
    expect(loaded.ok && loaded.project).toEqual({ ...useStore.getState().project!, updatedAt: loaded.ok ? loaded.project.updatedAt : '' })
  })

  it('when the project is renamed, then no entity row is written', async () => {
    const { mark, stored } = await openInStore(loadProject())

    dispatch({ type: 'project.rename', name: 'Tray return, workshop 2' })
    await autosave.flush()

    expect(entityWrites(t.mutations, mark)).toEqual([])
    expect((await repo.list()).find((p) => p.id === stored.id)?.name).toBe('Tray return, workshop 2')
  })

  it('given typing in a label, when many changes come quickly, then they are written together once', async () => {
    const { state, mark } = await openInStore(loadProject())
    const step = state.steps[1]!

    for (const label of ['P', 'Pa', 'Pac', 'Pack', 'Pack tray']) {
      dispatch({ type: 'step.update', stateId: state.id, stepId: step.id, changes: { label } })
    }
    expect(autosave.getStatus().kind).toBe('saving')
    await autosave.flush()

    expect(entityWrites(t.mutations, mark)).toEqual([`put:step:${step.id}`])
    expect(autosave.getStatus().kind).toBe('saved')
  })

  it('writes on its own shortly after a change, without an explicit flush', async () => {
    const { state } = await openInStore(loadProject())
    const statuses: string[] = []
    autosave.subscribe((s) => statuses.push(s.kind))

    dispatch({ type: 'state.rename', stateId: state.id, name: 'As is, 2026' })

    await new Promise((r) => setTimeout(r, FAST.maxDelayMs + 50))
    expect(statuses).toEqual(['saving', 'saved'])
    const loaded = await repo.load(useStore.getState().project!.id)
    expect(loaded.ok && loaded.project.states[0]!.name).toBe('As is, 2026')
  })

  it('after any mix of edits, undos and redos, the stored project is the project in memory', async () => {
    const { state, stored } = await openInStore(loadProject())
    const role = createRole('Courier')
    const a = createStep({ label: 'Pick up bin', roleId: role.id, position: { x: 10, y: 20 } })
    const b = createStep({ label: 'Deliver bin', position: { x: 200, y: 20 } })
    const derived = deriveState(state, 'future')

    dispatch({ type: 'role.add', role, stateId: state.id })
    dispatch({ type: 'step.add', stateId: state.id, step: a })
    dispatch({ type: 'step.add', stateId: state.id, step: b })
    dispatch({ type: 'flow.add', stateId: state.id, flow: createFlow(a.id, b.id) })
    dispatch({ type: 'step.move', stateId: state.id, moves: [{ stepId: b.id, position: { x: 300, y: 10 }, roleId: role.id }] })
    dispatch({ type: 'state.add', state: derived })
    dispatch({ type: 'system.add', system: { id: 'sys_new', name: 'Courier app' } })
    useStore.getState().undo()
    useStore.getState().undo()
    useStore.getState().redo()
    dispatch({ type: 'step.remove', stateId: state.id, stepIds: [a.id] })
    dispatch({ type: 'role.remove', roleId: role.id })
    useStore.getState().undo()
    await autosave.flush()

    const loaded = await repo.load(stored.id)
    const inMemory = useStore.getState().project!
    expect(loaded.ok && loaded.project).toEqual({ ...inMemory, updatedAt: autosave.updatedAt })
  })
})
