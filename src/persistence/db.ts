// The IndexedDB layout of flowstate. A project is stored as many small rows, one per entity, so
// an edit writes the rows it touched and two tabs editing different parts never overwrite each
// other. A whole-project save (import, duplicate, an example) puts a large state's steps and
// flows in packs of several hundred instead (see rows.ts): IndexedDB costs about the same per row
// whatever its size, so 10,000 rows take over half a second in Chromium and 25 packs a few tens
// of milliseconds. Later edits write their own rows, which take precedence over packed copies.
// To change the layout, add `this.version(N + 1).stores(...)` with an upgrade below the
// existing versions; never edit a version that has shipped.
import Dexie, { type Table } from 'dexie'
import type { ActivityMap, Comment, DataItem, Flow, MatchOverride, Phase, Role, SignOff, Step, System } from '../domain/model'

export const DB_NAME = 'flowstate'
/** The storage layout version (Dexie's `db.version`), independent of the file format version. */
export const STORAGE_VERSION = 3

/** A project's own fields and the order of its catalogues and states. */
export interface ProjectRow {
  id: string
  format: 'flowstate'
  /** The file format version the rows were written in; a newer one blocks this app from writing. */
  version: number
  name: string
  description?: string
  createdAt: string
  updatedAt: string
  roleIds: string[]
  systemIds: string[]
  dataItemIds: string[]
  stateIds: string[]
  /** Absent when the project has no hand-made matches (keeps the file as it was). */
  matchOverrideIds?: string[]
  /** Absent when no state has an activity map (which event-log activity is which step). */
  activityMapIds?: string[]
  /** Absent when nobody has commented (format version 2); likewise for sign-offs. */
  commentIds?: string[]
  signOffIds?: string[]
  /** For the project list, so it need not read every step. */
  stats: { states: number; steps: number }
  /** Some steps or flows are stored in packs: removing one of them leaves a removal mark. */
  packed?: true
  /**
   * A shared project (a live workshop): its content is the Yjs updates in `docUpdates`, not
   * entity rows; this row keeps the name and counts for the list, and where the project is shared.
   */
  shared?: SharedLink
}

/** Where a shared project lives on a workshop server, and this browser's access to it. */
export interface SharedLink {
  /** The server's page address, e.g. "http://192.168.1.20:8080". */
  server: string
  /** The room on the server: the project's id. */
  room: string
  access: 'edit' | 'view'
  /** The signed token of this browser's link. */
  token: string
  /** The links the sharer was given, to show them again (a joiner has none). */
  links?: { edit?: string; view?: string }
  /** Changes made here that the server has not confirmed yet, kept across reloads. */
  unsynced?: number
}

/** One stored Yjs update of a shared project; after compaction, one snapshot holds them all. */
export interface DocUpdateRow {
  /** Increasing across the database, so "the rows after the ones I read" is a key range. */
  id?: number
  projectId: string
  update: Uint8Array
}

/** A state's own fields; its steps and flows are rows of their own, kept in this order. */
export interface StateHeader {
  id: string
  name: string
  phase: Phase
  basedOn?: string
  lanes: string[]
  stepIds: string[]
  flowIds: string[]
}

export interface EntityValues {
  role: Role
  system: System
  dataItem: DataItem
  state: StateHeader
  step: Step
  flow: Flow
  matchOverride: MatchOverride
  activityMap: ActivityMap
  comment: Comment
  signOff: SignOff
}
export type EntityKind = keyof EntityValues

export interface EntityRow<K extends EntityKind = EntityKind> {
  projectId: string
  kind: K
  id: string
  /** The state a step or flow belongs to. */
  stateId?: string
  value: EntityValues[K]
}

/** Steps and flows of one state saved together by a whole-project save, in the state's order. */
export interface Pack {
  steps: Step[]
  flows: Flow[]
}

export interface PackRow {
  projectId: string
  kind: 'pack'
  id: string
  stateId: string
  value: Pack
}

/** A step or flow removed after its state was packed: hides the packed copy. */
export interface RemovedRow {
  projectId: string
  kind: 'step' | 'flow'
  id: string
  removed: true
}

/** What the entities table holds: an entity's own row wins over a copy in a pack. */
export type StoredRow = EntityRow | PackRow | RemovedRow

export type EntityKey = [projectId: string, kind: EntityKind | 'pack', id: string]

export interface MetaRow {
  key: string
  value: unknown
}

/**
 * The `meta` key of a shared project's view: its project as last shown, and the last update row
 * it includes. Opening shows it at once while the doc loads (see src/sync/storage.ts).
 */
export const sharedViewKey = (projectId: string) => `sharedView:${projectId}`

export class FlowstateDb extends Dexie {
  projects!: Table<ProjectRow, string>
  entities!: Table<StoredRow, EntityKey>
  meta!: Table<MetaRow, string>
  docUpdates!: Table<DocUpdateRow, number>

  constructor(name = DB_NAME, options?: ConstructorParameters<typeof Dexie>[1]) {
    super(name, options)
    this.version(1).stores({
      projects: 'id, updatedAt',
      entities: '[projectId+kind+id]',
      meta: 'key',
    })
    // 2: packs and removal marks in the entities table. Rows of version 1 mean the same in
    // version 2, so there is nothing to upgrade; the new number makes a tab of version 1, which
    // would read a packed state as empty, give way (see Repository.open) instead of writing.
    this.version(2).stores({})
    // 3: shared projects keep their Yjs updates here (one table in the same database: one truth).
    this.version(3).stores({ docUpdates: '++id, [projectId+id]' })
  }
}

/**
 * All rows of one project: a range of the compound primary key. IndexedDB sorts a shorter array
 * before its extensions and any array after any string, so [id] .. [id, []] holds exactly the
 * keys [id, kind, entityId].
 */
export function projectRange(db: FlowstateDb, projectId: string) {
  return db.entities.where(':id').between([projectId], [projectId, []], true, true)
}
