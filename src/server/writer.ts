// Stores documents without ever making Hocuspocus wait on the database. Hocuspocus 3.4 runs one
// store per debounce and, when a store takes longer than the debounce, queues another behind it
// for every update that arrives meanwhile (hocuspocus#1110, a "store storm" on a slow database).
// Here the store hook only hands the room's latest state to this writer and returns at once; the
// writer keeps at most one write running and one waiting per room, and the waiting one is always
// the newest state: ten updates during a slow write cost one more write, not ten.
import { reason, type Log } from './log'
import type { Basis, Storage } from './storage/types'

interface Room {
  /** The newest state not yet written (null: nothing waiting). */
  waiting: Uint8Array | null
  /** Updates that must be merged into what is stored (server-only records), in order. */
  appends: { update: Uint8Array; done: (e?: unknown) => void }[]
  running: Promise<void> | null
  /** The row's version as this process last read or wrote it (null: not stored yet). */
  version: number | null
  failures: number
}

const RETRY_MS = [500, 1_000, 2_000, 5_000, 10_000, 30_000]

export class DocumentWriter {
  private rooms = new Map<string, Room>()
  private closed = false

  constructor(
    private storage: Storage,
    private log: Log,
  ) {}

  private room(name: string): Room {
    let r = this.rooms.get(name)
    if (!r) {
      r = { waiting: null, appends: [], running: null, version: null, failures: 0 }
      this.rooms.set(name, r)
    }
    return r
  }

  /** The stored version a room was loaded at, so the next write knows whether anyone wrote since. */
  loaded(name: string, version: number | null): void {
    this.room(name).version = version
  }

  /** Hands over a room's whole state; returns at once. */
  schedule(name: string, state: Uint8Array): void {
    if (this.closed) return
    this.room(name).waiting = state
    this.kick(name)
  }

  /** Merges an update into what is stored, before anything else of this room; resolves once it is. */
  append(name: string, update: Uint8Array): Promise<void> {
    return new Promise((resolve, reject) => {
      this.room(name).appends.push({ update, done: (e) => (e === undefined ? resolve() : reject(e)) })
      this.kick(name)
    })
  }

  /** Resolves when nothing of this room is waiting or being written (a load must see the last write). */
  async settled(name: string): Promise<void> {
    for (let r = this.rooms.get(name); r?.running; r = this.rooms.get(name)) await r.running
  }

  /** Writes everything waiting; resolves with the rooms that could not be stored. */
  async flush(): Promise<string[]> {
    for (const [name, r] of this.rooms) if (r.failures > 0) this.kick(name, true)
    await Promise.all([...this.rooms.keys()].map((name) => this.settled(name)))
    return [...this.rooms].filter(([, r]) => r.waiting !== null).map(([name]) => name)
  }

  private kick(name: string, now = false): void {
    const r = this.room(name)
    if (r.running) return
    if (r.failures > 0 && !now) return // a retry is already timed
    r.running = this.drain(name, r).finally(() => {
      r.running = null
    })
  }

  /** After the last flush of a stop: the storage is about to close, and every state was written. */
  close(): void {
    this.closed = true
  }

  /** Drops what it knows of a room whose document left memory, once nothing of it is waiting. */
  async forget(name: string): Promise<void> {
    await this.settled(name)
    const r = this.rooms.get(name)
    if (r && r.waiting === null && r.appends.length === 0 && !r.running) this.rooms.delete(name)
  }

  private async drain(name: string, r: Room): Promise<void> {
    while (r.appends.length > 0 || r.waiting !== null) {
      const append = r.appends[0]
      const state = append ? append.update : r.waiting!
      if (!append) r.waiting = null
      try {
        const basis: Basis = append ? 'merge' : { version: r.version }
        const version = await this.storage.storeDocument(name, state, basis)
        // A state handed over before the record was added lacks it: the next write merges.
        r.version = append ? null : version
        if (append) r.appends.shift()!.done()
        if (r.failures > 0) this.log.info(`stored room ${name} again after ${r.failures} failed attempts`)
        r.failures = 0
      } catch (e) {
        if (!append && r.waiting === null) r.waiting = state
        r.failures++
        const wait = RETRY_MS[Math.min(r.failures, RETRY_MS.length) - 1]!
        this.log.problem(`could not store room ${name} (${reason(e)}); trying again in ${wait / 1000} s, the room stays in memory`)
        if (append) {
          r.appends.shift()!.done(e)
        }
        setTimeout(() => this.kick(name, true), wait).unref()
        return
      }
    }
  }
}
