import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { createState } from '../../src/domain/model'
import type { Repository } from '../../src/persistence'
import { loadProject } from '../helpers/fixtures'
import { openRepository } from './helpers'

describe('the project store', () => {
  let repo: Repository
  afterEach(() => repo?.close())

  it('given a stored project, when it is loaded, then it is the same project', async () => {
    ;({ repo } = await openRepository())
    const original = loadProject()
    const stored = await repo.insert(original, { keepUpdatedAt: true })

    const loaded = await repo.load(stored.id)

    expect(loaded.ok && loaded.project).toEqual(original)
  })

  it('given a new project, when it is reopened through another connection, then it is there with its name and one current state', async () => {
    const first = await openRepository({ name: 'reopen' })
    repo = first.repo
    const created = await repo.create('Tray return', (p) => ({ ...p, states: [createState('current')] }))
    repo.close()

    ;({ repo } = await openRepository({ name: 'reopen' }))
    const loaded = await repo.load(created.id)

    expect(loaded.ok && loaded.project.name).toBe('Tray return')
    expect(loaded.ok && loaded.project.states.map((s) => s.phase)).toEqual(['current'])
  })

  it('lists projects most recently changed first, with their size', async () => {
    let clock = 0
    const test = await openRepository()
    repo = test.repo
    ;(repo as unknown as { now: () => string }).now = () => new Date(Date.UTC(2026, 0, 1, 0, 0, clock++)).toISOString()
    const a = await repo.create('Lab sample')
    const b = await repo.insert(loadProject())
    await repo.create('CT imaging')
    await repo.rename(a.id, 'Lab sample, renamed')

    const list = await repo.list()

    expect(list.map((p) => p.name)).toEqual(['Lab sample, renamed', 'CT imaging', 'Tray return (small)'])
    const small = list.find((p) => p.id === b.id)!
    expect(small.states).toBe(b.states.length)
    expect(small.steps).toBe(b.states.reduce((n, s) => n + s.steps.length, 0))
  })

  it('duplicates a project as a new entry that changes independently', async () => {
    ;({ repo } = await openRepository())
    const original = await repo.insert(loadProject())

    const copy = await repo.duplicate(original.id)
    await repo.rename(copy.id, 'Copy for the workshop')

    expect(copy.id).not.toBe(original.id)
    expect(copy.name).toBe('Tray return (small) (copy)')
    const reloaded = await repo.load(original.id)
    expect(reloaded.ok && reloaded.project.name).toBe('Tray return (small)')
    const copied = await repo.load(copy.id)
    expect(copied.ok && copied.project.states).toEqual(original.states)
  })

  it('deletes a project with all its rows', async () => {
    const t = await openRepository()
    repo = t.repo
    const p = await repo.insert(loadProject())

    await repo.remove(p.id)

    expect(await repo.list()).toEqual([])
    expect(await t.db.entities.count()).toBe(0)
    const loaded = await repo.load(p.id)
    expect(loaded.ok ? 'found' : loaded.reason).toBe('missing')
  })

  it('gives an imported project a new id when its id is already in the list, keeping the first copy', async () => {
    ;({ repo } = await openRepository())
    const first = await repo.insert(loadProject())

    const second = await repo.insert({ ...loadProject(), name: 'Imported again' })

    expect(second.id).not.toBe(first.id)
    expect((await repo.list()).map((p) => p.name).sort()).toEqual(['Imported again', 'Tray return (small)'])
  })

  it('opens a project whose rows were left inconsistent by two tabs, dropping the dangling references', async () => {
    const t = await openRepository()
    repo = t.repo
    const p = await repo.insert(loadProject())
    const state = p.states[0]!
    const step = state.steps[1]!
    // One tab removed the step; the other had just connected a flow to it.
    await t.db.entities.delete([p.id, 'step', step.id])

    const loaded = await repo.load(p.id)

    expect(loaded.ok).toBe(true)
    const steps = loaded.ok ? loaded.project.states[0]!.steps : []
    const flows = loaded.ok ? loaded.project.states[0]!.flows : []
    expect(steps.map((s) => s.id)).not.toContain(step.id)
    expect(flows.every((f) => f.from !== step.id && f.to !== step.id)).toBe(true)
    const again = await repo.load(p.id)
    expect(again.ok && again.project.states[0]!.flows).toEqual(flows)
  })
})
