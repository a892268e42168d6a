// Checks each message a client sends before Hocuspocus applies it: a document update that would
// touch a server-only record is refused (dropped, logged, and the client's connection closed),
// and messages no client needs to send (broadcasts to every other client) are refused too.
import type { Document } from '@hocuspocus/server'
import { inspectUpdate } from './serverOnly'

// The Hocuspocus wire format: varString document name, varUint message type, then per type.
const SYNC = 0
const SYNC_REPLY = 4
const BROADCAST_STATELESS = 6
const SYNC_STEP_2 = 1
const SYNC_UPDATE = 2

/** How long an update that cannot be placed yet may wait for what it builds on. */
const WAIT_MS = 10_000
/** Updates one connection may have waiting at once. */
const MAX_WAITING = 100

export interface Refused {
  code: number
  reason: string
  /** For the log. */
  detail: string
}

export const refused = (reason: string, detail: string): Refused => ({ code: 4403, reason, detail })

/** The Yjs update a client message carries (sync step 2 or update), null for other messages. */
export function updateIn(message: Uint8Array): { update: Uint8Array | null; type: number } {
  const r = new WireReader(message)
  r.skipBytes() // document name
  const type = r.uint()
  if (type !== SYNC && type !== SYNC_REPLY) return { update: null, type }
  const step = r.uint()
  return { update: step === SYNC_STEP_2 || step === SYNC_UPDATE ? r.bytes() : null, type }
}

export class MessageGuard {
  private waiting = new WeakMap<object, number>()

  /**
   * Resolves when the message may be applied; rejects with a Refused when it must not. A viewer's
   * updates are left to Hocuspocus (it refuses them); while the server stops, no update is applied.
   */
  async check(document: Document, connection: { readOnly: boolean }, message: Uint8Array, stopping: boolean): Promise<void> {
    let found: ReturnType<typeof updateIn>
    try {
      found = updateIn(message)
    } catch {
      throw refused('malformed-message', 'a message that is not Hocuspocus/Yjs')
    }
    if (found.type === BROADCAST_STATELESS) throw refused('not-allowed', 'a broadcast to every client, which only servers send')
    if (!found.update || connection.readOnly) return
    // The laptop keeps the update and sends it again to the next server (or this one, restarted).
    if (stopping) throw { ...refused('server-stopping', ''), code: 1001 }
    const deadline = Date.now() + WAIT_MS
    for (;;) {
      let verdict: ReturnType<typeof inspectUpdate>
      try {
        verdict = inspectUpdate(document, found.update)
      } catch {
        throw refused('malformed-update', 'an update Yjs cannot read')
      }
      if (verdict.kind === 'allowed') return
      if (verdict.kind === 'refused') throw refused('server-only-records', verdict.why)
      const left = deadline - Date.now()
      if (left <= 0) throw refused('unknown-references', 'an update that builds on items the server never received')
      const count = this.waiting.get(connection) ?? 0
      if (count >= MAX_WAITING) throw refused('unknown-references', `more than ${MAX_WAITING} updates waiting for items the server does not have`)
      this.waiting.set(connection, count + 1)
      try {
        await nextChange(document, left)
      } finally {
        this.waiting.set(connection, (this.waiting.get(connection) ?? 1) - 1)
      }
    }
  }
}

function nextChange(document: Document, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer)
      document.off('update', done)
      resolve()
    }
    const timer = setTimeout(done, ms)
    document.on('update', done)
  })
}

class WireReader {
  private at = 0
  constructor(private bytes_: Uint8Array) {}

  uint(): number {
    let value = 0
    let mult = 1
    for (let i = 0; i < 8; i++) {
      if (this.at >= this.bytes_.length) throw new Error('truncated')
      const b = this.bytes_[this.at++]!
      value += (b & 0x7f) * mult
      if (b < 0x80) return value
      mult *= 128
    }
    throw new Error('number too long')
  }

  bytes(): Uint8Array {
    const len = this.uint()
    if (this.at + len > this.bytes_.length) throw new Error('truncated')
    const out = this.bytes_.subarray(this.at, this.at + len)
    this.at += len
    return out
  }

  skipBytes(): void {
    this.bytes()
  }
}
