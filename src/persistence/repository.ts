// The project store on top of IndexedDB: the project list, whole-project operations (create,
// import, duplicate, delete) and incremental writes of what an edit changed. Every mutation tells
// the other tabs; a newer flowstate in another tab stops this one from writing at all.
import { FORMAT, FORMAT_VERSION, newId, type Project } from '../domain/model'
import { computeWrites } from './changes'
import { FlowstateDb, projectRange, sharedViewKey, STORAGE_VERSION, type EntityKey, type ProjectRow, type SharedLink, type StateHeader, type StoredRow } from './db'
import { ProjectGoneError, StorageBlockedError, isVersionError } from './errors'
import { repairReferences } from './repair'
import { allRows, assemble, projectRow } from './rows'
import { fromNewerVersion, silentChannel, type SyncChannel, type SyncMessage } from './sync'
import { withChanges, type WriteSet } from './writes'

export interface ProjectSummary {
  id: string
  name: string
  createdAt: string
  updatedAt: string
  states: number
  steps: number
  /** Written by a newer flowstate: listed, but this version cannot open it. */
  newer: boolean
  /** A shared project: where it is shared and this browser's access (absent for a solo project). */
  shared?: SharedLink
}

export type LoadResult =
  | { ok: true; project: Project; migrated: string[] }
  | { ok: false; reason: 'missing' | 'newer' | 'invalid'; error: string }

export interface RepositoryOptions {
  db?: FlowstateDb
  channel?: SyncChannel
  now?: () => string
  /** How shared projects (kept as Yjs updates) are loaded and renamed; loaded on first use. */
  shared?: () => Promise<SharedRows>
}

/** What the repository asks of the shared-project layer for a row that is shared. */
export interface SharedRows {
  load(repo: Repository, id: string): Promise<LoadResult>
  rename(repo: Repository, id: string, name: string): Promise<void>
}

export class Repository {
  readonly db: FlowstateDb
  readonly channel: SyncChannel
  private readonly now: () => string
  private readonly sharedRows: (() => Promise<SharedRows>) | undefined
  private blockedFlag = false
  private readonly blockedListeners = new Set<() => void>()
  private readonly unsubscribe: () => void

  constructor(options: RepositoryOptions = {}) {
    this.db = options.db ?? new FlowstateDb()
    this.channel = options.channel ?? silentChannel()
    this.now = options.now ?? (() => new Date().toISOString())
    this.sharedRows = options.shared
    // Another tab opened a newer layout: give way at once (Dexie also closes this connection).
    this.db.on('versionchange', () => this.block())
    this.unsubscribe = this.channel.subscribe((m) => {
      if (fromNewerVersion(m)) this.block()
    })
  }

  get blocked(): boolean {
    return this.blockedFlag
  }

  onBlocked(listener: () => void): () => void {
    this.blockedListeners.add(listener)
    return () => this.blockedListeners.delete(listener)
  }

  /** Messages from other tabs (after the version check). */
  onRemote(listener: (m: SyncMessage) => void): () => void {
    return this.channel.subscribe((m) => {
      if (!this.blockedFlag) listener(m)
    })
  }

  /**
   * Opens the database, refusing one that a newer flowstate has upgraded. Dexie 4 would open a
   * newer database anyway (and even patch its schema), so the version is checked before and after.
   */
  async open(): Promise<void> {
    const native = STORAGE_VERSION * 10 // Dexie stores version n as n * 10
    const known = await globalThis.indexedDB?.databases?.().catch(() => undefined)
    const installed = known?.find((d) => d.name === this.db.name)?.version
    if (installed !== undefined && installed > native) return this.block()
    try {
      await this.db.open()
    } catch (e) {
      if (isVersionError(e)) return this.block()
      throw e
    }
    if (this.db.backendDB().version > native) this.block()
  }

  close(): void {
    this.unsubscribe()
    this.db.close()
  }

  async list(): Promise<ProjectSummary[]> {
    this.assertUsable()
    const rows = await this.db.projects.orderBy('updatedAt').reverse().toArray()
    return rows.map((r) => ({
      id: r.id,
      name: r.name,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      states: r.stats?.states ?? r.stateIds.length,
      steps: r.stats?.steps ?? 0,
      newer: isNewer(r),
      ...(r.shared ? { shared: r.shared } : {}),
    }))
  }

  /** Where a project is shared, or null for a solo project (or none). */
  async sharedLink(id: string): Promise<SharedLink | null> {
    this.assertUsable()
    return (await this.db.projects.get(id))?.shared ?? null
  }

  async load(id: string): Promise<LoadResult> {
    this.assertUsable()
    const [header, rows] = await this.db.transaction('r', this.db.projects, this.db.entities, () =>
      Promise.all([this.db.projects.get(id), projectRange(this.db, id).toArray()]),
    )
    if (!header) return { ok: false, reason: 'missing', error: 'That project no longer exists in this browser: it may have been deleted in another tab.' }
    if (isNewer(header)) return { ok: false, reason: 'newer', error: `“${header.name}” was saved by a newer version of flowstate, open in another tab. Reload this tab to get the newer version, then open it.` }
    if (header.shared) {
      if (!this.sharedRows) return { ok: false, reason: 'invalid', error: `“${header.name}” is a shared project, which this part of flowstate cannot open.` }
      return (await this.sharedRows()).load(this, id)
    }
    const doc = assemble(header, rows)
    // The schema (zod) loads with the first project opened, not with the app's first screen.
    const { parseProject } = await import('../domain/model/parse')
    if (header.version === FORMAT_VERSION) {
      const assembled = doc as unknown as Project
      const repaired = repairReferences(assembled)
      if (repaired !== assembled) {
        const parsed = parseProject(repaired)
        if (!parsed.ok) return { ok: false, reason: 'invalid', error: damaged(header.name, parsed.error) }
        await this.write(computeWrites(assembled, repaired, [{ op: 'replace', path: [], value: null }]))
        return { ...parsed, project: { ...parsed.project, updatedAt: (await this.db.projects.get(id))?.updatedAt ?? header.updatedAt } }
      }
    }
    const parsed = parseProject(doc)
    if (!parsed.ok) return { ok: false, reason: 'invalid', error: damaged(header.name, parsed.error) }
    // Rows of an older file format are rewritten once in the current one.
    if (parsed.migrated.length > 0) await this.replace(parsed.project)
    return parsed
  }

  async create(name: string, init: (p: Project) => Project = (p) => p): Promise<Project> {
    const now = this.now()
    return this.insert(init({ format: FORMAT, version: FORMAT_VERSION, id: newId('p'), name, createdAt: now, updatedAt: now, roles: [], systems: [], dataItems: [], states: [] }))
  }

  /**
   * Stores a whole project as a new entry of the list (import, duplicate, examples). A project whose
   * id is taken gets a new one, so importing a file twice never overwrites the first copy.
   */
  async insert(project: Project, options: { keepUpdatedAt?: boolean } = {}): Promise<Project> {
    this.assertUsable()
    const stored = await this.db.transaction('rw', this.db.projects, this.db.entities, async () => {
      const taken = (await this.db.projects.get(project.id)) !== undefined
      const p: Project = { ...project, id: taken ? newId('p') : project.id, updatedAt: options.keepUpdatedAt ? project.updatedAt : this.now() }
      await this.db.projects.add(projectRow(p))
      await this.db.entities.bulkPut(allRows(p))
      return p
    })
    this.channel.post({ type: 'projects-changed' })
    return stored
  }

  async rename(id: string, name: string): Promise<void> {
    const trimmed = name.trim()
    if (!trimmed) throw new Error('a project needs a name')
    const row = await this.db.projects.get(id)
    if (row?.shared && this.sharedRows) return (await this.sharedRows()).rename(this, id, trimmed)
    await this.mutateHeader(id, { name: trimmed, updatedAt: this.now() })
    this.channel.post({ type: 'project-saved', projectId: id })
    this.channel.post({ type: 'projects-changed' })
  }

  async duplicate(id: string, copyName = (name: string) => `${name} (copy)`): Promise<Project> {
    const loaded = await this.load(id)
    if (!loaded.ok) throw new Error(loaded.error)
    const now = this.now()
    return this.insert({ ...loaded.project, id: newId('p'), name: copyName(loaded.project.name), createdAt: now, updatedAt: now })
  }

  async remove(id: string): Promise<void> {
    this.assertUsable()
    await this.db.transaction('rw', [this.db.projects, this.db.entities, this.db.docUpdates, this.db.meta], async () => {
      await projectRange(this.db, id).delete()
      await this.db.docUpdates.where('[projectId+id]').between([id, -Infinity], [id, Infinity]).delete()
      await this.db.meta.delete(sharedViewKey(id))
      await this.db.projects.delete(id)
    })
    this.channel.post({ type: 'project-saved', projectId: id })
    this.channel.post({ type: 'projects-changed' })
  }

  /** Writes what one or more edits changed, in one transaction. Returns the project's new `updatedAt`. */
  async write(ws: WriteSet): Promise<string> {
    this.assertUsable()
    const updatedAt = this.now()
    await this.db.transaction('rw', this.db.projects, this.db.entities, async () => {
      const { packed } = await this.mutateHeader(ws.projectId, { ...ws.header, updatedAt })
      const puts: StoredRow[] = []
      const deletes: EntityKey[] = []
      const updates: { key: EntityKey; changes: Partial<StateHeader> }[] = []
      for (const w of ws.rows.values()) {
        if (w.op === 'put') puts.push(w.row)
        // A step or flow may have a copy in a pack, which only a removal mark hides.
        else if (w.op === 'delete' && packed && (w.kind === 'step' || w.kind === 'flow')) puts.push({ projectId: ws.projectId, kind: w.kind, id: w.id, removed: true })
        else if (w.op === 'delete') deletes.push([ws.projectId, w.kind, w.id])
        else updates.push({ key: [ws.projectId, 'state', w.id], changes: w.changes })
      }
      if (updates.length > 0) {
        // Field by field, so another tab's change to a different field of the same state survives.
        const current = await this.db.entities.bulkGet(updates.map((u) => u.key))
        updates.forEach((u, i) => {
          const row = current[i]
          if (row?.kind === 'state' && !('removed' in row)) puts.push({ ...row, value: withChanges(row.value as StateHeader, u.changes) })
        })
      }
      if (deletes.length > 0) await this.db.entities.bulkDelete(deletes)
      if (puts.length > 0) await this.db.entities.bulkPut(puts)
    })
    this.channel.post({ type: 'project-saved', projectId: ws.projectId })
    return updatedAt
  }

  /** Replaces every row of a project (after a format migration). */
  async replace(project: Project): Promise<void> {
    this.assertUsable()
    await this.db.transaction('rw', this.db.projects, this.db.entities, async () => {
      await projectRange(this.db, project.id).delete()
      await this.db.projects.put(projectRow({ ...project, updatedAt: this.now() }))
      await this.db.entities.bulkPut(allRows(project))
    })
    this.channel.post({ type: 'project-saved', projectId: project.id })
  }

  /**
   * Changes fields of a project row in the current (or a new) transaction, refusing rows of a
   * newer format. Returns the row as it was.
   */
  private mutateHeader(id: string, changes: Partial<ProjectRow>): Promise<ProjectRow> {
    this.assertUsable()
    return this.db.transaction('rw', this.db.projects, async () => {
      const header = await this.db.projects.get(id)
      if (!header) throw new ProjectGoneError(id)
      if (isNewer(header)) {
        this.block()
        throw new StorageBlockedError()
      }
      await this.db.projects.put(withChanges(header, changes))
      return header
    })
  }

  private assertUsable(): void {
    if (this.blockedFlag) throw new StorageBlockedError()
  }

  private block(): void {
    if (this.blockedFlag) return
    this.blockedFlag = true
    this.db.close()
    for (const l of this.blockedListeners) l()
  }
}

function isNewer(row: ProjectRow): boolean {
  return row.format !== FORMAT || row.version > FORMAT_VERSION
}

/** A stored project the schema refuses: say so plainly, keep the path of the bad field for whoever fixes it. */
const damaged = (name: string, problem: string) =>
  `“${name}” could not be opened: what this browser stored for it is damaged (${problem}). Your other projects are not affected; if you have an exported copy of it, import that.`
