import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { createFlow, newId, type Project } from '../../src/domain/model'
import { openSyncChannel, type ProjectSession, type Repository, type SyncChannel } from '../../src/persistence'
import { allRows, projectRow } from '../../src/persistence/rows'
import { loadProject } from '../helpers/fixtures'
import { TestDocument, bigProject, openRepository, session, waitFor } from './helpers'

/** A 5,000-step state with a flow from each step to the next. */
function largeProject(): Project {
  const p = bigProject(5_000)
  const state = p.states[0]!
  const flows = state.steps.slice(1).map((s, i) => createFlow(state.steps[i]!.id, s.id))
  return { ...p, states: [{ ...state, flows }] }
}

const stepIds = (p: Project) => p.states[0]!.steps.map((s) => s.id)

describe('whole-project saves of a large project', () => {
  const cleanup: (() => unknown)[] = []
  afterEach(async () => {
    for (const f of cleanup.splice(0).reverse()) await f()
  })

  async function repository(name?: string, channel?: SyncChannel) {
    const t = await openRepository({ name, channel })
    cleanup.push(() => t.repo.close())
    return t
  }

  function open(repo: Repository, project: Project): { doc: TestDocument; autosave: ProjectSession } {
    const doc = new TestDocument(project)
    const autosave = session(repo, doc)
    cleanup.push(() => autosave.dispose())
    return { doc, autosave }
  }

  it('given a 5,000-step state, when the project is imported, then it takes a few dozen rows and opens exactly as it was', async () => {
    const t = await repository()
    const original = largeProject()

    const stored = await t.repo.insert(original)
    const loaded = await t.repo.load(stored.id)

    expect(await t.db.entities.count()).toBeLessThan(30)
    expect(loaded.ok && loaded.project).toEqual({ ...original, updatedAt: stored.updatedAt })
  })

  it('given an imported 5,000-step project, when a step and its flows are removed, then a reload does not bring them back, and adding the step again does', async () => {
    const t = await repository()
    const stored = await t.repo.insert(largeProject())
    const { doc, autosave } = open(t.repo, stored)
    const state = stored.states[0]!
    const removed = state.steps[1_234]!

    doc.run({ type: 'step.remove', stateId: state.id, stepIds: [removed.id] })
    await autosave.flush()
    const afterRemove = await t.repo.load(stored.id)
    doc.run({ type: 'step.add', stateId: state.id, step: removed })
    await autosave.flush()
    const afterAdd = await t.repo.load(stored.id)

    expect(afterRemove.ok && stepIds(afterRemove.project)).not.toContain(removed.id)
    expect(afterRemove.ok && afterRemove.project.states[0]!.flows.filter((f) => f.from === removed.id || f.to === removed.id)).toEqual([])
    expect(afterAdd.ok && stepIds(afterAdd.project).at(-1)).toBe(removed.id)
    expect(afterAdd.ok && afterAdd.project).toEqual({ ...doc.project, updatedAt: autosave.updatedAt })
  })

  it('given an imported 5,000-step project, when it is duplicated and the original deleted, then the copy opens whole and no row of the original is left', async () => {
    const t = await repository()
    const original = await t.repo.insert(largeProject())
    const { doc, autosave } = open(t.repo, original)
    doc.run({ type: 'step.update', stateId: original.states[0]!.id, stepId: original.states[0]!.steps[42]!.id, changes: { label: 'Edited after import' } })
    await autosave.flush()

    const copy = await t.repo.duplicate(original.id)
    const rowsOfCopy = await t.db.entities.where(':id').between([copy.id], [copy.id, []], true, true).count()
    await t.repo.remove(original.id)

    const loaded = await t.repo.load(copy.id)
    expect(loaded.ok && loaded.project.states).toEqual(doc.project.states)
    expect(await t.db.entities.count()).toBe(rowsOfCopy)
  })

  it('given two tabs on an imported 5,000-step project, when one removes a step, then the other no longer shows it', async () => {
    const dbName = newId('db')
    const channelName = newId('channel')
    const tabs = []
    let stored: Project | undefined
    for (let i = 0; i < 2; i++) {
      const channel = openSyncChannel(channelName)
      cleanup.push(() => channel.close())
      const { repo } = await repository(dbName, channel)
      stored ??= await repo.insert(largeProject())
      const loaded = await repo.load(stored.id)
      if (!loaded.ok) throw new Error(loaded.error)
      tabs.push(open(repo, loaded.project))
    }
    const [a, b] = tabs as [ReturnType<typeof open>, ReturnType<typeof open>]
    const state = stored!.states[0]!
    const removed = state.steps[4_321]!

    a.doc.run({ type: 'step.remove', stateId: state.id, stepIds: [removed.id] })
    await a.autosave.flush()

    await waitFor(() => !stepIds(b.doc.project).includes(removed.id), 'the removal to reach tab B')
    expect(b.doc.project.states[0]!.steps).toHaveLength(4_999)
  })
})

describe('storage layout 1 (a row per entity, no packs)', () => {
  const cleanup: (() => unknown)[] = []
  afterEach(async () => {
    for (const f of cleanup.splice(0).reverse()) await f()
  })

  /** The database as flowstate with storage layout 1 left it. */
  function layoutOne(name: string): Dexie {
    const db = new Dexie(name)
    db.version(1).stores({ projects: 'id, updatedAt', entities: '[projectId+kind+id]', meta: 'key' })
    cleanup.push(() => db.close())
    return db
  }

  it('given a database saved with layout 1, when this version opens it, then its projects open and edits are saved', async () => {
    const name = newId('db')
    const project = loadProject()
    const old = layoutOne(name)
    await old.table('projects').put(projectRow(project))
    await old.table('entities').bulkPut(allRows(project))
    old.close()

    const { repo } = await openRepository({ name })
    cleanup.push(() => repo.close())
    const loaded = await repo.load(project.id)
    const doc = new TestDocument(loaded.ok ? loaded.project : project)
    const autosave = session(repo, doc)
    cleanup.push(() => autosave.dispose())
    doc.run({ type: 'project.rename', name: 'Tray return, after the upgrade' })
    await autosave.flush()

    expect(repo.blocked).toBe(false)
    expect(loaded.ok && loaded.project).toEqual(project)
    expect((await repo.list()).map((p) => p.name)).toEqual(['Tray return, after the upgrade'])
  })

  it('given a tab of layout 1 has the database open, when this version opens it, then that tab is told to give way', async () => {
    const name = newId('db')
    const old = layoutOne(name)
    await old.open()
    let toldToGiveWay = false
    old.on('versionchange', () => {
      toldToGiveWay = true
      old.close()
      return false
    })

    const { repo } = await openRepository({ name })
    cleanup.push(() => repo.close())

    expect(toldToGiveWay).toBe(true)
    expect(repo.blocked).toBe(false)
  })
})
