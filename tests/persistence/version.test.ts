import 'fake-indexeddb/auto'
import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { FORMAT_VERSION, newId } from '../../src/domain/model'
import { BLOCKED_MESSAGE, STORAGE_VERSION, openSyncChannel, type Repository, type SyncChannel } from '../../src/persistence'
import { loadProject } from '../helpers/fixtures'
import { TestDocument, openRepository, session } from './helpers'

/** What a later flowstate would do: open the same database with a higher layout version. */
function newerApp(name: string): Dexie {
  const db = new Dexie(name)
  db.version(STORAGE_VERSION).stores({ projects: 'id, updatedAt', entities: '[projectId+kind+id]', meta: 'key' })
  db.version(STORAGE_VERSION + 1).stores({ comments: 'id' })
  return db
}

describe('a newer flowstate in another tab', () => {
  const cleanup: (() => void)[] = []
  afterEach(() => cleanup.splice(0).forEach((f) => f()))

  it('given an open project, when a newer version upgrades the database, then this tab stops writing and says to reload', async () => {
    const name = newId('db')
    const { repo } = await openRepository({ name })
    cleanup.push(() => repo.close())
    const doc = new TestDocument(await repo.insert(loadProject()))
    const autosave = session(repo, doc)
    cleanup.push(() => void autosave.dispose())

    const newer = newerApp(name)
    await newer.open()
    cleanup.push(() => newer.close())
    doc.run({ type: 'project.rename', name: 'Edited in the old tab' })
    await autosave.flush()

    expect(repo.blocked).toBe(true)
    expect(autosave.getStatus()).toEqual({ kind: 'blocked', message: BLOCKED_MESSAGE })
    expect(autosave.hasPending).toBe(true)
    const row = await newer.table('projects').get(doc.project.id)
    expect(row.name).toBe('Tray return (small)')
  })

  it('given a database a newer version created, when this version starts, then it refuses to use it', async () => {
    const name = newId('db')
    const newer = newerApp(name)
    await newer.open()
    newer.close()

    const { repo } = await openRepository({ name })
    cleanup.push(() => repo.close())

    expect(repo.blocked).toBe(true)
    await expect(repo.list()).rejects.toThrow(BLOCKED_MESSAGE)
  })

  it('given a project saved in a newer file format, then it is listed but neither opened nor written', async () => {
    const t = await openRepository()
    const repo: Repository = t.repo
    cleanup.push(() => repo.close())
    const doc = new TestDocument(await repo.insert(loadProject()))
    const autosave = session(repo, doc)
    cleanup.push(() => void autosave.dispose())
    await t.db.projects.update(doc.project.id, { version: FORMAT_VERSION + 1 })

    const listed = await repo.list()
    const loaded = await repo.load(doc.project.id)
    doc.run({ type: 'project.rename', name: 'Overwrite attempt' })
    await autosave.flush()

    expect(listed[0]!.newer).toBe(true)
    expect(loaded.ok ? 'opened' : loaded.reason).toBe('newer')
    expect(autosave.getStatus().kind).toBe('blocked')
    expect((await new Dexie(t.db.name).open().then((d) => d.table('projects').get(doc.project.id).finally(() => d.close()))).name).toBe('Tray return (small)')
  })

  it('when a tab of a newer version announces a save, then this tab stops writing', async () => {
    const channelName = newId('channel')
    const ours: SyncChannel = openSyncChannel(channelName)
    const theirs = new BroadcastChannel(channelName)
    cleanup.push(() => ours.close(), () => theirs.close())
    const { repo } = await openRepository({ channel: ours })
    cleanup.push(() => repo.close())
    const blocked = new Promise<void>((resolve) => repo.onBlocked(resolve))

    theirs.postMessage({ type: 'projects-changed', storage: STORAGE_VERSION, format: FORMAT_VERSION + 1 })
    await blocked

    expect(repo.blocked).toBe(true)
  })
})
