// PostgreSQL storage (--postgres URL), for several server processes behind a load balancer: they
// share the rooms and the documents. Tables go into the connection's schema (the search_path);
// "?options=-c%20search_path%3Dflowstate" in the URL keeps them in a schema of their own.
import pg from 'pg'
import type { Access } from '../tokens'
import { mergeStates } from './merge'
import type { RoomRecord, Storage, StoredDocument } from './types'

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
  state BYTEA NOT NULL,
  version INTEGER NOT NULL,
  updated_at TIMESTAMPTZ NOT NULL
);`

interface RoomRow {
  room: string
  name: string
  edit_token_id: string
  view_token_id: string
  created_at: string
}

export async function openPostgres(url: string): Promise<Storage> {
  const pool = new pg.Pool({ connectionString: url, max: 5, connectionTimeoutMillis: 10_000 })
  // A dropped database connection is reported by the query that needed it, never as a crash.
  pool.on('error', () => {})
  // Two processes starting at once both run CREATE TABLE IF NOT EXISTS, which can still collide on
  // PostgreSQL's catalog; an advisory lock lets one go first.
  const client = await pool.connect()
  try {
    await client.query('SELECT pg_advisory_lock(823651)')
    await client.query(SCHEMA)
    await client.query('SELECT pg_advisory_unlock(823651)')
  } finally {
    client.release()
  }

  return {
    description: `PostgreSQL ${describeUrl(url)}`,
    async getRoom(room) {
      const { rows } = await pool.query<RoomRow>('SELECT * FROM flowstate_rooms WHERE room = $1', [room])
      return rows[0] ? toRecord(rows[0]) : null
    },
    async createRoom(r) {
      const inserted = await pool.query('INSERT INTO flowstate_rooms (room, name, edit_token_id, view_token_id, created_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (room) DO NOTHING', [r.room, r.name, r.editTokenId, r.viewTokenId, r.createdAt])
      const { rows } = await pool.query<RoomRow>('SELECT * FROM flowstate_rooms WHERE room = $1', [r.room])
      return { room: toRecord(rows[0]!), created: inserted.rowCount === 1 }
    },
    async setTokenId(room: string, access: Access, id: string) {
      const column = access === 'edit' ? 'edit_token_id' : 'view_token_id'
      await pool.query(`UPDATE flowstate_rooms SET ${column} = $1 WHERE room = $2`, [id, room])
    },
    async loadDocument(room): Promise<StoredDocument | null> {
      const { rows } = await pool.query<{ state: Buffer; version: number }>('SELECT state, version FROM flowstate_documents WHERE room = $1', [room])
      return rows[0] ? { state: new Uint8Array(rows[0].state), version: rows[0].version } : null
    },
    async storeDocument(room, state, basis) {
      const c = await pool.connect()
      try {
        await c.query('BEGIN')
        // The row exists (empty, version 0) before it is locked, so two first writes queue on one lock.
        await c.query("INSERT INTO flowstate_documents (room, state, version, updated_at) VALUES ($1, '', 0, now()) ON CONFLICT (room) DO NOTHING", [room])
        const { rows } = await c.query<{ state: Buffer; version: number }>('SELECT state, version FROM flowstate_documents WHERE room = $1 FOR UPDATE', [room])
        const row = rows[0]!
        const empty = row.version === 0
        const mine = basis !== 'merge' && (basis.version ?? 0) === row.version
        const next = mine || empty ? state : mergeStates(new Uint8Array(row.state), state)
        await c.query('UPDATE flowstate_documents SET state = $2, version = $3, updated_at = now() WHERE room = $1', [room, Buffer.from(next), row.version + 1])
        await c.query('COMMIT')
        return row.version + 1
      } catch (e) {
        await c.query('ROLLBACK').catch(() => {})
        throw e
      } finally {
        c.release()
      }
    },
    async check() {
      await pool.query('SELECT 1')
    },
    async close() {
      await pool.end()
    },
  }
}

/** The URL without its password, for the banner and the log. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url)
    return `${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname}`
  } catch {
    return '(the given URL)'
  }
}

function toRecord(row: RoomRow): RoomRecord {
  return { room: row.room, name: row.name, editTokenId: row.edit_token_id, viewTokenId: row.view_token_id, createdAt: row.created_at }
}
