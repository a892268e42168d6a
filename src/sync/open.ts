// Opening, sharing and joining shared projects in this browser's storage. Sharing seeds the doc
// from the stored project, once, in the sharer's browser; joining stores the link only, and the
// content comes from the server the first time the project opens. Opening reads the stored
// updates, builds the doc and the project from them, and only then connects.
import * as Y from 'yjs'
import { FORMAT, FORMAT_VERSION } from '../domain/model/types'
import type { LoadResult, Repository, SessionTiming } from '../persistence'
import { projectRange, sharedViewKey, type ProjectRow, type SharedLink } from '../persistence/db'
import { SharedDoc } from './session'
import { SharedSession, type ConnectOptions } from './sharedSession'
import { readStoredDoc, SharedStorage, STORAGE_ORIGIN } from './storage'

export type OpenShared = { ok: true; session: SharedSession } | { ok: false; error: string }

export interface OpenOptions extends ConnectOptions {
  /** Connect to the link's server at once (default); a joiner who has no content yet always connects. */
  connect?: boolean
  /** How long a first open waits for the server's copy before giving up. */
  firstSyncMs?: number
  timing?: SessionTiming
}

export const NEWER_DOC_MESSAGE = 'This shared project was last changed by a newer version of flowstate. Reload the page to get the newer version, then open it.'
export const NOT_REACHED_MESSAGE = 'The workshop server could not be reached, and this browser has no copy of the project yet. Check that this laptop is on the workshop network, then open the link again.'

/** Opens a shared project of this browser (from its stored updates) and, by default, connects. */
export async function openSharedProject(repo: Repository, projectId: string, options: OpenOptions = {}): Promise<OpenShared> {
  const stored = await readStoredDoc(repo, projectId)
  if (!stored) return { ok: false, error: 'That project is not a shared project of this browser.' }
  const doc = new Y.Doc()
  const link = stored.row.shared!
  if (stored.view) {
    // The project as the last session left it is on screen at once; the doc loads right after
    // (and replaces it should it differ), then the session connects and takes edits.
    const shared = new SharedDoc({ projectId, doc, access: link.access, shown: { project: stored.view, updates: stored.updates, origin: STORAGE_ORIGIN } })
    const storage = new SharedStorage(repo, doc, projectId, { ...stored, updatedAt: stored.row.updatedAt }, () => shared.project, options.timing)
    const session = new SharedSession(shared, storage, link)
    session.ready = new Promise((resolve) =>
      setTimeout(() => {
        if (!session.disposed) {
          shared.ensureLoaded()
          if (options.connect !== false) session.connect(options)
        }
        resolve()
      }, 0),
    )
    return { ok: true, session }
  }
  Y.transact(doc, () => stored.updates.forEach((u) => Y.applyUpdate(doc, u, STORAGE_ORIGIN)), STORAGE_ORIGIN)
  if (Number(doc.getMap('project').get('formatVersion') ?? 0) > FORMAT_VERSION) return { ok: false, error: NEWER_DOC_MESSAGE }
  const shared = new SharedDoc({ projectId, doc, access: link.access })
  const storage = new SharedStorage(repo, doc, projectId, { ...stored, updatedAt: stored.row.updatedAt }, () => shared.project, options.timing)
  const session = new SharedSession(shared, storage, link)
  if (shared.project) {
    if (options.connect !== false) session.connect(options)
    return { ok: true, session }
  }
  // A joiner's first open: nothing here yet but the link.
  if (options.connect === false) {
    await session.dispose()
    return { ok: false, error: NOT_REACHED_MESSAGE }
  }
  session.connect(options)
  const arrived = await new Promise<boolean>((resolve) => {
    const timer = setTimeout(() => done(false), options.firstSyncMs ?? 15_000)
    const stop = shared.onChange(() => done(true))
    const stopDenied = session.subscribeConnection(() => session.getConnection().denied && done(false))
    function done(ok: boolean) {
      clearTimeout(timer)
      stop()
      stopDenied()
      resolve(ok)
    }
  })
  if (arrived) return { ok: true, session }
  const denied = session.getConnection().denied
  await session.dispose()
  return { ok: false, error: denied ?? NOT_REACHED_MESSAGE }
}

/**
 * Makes a solo project of this browser a shared one: its doc is seeded from the stored project
 * (by the sharer only, once), stored as the first update, and the project's entity rows give way
 * to it. Flush the project's autosave first; open it with `openSharedProject` afterwards.
 */
export async function shareProject(repo: Repository, projectId: string, link: SharedLink): Promise<void> {
  const loaded = await repo.load(projectId)
  if (!loaded.ok) throw new Error(loaded.error)
  const shared = new SharedDoc({ projectId })
  shared.seed(loaded.project, FORMAT_VERSION)
  const update = Y.encodeStateAsUpdate(shared.doc)
  const view = shared.project!
  shared.destroy()
  const { db } = repo
  await db.transaction('rw', [db.projects, db.entities, db.docUpdates, db.meta], async () => {
    const row = await db.projects.get(projectId)
    if (!row) throw new Error('That project no longer exists in this browser.')
    await projectRange(db, projectId).delete()
    const lastId = await db.docUpdates.add({ projectId, update })
    await db.meta.put({ key: sharedViewKey(projectId), value: { lastId, project: view } })
    await db.projects.put(sharedRow(row, link))
  })
  repo.channel.post({ type: 'project-saved', projectId })
  repo.channel.post({ type: 'projects-changed' })
}

/**
 * Keeps a join link in this browser: the project is listed at once and its content comes from
 * the server when it is first opened. Joining again (a new link) replaces the link, not the content.
 */
export async function joinProject(repo: Repository, link: SharedLink, name = 'Shared project'): Promise<void> {
  const { db } = repo
  await db.transaction('rw', db.projects, async () => {
    const row = await db.projects.get(link.room)
    if (row && !row.shared) throw new Error('This browser already has this project as a solo project: open it from the project list.')
    const now = new Date().toISOString()
    const base: ProjectRow = row ?? { id: link.room, format: FORMAT, version: FORMAT_VERSION, name, createdAt: now, updatedAt: now, roleIds: [], systemIds: [], dataItemIds: [], stateIds: [], stats: { states: 0, steps: 0 } }
    await db.projects.put(sharedRow(base, { ...link, unsynced: row?.shared?.unsynced ?? 0 }))
  })
  repo.channel.post({ type: 'projects-changed' })
}

/** The list row of a shared project: no entity ids (its content is the doc), the link. */
function sharedRow(row: ProjectRow, link: SharedLink): ProjectRow {
  const out: ProjectRow = { ...row, roleIds: [], systemIds: [], dataItemIds: [], stateIds: [], shared: link }
  delete out.matchOverrideIds
  delete out.packed
  return out
}

/** How the repository loads and renames shared rows (duplicating or exporting one from the list). */
export const sharedRows = {
  async load(repo: Repository, id: string): Promise<LoadResult> {
    const opened = await openSharedProject(repo, id, { connect: false, firstSyncMs: 0 })
    if (!opened.ok) return { ok: false, reason: 'invalid', error: opened.error }
    opened.session.shared.ensureLoaded()
    const project = opened.session.shared.project!
    await opened.session.dispose()
    return { ok: true, project, migrated: [] }
  },
  async rename(repo: Repository, id: string, name: string): Promise<void> {
    const opened = await openSharedProject(repo, id, { connect: false, firstSyncMs: 0 })
    if (!opened.ok) throw new Error(opened.error)
    const { shared } = opened.session
    const before = shared.project!
    shared.commit(before, { ...before, name }, { label: 'project.rename', record: false })
    await opened.session.dispose()
  },
}
