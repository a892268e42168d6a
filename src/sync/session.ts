// One open shared project: its Y.Doc, the project the store shows, and everything between them.
// Commands still do every edit: the store runs them and hands the before and after to `commit`,
// which writes the difference into the doc in one transaction of this person. A colleague's
// update (or my own undo) comes back through the doc: only what it touched is read again, and
// the store gets a project that shares every untouched object with the one it had.
import * as Y from 'yjs'
import type { Project } from '../domain/model/types'
import { ConflictWatch, type ConflictNotice } from './conflicts'
import { PersonalHistory } from './history'
import { allMaps, ID_SPACE, LANES, listOf, mapsOf, PROJECT, PROJECT_COLLECTIONS } from './layout'
import { Presence } from './presence'
import { Projector } from './projection'
import { RawIndex } from './rawIndex'
import type { SharedDocument, SharedEdit } from './types'
import { writeDifference } from './write'

/** The store, as a shared session drives it (the app's store, or a stand-in in tests). */
export interface SharedHost {
  getProject(): Project | null
  openProject(project: Project | null): void
  attachShared(doc: SharedDocument | null): void
  showShared(project: Project, origin: 'remote' | 'undo' | 'redo'): void
  setSharedHistory(undo: readonly string[], redo: readonly string[]): void
}

/** A store's actions as a SharedHost (`sharedHost(useStore.getState)`). */
export function sharedHost(get: () => Omit<SharedHost, 'getProject'> & { project: Project | null }): SharedHost {
  return {
    getProject: () => get().project,
    openProject: (p) => get().openProject(p),
    attachShared: (d) => get().attachShared(d),
    showShared: (p, o) => get().showShared(p, o),
    setSharedHistory: (u, r) => get().setSharedHistory(u, r),
  }
}

export type Access = 'edit' | 'view'

export const VIEW_ONLY_MESSAGE = 'You joined with a view link: this map can be watched here, not edited. Ask the facilitator for the edit link to make changes.'

export interface SessionOptions {
  projectId: string
  /** An existing doc (loaded from storage, or a test's replica); a fresh one otherwise. */
  doc?: Y.Doc
  access?: Access
  /**
   * The project to show while the doc is still to be loaded (the stored view of the last session)
   * and the updates to load: the map is on screen at once; `ensureLoaded` (soon after, or at the
   * first edit) applies them.
   */
  shown?: { project: Project; updates: readonly Uint8Array[]; origin: unknown }
}

export class SharedDoc implements SharedDocument {
  readonly doc: Y.Doc
  readonly projectId: string
  readonly presence: Presence
  access: Access
  private readonly raw: RawIndex
  private readonly projector: Projector
  private readonly history: PersonalHistory
  private readonly conflicts: ConflictWatch
  /** Transaction origins: my recorded edits, my edits without an undo step. */
  readonly localOrigin = { name: 'local edit' }
  readonly silentOrigin = { name: 'local edit without undo' }
  private readonly conflictListeners = new Set<(n: ConflictNotice) => void>()
  private readonly changeListeners = new Set<(p: Project) => void>()
  private readonly topLevel = new Map<unknown, string>()
  private host: SharedHost | null = null
  private current: Project | null = null
  /** The project before the edit being committed (names conflict notices). */
  private committing: Project | null = null
  private moving: 'undo' | 'redo' = 'undo'
  /** The stored updates of a `shown` start, until they are applied: nothing is written before. */
  private pendingLoad: { updates: readonly Uint8Array[]; origin: unknown } | null

  constructor(options: SessionOptions) {
    this.projectId = options.projectId
    this.doc = options.doc ?? new Y.Doc()
    this.access = options.access ?? 'edit'
    for (const name of [PROJECT, LANES, ...ID_SPACE]) this.topLevel.set(this.doc.getMap(name), name)
    this.raw = new RawIndex(this.doc)
    this.raw.loadAll()
    this.projector = new Projector(this.raw, this.projectId)
    // With a project to show, the first build (after loading) is a full one that reuses its objects.
    this.pendingLoad = options.shown ?? null
    this.current = options.shown?.project ?? this.projector.build(null)
    this.history = new PersonalHistory(allMaps(this.doc), this.localOrigin)
    this.presence = new Presence(this.doc)
    this.conflicts = new ConflictWatch(this.doc, [PROJECT, ...ID_SPACE], (id) => this.presence.nameOf(id))
    this.doc.on('afterTransaction', this.onTransaction)
  }

  /** The project the doc describes now; null while it holds none (a joiner before the first sync). */
  get project(): Project | null {
    return this.current
  }

  /** Applies the stored updates of a `shown` start (once); the store gets the doc's project if it differs. */
  ensureLoaded(): void {
    const load = this.pendingLoad
    if (!load) return
    this.pendingLoad = null
    // One read of the whole doc afterwards is cheaper than following the load entry by entry.
    this.doc.off('afterTransaction', this.onTransaction)
    try {
      Y.transact(this.doc, () => load.updates.forEach((u) => Y.applyUpdate(this.doc, u, load.origin)), load.origin)
    } finally {
      this.doc.on('afterTransaction', this.onTransaction)
    }
    this.raw.loadAll()
    this.show(this.projector.build(this.current), 'remote')
  }

  refuse(before: Project, after: Project): string | null {
    if (this.access === 'view') return VIEW_ONLY_MESSAGE
    for (const c of PROJECT_COLLECTIONS) {
      if (!c.serverOnlyMessage) continue
      const a = listOf(before, c.key)
      const b = listOf(after, c.key)
      if (a === b) continue
      const serverOnly = new Set(mapsOf(c).filter((m) => m.serverOnly).map((m) => m.name))
      const theirs = (list: readonly { id: string }[] | undefined) => (list ?? []).filter((e) => serverOnly.has(c.owner!(e)))
      const [x, y] = [theirs(a), theirs(b)]
      if (x.length !== y.length || x.some((e, i) => e !== y[i])) return c.serverOnlyMessage
    }
    return null
  }

  /** Shows the project in the store and routes the store's edits, undo and redo through the doc. */
  attach(host: SharedHost): void {
    this.host = host
    if (this.current) host.openProject(this.current)
    host.attachShared(this)
    this.pushHistory()
  }

  /** The store goes back to no project; the doc stays as it is. */
  detach(): void {
    if (!this.host) return
    const host = this.host
    this.host = null
    host.attachShared(null)
  }

  commit(before: Project, after: Project, edit: SharedEdit): void {
    this.ensureLoaded()
    if (edit.record) this.history.begin(edit.label, edit.coalesce)
    this.committing = before
    try {
      this.doc.transact(() => writeDifference(this.doc, this.raw, before, after), edit.record ? this.localOrigin : this.silentOrigin)
    } finally {
      this.committing = null
    }
    this.current = after
    this.pushHistory()
    for (const l of this.changeListeners) l(after)
  }

  undo(): void {
    this.ensureLoaded()
    this.moving = 'undo'
    if (this.history.undo()) this.pushHistory()
  }

  redo(): void {
    this.ensureLoaded()
    this.moving = 'redo'
    if (this.history.redo()) this.pushHistory()
  }

  /** Whether a transaction origin is this person's own change (an edit, an undo or a redo). */
  isLocal(origin: unknown): boolean {
    return origin === this.localOrigin || origin === this.silentOrigin || origin === this.history.undoOrigin
  }

  /** Conflict notices: my concurrent write to a field lost ("Your label for 'Scan tray' was replaced by …"). */
  onConflict(listener: (notice: ConflictNotice) => void): () => void {
    this.conflictListeners.add(listener)
    return () => this.conflictListeners.delete(listener)
  }

  /** Every new project this doc shows (my edits, colleagues' edits, undo), after the store has it. */
  onChange(listener: (project: Project) => void): () => void {
    this.changeListeners.add(listener)
    return () => this.changeListeners.delete(listener)
  }

  /** Seeds an empty doc from a project: done once, by whoever shares it, never by a joiner. */
  seed(project: Project, formatVersion: number): void {
    if (this.current) throw new Error('this shared project already has content: it is seeded only once')
    const empty: Project = { ...project, name: '', createdAt: '', updatedAt: '', roles: [], systems: [], dataItems: [], states: [] }
    delete empty.description
    const seeded: Record<string, unknown> = { ...project }
    for (const c of PROJECT_COLLECTIONS) {
      if (c.optional) delete (empty as unknown as Record<string, unknown>)[c.key]
      const list = listOf(project, c.key)
      if (c.seedAs && list) seeded[c.key] = list.map(c.seedAs)
    }
    this.doc.transact(() => {
      this.doc.getMap(PROJECT).set('formatVersion', formatVersion)
      writeDifference(this.doc, this.raw, empty, seeded as unknown as Project)
    }, this.silentOrigin)
    this.current = this.projector.build(null)
  }

  destroy(): void {
    this.detach()
    this.doc.off('afterTransaction', this.onTransaction)
    this.history.destroy()
    this.presence.destroy()
    this.conflictListeners.clear()
    this.changeListeners.clear()
  }

  private pushHistory(): void {
    const { undo, redo } = this.history.labels()
    this.host?.setSharedHistory(undo, redo)
  }

  private readonly onTransaction = (tr: Y.Transaction): void => {
    if (tr.changed.size === 0) return
    this.touch(tr)
    if (tr.origin === this.localOrigin || tr.origin === this.silentOrigin) {
      this.conflicts.recordLocal(tr, this.committing ?? this.current)
      return
    }
    const mine = tr.origin === this.history.undoOrigin
    const notices = mine ? [] : this.conflicts.checkRemote(tr)
    if (mine) this.conflicts.recordLocal(tr, this.current)
    this.show(this.projector.build(this.current), mine ? this.moving : 'remote')
    for (const n of notices) for (const l of this.conflictListeners) l(n)
  }

  private show(next: Project | null, origin: 'remote' | 'undo' | 'redo'): void {
    if (!next || next === this.current) return
    this.current = next
    this.host?.showShared(next, origin)
    for (const l of this.changeListeners) l(next)
  }

  /** Marks the entries a transaction changed (also inside an entity: a comment's replies), for the next build. */
  private touch(tr: Y.Transaction): void {
    for (const [type, keys] of tr.changed) {
      const top = this.topLevel.get(type)
      if (top !== undefined) {
        for (const key of keys) if (key !== null) this.raw.touch(top, key)
        continue
      }
      let item = type._item
      while (item?.parent instanceof Y.AbstractType && item.parent._item) item = item.parent._item
      const parent = item?.parent ? this.topLevel.get(item.parent) : undefined
      if (parent !== undefined && item?.parentSub) this.raw.touch(parent, item.parentSub)
    }
  }
}
