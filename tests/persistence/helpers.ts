// Shared setup for the storage tests: a fresh fake IndexedDB database per test, a document host
// that stands in for one tab's store, and a log of what reaches the database.
import 'fake-indexeddb/auto'
import type { DBCoreMutateRequest } from 'dexie'
import { applyCommand, type Command } from '../../src/domain/commands'
import { createProject, createRole, createState, createStep, newId, type Project } from '../../src/domain/model'
import { FlowstateDb, ProjectSession, Repository, type DocumentHost, type SessionTiming, type SyncChannel } from '../../src/persistence'
import type { DocumentChange } from '../../src/persistence/session'
import { onProjectChange, useStore } from '../../src/store'

export const FAST: SessionTiming = { debounceMs: 5, maxDelayMs: 20, retryMs: [30] }

export interface Mutation {
  table: string
  type: DBCoreMutateRequest['type']
  /** The primary keys written or deleted. */
  keys: unknown[]
}

export interface TestDb {
  db: FlowstateDb
  /** Every mutation request that reached IndexedDB, in order. */
  mutations: Mutation[]
  /** Makes every write fail with this error (a full disk), until called with null. */
  failWrites(error: Error | null): void
}

/** A database with a write log and a switch that makes writes fail (a full disk). */
export function testDb(name = newId('db')): TestDb {
  const db = new FlowstateDb(name)
  let failure: Error | null = null
  const t: TestDb = { db, mutations: [], failWrites: (e) => void (failure = e) }
  db.use({
    stack: 'dbcore',
    name: 'test-log',
    create: (down) => ({
      ...down,
      table(tableName) {
        const table = down.table(tableName)
        return {
          ...table,
          mutate(req) {
            if (failure) return Promise.reject(failure)
            const keys = req.type === 'put' || req.type === 'add' ? req.values.map((v) => table.schema.primaryKey.extractKey!(v)) : req.type === 'delete' ? req.keys : []
            t.mutations.push({ table: tableName, type: req.type, keys })
            return table.mutate(req)
          },
        }
      },
    }),
  })
  return t
}

export async function openRepository(options: { name?: string; channel?: SyncChannel; test?: TestDb } = {}): Promise<{ repo: Repository } & TestDb> {
  const test = options.test ?? testDb(options.name)
  const repo = new Repository({ db: test.db, channel: options.channel })
  await repo.open()
  return { repo, ...test }
}

/** One tab's document: commands applied with the real command registry, changes reported like the store does. */
export class TestDocument implements DocumentHost {
  private readonly listeners = new Set<(c: DocumentChange) => void>()
  remoteCount = 0
  constructor(public project: Project) {}

  getProject(): Project {
    return this.project
  }

  onProjectChange(listener: (c: DocumentChange) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  receiveRemote(project: Project): void {
    const before = this.project
    this.project = project
    this.remoteCount++
    for (const l of this.listeners) l({ before, after: project, patches: [], origin: 'remote' })
  }

  run(command: Command): void {
    const before = this.project
    const { project, patches } = applyCommand(before, command)
    this.project = project
    for (const l of this.listeners) l({ before, after: project, patches, origin: 'command' })
  }
}

export function session(repo: Repository, doc: TestDocument): ProjectSession {
  return new ProjectSession(repo, doc, doc.project.id, FAST)
}

/** A project with one state of `steps` tasks in one lane (the size the incremental-save promise is about). */
export function bigProject(steps: number): Project {
  const role = createRole('SPD technician')
  const state = createState('current', 'Current state', [role.id])
  for (let i = 0; i < steps; i++) {
    state.steps.push(createStep({ label: `Step ${i + 1}`, roleId: role.id, touchMinutes: 2, position: { x: 200 * i, y: 40 } }))
  }
  return { ...createProject('Five thousand steps'), roles: [role], states: [state] }
}

export async function waitFor<T>(probe: () => T | Promise<T>, what: string, timeoutMs = 3_000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value) return value as NonNullable<T>
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((r) => setTimeout(r, 10))
  }
}

/** The entity rows written (put or deleted) since `from`, as "kind:id". */
export function entityWrites(mutations: Mutation[], from = 0): string[] {
  return mutations
    .slice(from)
    .filter((m) => m.table === 'entities')
    .flatMap((m) => m.keys.map((k) => `${m.type}:${(k as string[])[1]}:${(k as string[])[2]}`))
}

/** The store as persistence sees it, the same adapter the app uses. */
export const storeHost = {
  getProject: () => useStore.getState().project,
  onProjectChange,
  receiveRemote: (p: Parameters<ReturnType<typeof useStore.getState>['receiveRemote']>[0]) => useStore.getState().receiveRemote(p),
}
