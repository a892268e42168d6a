// Autosave of the open project. It follows every document change, turns it into row writes,
// gathers them for a moment (typing a label is many changes) and writes them within ~300 ms.
// It also takes in what other tabs saved: own pending writes first, then the merged rows are
// read back and handed to the store. Nothing is dropped: a failed write stays pending and is
// retried, and the status says what happened and what to do.
import type { Project } from '../domain/model'
import type { Patch } from 'immer'
import { computeWrites } from './changes'
import { deepEqual } from './equal'
import { BLOCKED_MESSAGE, GONE_MESSAGE, ProjectGoneError, StorageBlockedError } from './errors'
import type { Repository } from './repository'
import { WriteSet } from './writes'
import { WriteTimer, writeFailure } from './writeTimer'

export type SaveStatus =
  | { kind: 'saved'; at: string }
  | { kind: 'saving' }
  | { kind: 'error'; reason: 'quota' | 'failed'; message: string; detail?: string }
  | { kind: 'blocked'; message: string }
  | { kind: 'gone'; message: string }

/** What the store reports after every change (persistence does not depend on the store itself). */
export interface DocumentChange {
  before: Project
  after: Project
  patches: Patch[]
  /** 'remote' changes came from another tab and are never saved back. */
  origin: string
}

/** The document as the session sees it: the app's store, or a stand-in in tests. */
export interface DocumentHost {
  getProject(): Project | null
  onProjectChange(listener: (change: DocumentChange) => void): () => void
  receiveRemote(project: Project): void
}

/**
 * What the screens need of an open project's saving, solo (ProjectSession) or shared
 * (SharedSession): the status word, flushing before an export or a reload, closing.
 */
export interface EditingSession {
  readonly projectId: string
  /** When the project was last stored (for exports). */
  readonly updatedAt: string
  /** True while changes wait to be written. */
  readonly hasPending: boolean
  getStatus(): SaveStatus
  subscribe(listener: (s: SaveStatus) => void): () => void
  flush(): Promise<void>
  dispose(): Promise<void>
}

export interface SessionTiming {
  /** Quiet time after the last change before writing. */
  debounceMs: number
  /** Longest a change waits while changes keep coming, so saving stays within ~300 ms. */
  maxDelayMs: number
  /** Waits between retries of a failed write. */
  retryMs: readonly number[]
}

export const DEFAULT_TIMING: SessionTiming = { debounceMs: 60, maxDelayMs: 200, retryMs: [2_000, 5_000, 15_000, 30_000] }

export class ProjectSession implements EditingSession {
  private pending: WriteSet
  private status: SaveStatus
  private readonly listeners = new Set<(s: SaveStatus) => void>()
  private readonly writes: WriteTimer
  /** A remote change arrived while our own writes could not be stored; read it once they are. */
  private remoteMissed = false
  private disposed = false
  private readonly unsubscribe: (() => void)[]
  /** When the project was last stored (for exports). */
  updatedAt: string

  constructor(
    private readonly repo: Repository,
    private readonly host: DocumentHost,
    readonly projectId: string,
    timing: SessionTiming = DEFAULT_TIMING,
  ) {
    this.writes = new WriteTimer(timing, () => this.flush())
    this.pending = new WriteSet(projectId)
    this.updatedAt = host.getProject()?.updatedAt ?? ''
    this.status = repo.blocked ? { kind: 'blocked', message: BLOCKED_MESSAGE } : { kind: 'saved', at: this.updatedAt }
    this.unsubscribe = [
      host.onProjectChange((c) => this.onChange(c)),
      repo.onRemote((m) => {
        if (m.type === 'project-saved' && m.projectId === projectId) void this.writes.enqueue(() => this.takeRemote())
      }),
      repo.onBlocked(() => this.setStatus({ kind: 'blocked', message: BLOCKED_MESSAGE })),
    ]
  }

  getStatus(): SaveStatus {
    return this.status
  }

  subscribe(listener: (s: SaveStatus) => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** True while changes wait to be written (shown as "Saving…", and guarded on unload). */
  get hasPending(): boolean {
    return !this.pending.isEmpty
  }

  /** Writes pending changes now (page hidden, project closed, before an export). */
  flush(): Promise<void> {
    this.writes.cancel()
    return this.writes.enqueue(() => this.writePending())
  }

  /** Flushes and stops following the document. */
  async dispose(): Promise<void> {
    await this.flush()
    this.disposed = true
    this.writes.cancel()
    for (const u of this.unsubscribe) u()
    this.listeners.clear()
  }

  private onChange(change: DocumentChange): void {
    if (change.origin === 'remote' || this.disposed) return
    if (change.before.id !== this.projectId || change.after.id !== this.projectId) return
    const writes = computeWrites(change.before, change.after, change.patches)
    if (writes.isEmpty) return
    this.pending.absorb(writes)
    if (this.status.kind === 'saved') this.setStatus({ kind: 'saving' })
    this.writes.schedule()
  }

  private async writePending(): Promise<void> {
    this.writes.started()
    if (this.pending.isEmpty) return
    if (this.repo.blocked) return this.setStatus({ kind: 'blocked', message: BLOCKED_MESSAGE })
    if (this.status.kind === 'gone') return
    const batch = this.pending
    this.pending = new WriteSet(this.projectId)
    try {
      this.updatedAt = await this.repo.write(batch)
    } catch (e) {
      // Keep every write: what came in meanwhile is newer and wins over the failed batch.
      batch.absorb(this.pending)
      this.pending = batch
      this.failed(e)
      return
    }
    this.writes.succeeded()
    if (!this.pending.isEmpty) this.setStatus({ kind: 'saving' })
    else this.setStatus({ kind: 'saved', at: this.updatedAt })
    if (this.remoteMissed && this.pending.isEmpty) {
      this.remoteMissed = false
      await this.takeRemote()
    }
  }

  private failed(e: unknown): void {
    if (e instanceof StorageBlockedError || this.repo.blocked) return this.setStatus({ kind: 'blocked', message: BLOCKED_MESSAGE })
    if (e instanceof ProjectGoneError) return this.setStatus({ kind: 'gone', message: GONE_MESSAGE })
    this.setStatus(writeFailure(e))
    this.writes.retry()
  }

  /** Reads back what another tab saved, merged with ours, and shows it. */
  private async takeRemote(): Promise<void> {
    for (let attempt = 0; attempt < 3 && !this.disposed; attempt++) {
      await this.writePending()
      if (!this.pending.isEmpty) {
        // Our own changes are not stored yet; reading now would hide them.
        this.remoteMissed = true
        return
      }
      const loaded = await this.repo.load(this.projectId).catch((e: unknown) => ({ ok: false as const, reason: 'error' as const, error: String(e) }))
      if (!loaded.ok) {
        if (loaded.reason === 'missing') this.setStatus({ kind: 'gone', message: GONE_MESSAGE })
        else if (loaded.reason === 'newer' || this.repo.blocked) this.setStatus({ kind: 'blocked', message: BLOCKED_MESSAGE })
        return
      }
      // An edit made here while reading is not in what was read: store it and read again.
      if (!this.pending.isEmpty) continue
      const current = this.host.getProject()
      this.updatedAt = loaded.project.updatedAt
      if (current?.id === this.projectId && !sameDocument(current, loaded.project)) this.host.receiveRemote(loaded.project)
      if (this.status.kind === 'saved') this.setStatus({ kind: 'saved', at: this.updatedAt })
      return
    }
  }

  private setStatus(s: SaveStatus): void {
    if (this.disposed) return
    this.status = s
    for (const l of this.listeners) l(s)
  }
}

/** Equal apart from the save time, which commands never change in memory. */
function sameDocument(a: Project, b: Project): boolean {
  return deepEqual({ ...a, updatedAt: '' }, { ...b, updatedAt: '' })
}
