// Local-first storage of a shared project: every update of its Y.Doc (mine, colleagues', undo)
// is appended to the `docUpdates` table of the app's one Dexie database, within ~300 ms, and the
// rows are compacted into one snapshot once they grow. So a shared project opens, edits and saves
// with the network gone; the server is a meeting point, not the only copy. The project list row
// keeps the name, counts and link, so the list needs no doc.
import * as Y from 'yjs'
import type { Project } from '../domain/model/types'
import { DEFAULT_TIMING, type EditingSession, type Repository, type SaveStatus, type SessionTiming } from '../persistence'
import { WriteTimer, writeFailure } from '../persistence/writeTimer'
import { sharedViewKey, type DocUpdateRow, type ProjectRow, type SharedLink } from '../persistence/db'

/** The transaction origin of updates read from this browser's database (never stored again). */
export const STORAGE_ORIGIN = 'flowstate storage'

/** Compaction starts past this many rows or bytes of updates. */
export const COMPACT_ROWS = 400
export const COMPACT_BYTES = 2 * 1024 * 1024

export interface StoredDoc {
  row: ProjectRow
  updates: Uint8Array[]
  /** The highest row id read. */
  lastId: number
  bytes: number
  /** The project as the last session left it, when it includes every row read (shown while the doc loads). */
  view: Project | null
}

interface StoredView {
  lastId: number
  project: Project
}

/** The rows of one project with ids above `after`. */
const rowsOf = (repo: Repository, projectId: string, after = -Infinity) =>
  repo.db.docUpdates.where('[projectId+id]').between([projectId, after], [projectId, Infinity], false, true)

/** A shared project's stored row and updates, or null when it is not a shared project of this browser. */
export async function readStoredDoc(repo: Repository, projectId: string): Promise<StoredDoc | null> {
  return repo.db.transaction('r', repo.db.projects, repo.db.docUpdates, repo.db.meta, async () => {
    const row = await repo.db.projects.get(projectId)
    if (!row?.shared) return null
    const rows = await rowsOf(repo, projectId).toArray()
    const lastId = rows.at(-1)?.id ?? 0
    const view = (await repo.db.meta.get(sharedViewKey(projectId)))?.value as StoredView | undefined
    return { row, updates: rows.map((r) => r.update), lastId, bytes: rows.reduce((n, r) => n + r.update.byteLength, 0), view: view && view.lastId === lastId && lastId > 0 ? view.project : null }
  })
}

/** What the list row says of the project, refreshed with each write. */
function listFields(p: Project | null): Partial<ProjectRow> {
  if (!p) return {}
  return { name: p.name, stats: { states: p.states.length, steps: p.states.reduce((n, s) => n + s.steps.length, 0) } }
}

export class SharedStorage implements EditingSession {
  private pending: Uint8Array[] = []
  private status: SaveStatus
  private readonly listeners = new Set<(s: SaveStatus) => void>()
  private readonly writes: WriteTimer
  private rows: number
  private bytes: number
  private lastRead: number
  /** The highest row id this doc includes (read or written here). */
  private lastId: number
  private unsynced: number | undefined
  private disposed = false
  private readonly unsubscribe: () => void
  updatedAt: string

  constructor(
    private readonly repo: Repository,
    private readonly doc: Y.Doc,
    readonly projectId: string,
    stored: Pick<StoredDoc, 'lastId' | 'bytes' | 'updates'> & { updatedAt: string },
    private readonly project: () => Project | null,
    timing: SessionTiming = DEFAULT_TIMING,
  ) {
    this.writes = new WriteTimer(timing, () => this.flush())
    this.rows = stored.updates.length
    this.bytes = stored.bytes
    this.lastRead = stored.lastId
    this.lastId = stored.lastId
    this.updatedAt = stored.updatedAt
    this.status = { kind: 'saved', at: this.updatedAt }
    doc.on('update', this.onUpdate)
    // Another tab of this browser stored updates of the same project: read them in.
    this.unsubscribe = repo.onRemote((m) => {
      if (m.type === 'project-saved' && m.projectId === projectId) void this.writes.enqueue(() => this.readOthers())
    })
  }

  get hasPending(): boolean {
    return this.pending.length > 0
  }

  getStatus(): SaveStatus {
    return this.status
  }

  subscribe(listener: (s: SaveStatus) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** Stores a new link for the project (its row's `shared`). */
  async setLink(link: SharedLink): Promise<void> {
    const { db } = this.repo
    await db.transaction('rw', db.projects, async () => {
      const row = await db.projects.get(this.projectId)
      if (row?.shared) await db.projects.put({ ...row, shared: link })
    })
    this.repo.channel.post({ type: 'projects-changed' })
  }

  /** My changes the server has not confirmed, written with the next save. */
  setUnsynced(n: number): void {
    if (this.unsynced === n) return
    this.unsynced = n
    this.writes.schedule()
  }

  flush(): Promise<void> {
    this.writes.cancel()
    return this.writes.enqueue(() => this.write())
  }

  async dispose(): Promise<void> {
    await this.flush()
    await this.saveView()
    this.disposed = true
    this.writes.cancel()
    this.doc.off('update', this.onUpdate)
    this.unsubscribe()
    this.listeners.clear()
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === STORAGE_ORIGIN || this.disposed) return
    this.pending.push(update)
    if (this.status.kind === 'saved') this.setStatus({ kind: 'saving' })
    this.writes.schedule()
  }

  private async write(): Promise<void> {
    this.writes.started()
    const batch = this.pending
    const unsynced = this.unsynced
    if (batch.length === 0 && unsynced === undefined) return
    this.pending = []
    const updatedAt = new Date().toISOString()
    try {
      const { db } = this.repo
      await db.transaction('rw', db.projects, db.docUpdates, async () => {
        const row = await db.projects.get(this.projectId)
        if (!row?.shared) throw new Error('this shared project is no longer stored in this browser')
        if (batch.length > 0) {
          const last = await db.docUpdates.bulkAdd(batch.map((update): DocUpdateRow => ({ projectId: this.projectId, update })))
          this.lastId = Math.max(this.lastId, last)
        }
        const shared = unsynced === undefined ? row.shared : { ...row.shared, unsynced }
        await db.projects.put({ ...row, ...listFields(this.project()), updatedAt, shared })
      })
    } catch (e) {
      this.pending = [...batch, ...this.pending]
      this.setStatus(writeFailure(e))
      return this.writes.retry()
    }
    if (this.unsynced === unsynced) this.unsynced = undefined
    this.writes.succeeded()
    this.updatedAt = updatedAt
    this.rows += batch.length
    for (const u of batch) this.bytes += u.byteLength
    this.repo.channel.post({ type: 'project-saved', projectId: this.projectId })
    this.setStatus(this.pending.length > 0 ? { kind: 'saving' } : { kind: 'saved', at: updatedAt })
    if (this.rows > COMPACT_ROWS || this.bytes > COMPACT_BYTES) await this.compact()
  }

  /** Replaces every stored row of the project by one snapshot of them all. */
  private async compact(): Promise<void> {
    const { db } = this.repo
    const result = await db
      .transaction('rw', db.docUpdates, async () => {
        const rows = await rowsOf(this.repo, this.projectId).toArray()
        if (rows.length < 2) return null
        const snapshot = Y.mergeUpdates(rows.map((r) => r.update))
        await db.docUpdates.bulkDelete(rows.map((r) => r.id!))
        const id = await db.docUpdates.add({ projectId: this.projectId, update: snapshot })
        return { bytes: snapshot.byteLength, id }
      })
      .catch(() => null) // compaction is only housekeeping: the rows stay as they were
    if (result !== null) {
      this.rows = 1
      this.bytes = result.bytes
      this.lastId = result.id
      await this.saveView()
    }
  }

  /**
   * Keeps the project as shown now, with the last row it includes, so the next open shows it at
   * once. Only when nothing is pending: a view that includes unstored edits would show them before
   * the doc (without them) replaces it.
   */
  private async saveView(): Promise<void> {
    const project = this.project()
    if (!project || this.pending.length > 0) return
    const value: StoredView = { lastId: this.lastId, project }
    await this.repo.db.meta.put({ key: sharedViewKey(this.projectId), value }).catch(() => {})
  }

  private async readOthers(): Promise<void> {
    const rows = await rowsOf(this.repo, this.projectId, this.lastRead).toArray()
    if (rows.length === 0) return
    this.lastRead = rows.at(-1)!.id!
    this.lastId = Math.max(this.lastId, this.lastRead)
    Y.transact(this.doc, () => {
      for (const r of rows) Y.applyUpdate(this.doc, r.update, STORAGE_ORIGIN)
    }, STORAGE_ORIGIN)
  }

  private setStatus(s: SaveStatus): void {
    if (this.disposed) return
    this.status = s
    for (const l of this.listeners) l(s)
  }
}
