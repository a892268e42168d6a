// The default storage: one SQLite file in the data folder (better-sqlite3, synchronous, in WAL
// mode so a backup can read while the server writes). Several processes on one machine may share
// the file; each write is one transaction.
import Database from 'better-sqlite3'
import { mkdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Access } from '../tokens'
import { mergeStates } from './merge'
import type { Basis, RoomRecord, Storage, StoredDocument } from './types'

export const SQLITE_FILE = 'flowstate.sqlite'

const SCHEMA = `
CREATE TABLE IF NOT EXISTS flowstate_rooms (
  room TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  edit_token_id TEXT NOT NULL,
  view_token_id TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS flowstate_documents (
  room TEXT PRIMARY KEY,
  state BLOB NOT NULL,
  version INTEGER NOT NULL,
  updated_at TEXT NOT NULL
);`

interface RoomRow {
  room: string
  name: string
  edit_token_id: string
  view_token_id: string
  created_at: string
}

export function openSqlite(dataDir: string): Storage {
  mkdirSync(dataDir, { recursive: true })
  const path = resolve(join(dataDir, SQLITE_FILE))
  const db = new Database(path)
  db.pragma('journal_mode = WAL')
  // Another process holding the write lock for a moment is waited for, not an error.
  db.pragma('busy_timeout = 5000')
  db.exec(SCHEMA)
  const getRoom = db.prepare<[string], RoomRow>('SELECT * FROM flowstate_rooms WHERE room = ?')
  const insertRoom = db.prepare('INSERT OR IGNORE INTO flowstate_rooms (room, name, edit_token_id, view_token_id, created_at) VALUES (?, ?, ?, ?, ?)')
  const setEdit = db.prepare('UPDATE flowstate_rooms SET edit_token_id = ? WHERE room = ?')
  const setView = db.prepare('UPDATE flowstate_rooms SET view_token_id = ? WHERE room = ?')
  const getDoc = db.prepare<[string], { state: Buffer; version: number }>('SELECT state, version FROM flowstate_documents WHERE room = ?')
  const putDoc = db.prepare('INSERT INTO flowstate_documents (room, state, version, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT (room) DO UPDATE SET state = excluded.state, version = excluded.version, updated_at = excluded.updated_at')

  const store = db.transaction((room: string, state: Uint8Array, basis: Basis): number => {
    const row = getDoc.get(room)
    const current = row?.version ?? null
    const mine = basis !== 'merge' && basis.version === current
    const next = mine || !row ? state : mergeStates(row.state, state)
    const version = (current ?? 0) + 1
    putDoc.run(room, Buffer.from(next), version, new Date().toISOString())
    return version
  })
  // IMMEDIATE: take the write lock before reading, so two processes never merge the same row at once.
  const storeImmediate = (room: string, state: Uint8Array, basis: Basis) => store.immediate(room, state, basis)

  return {
    description: `SQLite file ${path}`,
    async getRoom(room) {
      const row = getRoom.get(room)
      return row ? toRecord(row) : null
    },
    async createRoom(record) {
      const { changes } = insertRoom.run(record.room, record.name, record.editTokenId, record.viewTokenId, record.createdAt)
      return { room: toRecord(getRoom.get(record.room)!), created: changes === 1 }
    },
    async setTokenId(room: string, access: Access, id: string) {
      ;(access === 'edit' ? setEdit : setView).run(id, room)
    },
    async loadDocument(room): Promise<StoredDocument | null> {
      const row = getDoc.get(room)
      return row ? { state: new Uint8Array(row.state), version: row.version } : null
    },
    async storeDocument(room, state, basis) {
      return storeImmediate(room, state, basis)
    },
    async check() {
      db.prepare('SELECT 1').get()
    },
    async close() {
      db.close()
    },
  }
}

function toRecord(row: RoomRow): RoomRecord {
  return { room: row.room, name: row.name, editTokenId: row.edit_token_id, viewTokenId: row.view_token_id, createdAt: row.created_at }
}
