// Where rooms and their documents live: a SQLite file in the data folder, or PostgreSQL. Both keep
// two tables: the rooms (name and the current token id per access) and one compacted Yjs update
// per room with a version number that grows with every write.
import type { Access } from '../tokens'

export interface RoomRecord {
  room: string
  /** The project's name when it was shared, for the log and for IT looking at the database. */
  name: string
  editTokenId: string
  viewTokenId: string
  createdAt: string
}

export interface StoredDocument {
  state: Uint8Array
  version: number
}

/** Write the state as it is (when the row is still at `version`), or merge it with whatever is there. */
export type Basis = { version: number | null } | 'merge'

export interface Storage {
  /** Where the data lives, in words for the start banner ("SQLite file /srv/flowstate-data/flowstate.sqlite"). */
  readonly description: string
  getRoom(room: string): Promise<RoomRecord | null>
  /** Inserts the room unless it exists; returns the stored room and whether this call made it. */
  createRoom(record: RoomRecord): Promise<{ room: RoomRecord; created: boolean }>
  setTokenId(room: string, access: Access, id: string): Promise<void>
  loadDocument(room: string): Promise<StoredDocument | null>
  /**
   * Stores a room's document and returns the row's new version. When another process wrote the
   * row since `basis` (or with 'merge'), the stored and the given state are merged, so no process
   * ever overwrites what another one stored.
   */
  storeDocument(room: string, state: Uint8Array, basis: Basis): Promise<number>
  /** Throws when the database cannot be reached (the health check). */
  check(): Promise<void>
  close(): Promise<void>
}
