// Shared setup for the sync tests: replicas of one shared project (a Y.Doc, its session and a
// store of its own each), delivery of updates between them in any order, and the examples.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import * as Y from 'yjs'
import { FORMAT_VERSION, parseProjectText, type Project } from '../../src/domain/model'
import { createAppStore } from '../../src/store'
import { SharedDoc, sharedHost } from '../../src/sync/session'

export interface Replica {
  shared: SharedDoc
  store: ReturnType<typeof createAppStore>
  /** Updates this replica made that others have not received yet. */
  outbox: Uint8Array[]
}

// Every replica's presence runs a timer: stop them all after each test.
const made: SharedDoc[] = []
afterEach(() => {
  for (const s of made.splice(0)) s.destroy()
})

export function examples(): Project[] {
  const dir = join(process.cwd(), 'examples')
  return readdirSync(dir)
    .filter((f) => f.endsWith('.flowstate.json'))
    .map((f) => {
      const parsed = parseProjectText(readFileSync(join(dir, f), 'utf8'))
      if (!parsed.ok) throw new Error(`${f}: ${parsed.error}`)
      return parsed.project
    })
}

/** A replica with a store attached; seeded from `project` when given (the sharer), else empty (a joiner). */
export function replica(projectId: string, seed?: Project): Replica {
  const shared = new SharedDoc({ projectId })
  made.push(shared)
  if (seed) shared.seed(seed, FORMAT_VERSION)
  const store = createAppStore()
  shared.attach(sharedHost(store.getState))
  const r: Replica = { shared, store, outbox: [] }
  shared.doc.on('update', (u: Uint8Array, origin: unknown) => {
    if (origin !== 'delivery') r.outbox.push(u)
  })
  return r
}

/** Replicas of one project: the first seeds it, the others start from its state. */
export function replicas(project: Project, n: number): Replica[] {
  const first = replica(project.id, project)
  const rest = Array.from({ length: n - 1 }, () => {
    const r = replica(project.id)
    Y.applyUpdate(r.shared.doc, Y.encodeStateAsUpdate(first.shared.doc), 'delivery')
    return r
  })
  first.outbox.length = 0
  return [first, ...rest]
}

/** Delivers every pending update of `from` to `to` (and nothing back). */
export function deliver(from: Replica, to: Replica, updates = from.outbox): void {
  for (const u of updates) Y.applyUpdate(to.shared.doc, u, 'delivery')
}

/** Everyone receives everyone's pending updates; outboxes are emptied. */
export function syncAll(rs: Replica[]): void {
  for (const a of rs) for (const b of rs) if (a !== b) deliver(a, b)
  for (const r of rs) r.outbox.length = 0
}

export const projectOf = (r: Replica): Project => r.store.getState().project!
