// Clients of a workshop room for the server tests: the Hocuspocus provider as the app uses it
// (in Node, over the `ws` package), and a raw client that speaks the wire format by hand, to send
// what no honest app would (a viewer's write, a forged sign-off).
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider'
import WebSocket from 'ws'
import * as Y from 'yjs'
import { eventually } from './process'

export interface Client {
  doc: Y.Doc
  provider: HocuspocusProvider
  /** The reason the server gave for refusing this client, once it did. */
  refused: () => string | null
  /** Resolves once the first sync with the server is done. */
  synced: () => Promise<void>
  /** Resolves once the server acknowledged every change made here. */
  allSent: () => Promise<void>
  destroy: () => void
}

export function connect(collab: string, room: string, token: string, doc = new Y.Doc()): Client {
  let refused: string | null = null
  const socket = new HocuspocusProviderWebsocket({ url: collab, WebSocketPolyfill: WebSocket, delay: 100, factor: 1.5, maxDelay: 1_000, minDelay: 50, jitter: false })
  const provider = new HocuspocusProvider({
    websocketProvider: socket,
    name: room,
    token,
    document: doc,
    onAuthenticationFailed: ({ reason }) => {
      refused = reason
    },
  })
  provider.attach()
  return {
    doc,
    provider,
    refused: () => refused,
    synced: () => eventually(() => provider.isSynced || refused !== null, `${room} synced`).then(() => {
      if (refused) throw new Error(`refused: ${refused}`)
    }),
    allSent: () => eventually(() => provider.isSynced && !provider.hasUnsyncedChanges, 'every change acknowledged by the server'),
    destroy: () => {
      provider.destroy()
      socket.destroy()
    },
  }
}

// The wire format, written by hand on purpose: a forger does not use the provider.
const MESSAGE = { sync: 0, auth: 2, syncStatus: 8, close: 7 }

function varUint(out: number[], n: number): void {
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80)
    n = Math.floor(n / 128)
  }
  out.push(n)
}
function varBytes(out: number[], bytes: Uint8Array): void {
  varUint(out, bytes.length)
  out.push(...bytes)
}
const varString = (out: number[], s: string) => varBytes(out, new TextEncoder().encode(s))

function readUint(bytes: Uint8Array, at: { i: number }): number {
  let n = 0
  let mult = 1
  for (;;) {
    const b = bytes[at.i++]!
    n += (b & 0x7f) * mult
    if (b < 0x80) return n
    mult *= 128
  }
}
function readString(bytes: Uint8Array, at: { i: number }): string {
  const len = readUint(bytes, at)
  const s = new TextDecoder().decode(bytes.subarray(at.i, at.i + len))
  at.i += len
  return s
}

export interface RawClient {
  /** 'read-write', 'readonly', or the reason of a refusal. */
  auth: string
  sendUpdate(update: Uint8Array): void
  /** The close code and reason once the server closed the socket. */
  closed(): { code: number; reason: string } | null
  /** How many of our updates the server acknowledged as applied / refused. */
  statuses(): boolean[]
  close(): void
}

export async function rawClient(collab: string, room: string, token: string): Promise<RawClient> {
  const ws = new WebSocket(collab)
  let closed: { code: number; reason: string } | null = null
  const statuses: boolean[] = []
  let auth: string | null = null
  ws.on('close', (code, reason) => (closed = { code, reason: String(reason) }))
  ws.on('error', () => {})
  ws.on('message', (data: Buffer) => {
    const bytes = new Uint8Array(data)
    const at = { i: 0 }
    readString(bytes, at)
    const type = readUint(bytes, at)
    if (type === MESSAGE.auth) {
      const kind = readUint(bytes, at)
      auth = readString(bytes, at)
      if (kind === 1) auth = `refused: ${auth}`
    } else if (type === MESSAGE.syncStatus) statuses.push(readUint(bytes, at) === 1)
  })
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve())
    ws.once('error', reject)
  })
  const hello: number[] = []
  varString(hello, room)
  varUint(hello, MESSAGE.auth)
  varUint(hello, 0)
  varString(hello, token)
  ws.send(Uint8Array.from(hello))
  await eventually(() => auth !== null || closed !== null, 'the server answered the token')
  return {
    auth: auth ?? 'closed',
    sendUpdate(update) {
      const m: number[] = []
      varString(m, room)
      varUint(m, MESSAGE.sync)
      varUint(m, 2)
      varBytes(m, update)
      ws.send(Uint8Array.from(m))
    },
    closed: () => closed,
    statuses: () => statuses,
    close: () => ws.close(),
  }
}

/** An update that adds `value` under `key` in the top-level map `map`, made by a client of its own. */
export function forgedUpdate(map: string, key: string, value: unknown): Uint8Array {
  const doc = new Y.Doc()
  doc.getMap(map).set(key, value)
  return Y.encodeStateAsUpdate(doc)
}
