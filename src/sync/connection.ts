// The connection to a workshop server: HocuspocusProvider 3.4 on one Y.Doc and its presence,
// reduced to what the connection chip says: connected (and how many people), connecting,
// reconnecting or offline, and how many of my changes have not reached the server yet.
import { HocuspocusProvider, WebSocketStatus } from '@hocuspocus/provider'
import type { Awareness } from 'y-protocols/awareness'
import type * as Y from 'yjs'

export type ConnectionStatus = 'connecting' | 'connected' | 'reconnecting' | 'offline'

export interface ConnectionState {
  status: ConnectionStatus
  /** People in the room with a name, me included (0 until I have said who I am). */
  people: number
  /** My changes the server has not confirmed yet ("3 changes not yet on the server"); 0 = all on the server. */
  unsynced: number
  /** Why the server turned this browser away (a revoked or wrong link), or null. */
  denied: string | null
}

export interface ConnectionOptions {
  /** The WebSocket address of the server's collaboration endpoint, e.g. "ws://192.168.1.20:8080/collab". */
  url: string
  /** The room: the project's id. */
  room: string
  token: string
  doc: Y.Doc
  awareness: Awareness
  /** My changes not confirmed when the connection starts (kept across reloads). */
  unsynced?: number
  /** People in the room, me included (from presence). */
  people: () => number
  /** Node has no WebSocket of its own: tests pass the `ws` package's. */
  WebSocketPolyfill?: unknown
  /** After this long without the server the chip says "Offline" instead of "Reconnecting". */
  offlineAfterMs?: number
}

export const DENIED_MESSAGE = 'The workshop server did not accept this link: it may have been replaced by a new one. Ask the facilitator for the current link.'

/** The collaboration endpoint of a server given by its page address ("http://host:8080" → "ws://host:8080/collab"). */
export function collabUrl(server: string): string {
  const u = new URL(server)
  u.protocol = u.protocol === 'https:' ? 'wss:' : 'ws:'
  u.pathname = `${u.pathname.replace(/\/+$/, '')}/collab`
  u.hash = ''
  u.search = ''
  return u.toString()
}

export class Connection {
  private readonly provider: HocuspocusProvider
  private readonly listeners = new Set<() => void>()
  private state: ConnectionState
  private everConnected = false
  private lostAt = 0
  private offlineTimer: ReturnType<typeof setTimeout> | undefined
  private readonly offlineAfterMs: number
  private destroyed = false

  constructor(private readonly options: ConnectionOptions) {
    this.offlineAfterMs = options.offlineAfterMs ?? 8_000
    this.state = { status: 'connecting', people: options.people(), unsynced: options.unsynced ?? 0, denied: null }
    this.provider = new HocuspocusProvider({
      url: options.url,
      name: options.room,
      document: options.doc,
      awareness: options.awareness,
      token: options.token,
      // A workshop wants a dropped laptop back within seconds, not after the default 30 s backoff.
      maxDelay: 4_000,
      ...(options.WebSocketPolyfill ? { WebSocketPolyfill: options.WebSocketPolyfill } : {}),
    } as ConstructorParameters<typeof HocuspocusProvider>[0])
    this.provider.on('status', ({ status }: { status: WebSocketStatus }) => this.onStatus(status))
    // A server stopping gracefully closes the room first, over a socket that stays open: close
    // the socket too, so the provider keeps trying until the server is back.
    this.provider.on('close', () => {
      const socket = this.provider.configuration.websocketProvider.webSocket
      if (socket?.readyState === 1) socket.close()
      this.onStatus(WebSocketStatus.Disconnected)
    })
    this.provider.on('synced', () => this.checkSynced())
    this.provider.on('unsyncedChanges', () => this.checkSynced())
    this.provider.on('authenticationFailed', () => {
      this.update({ status: 'offline', denied: DENIED_MESSAGE })
      this.provider.disconnect()
    })
    options.awareness.on('change', this.onPeople)
    globalThis.addEventListener?.('online', this.onOnline)
    globalThis.addEventListener?.('offline', this.onOffline)
  }

  getState(): ConnectionState {
    return this.state
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** A local change was made (my edit, undo or redo): one more change not yet on the server. */
  localChange(): void {
    this.update({ unsynced: this.state.unsynced + 1 })
    // While connected the provider sends it at once; its acknowledgement brings the count back to 0.
  }

  /** Closes the connection (the project is closed); my presence leaves with it. */
  destroy(): void {
    if (this.destroyed) return
    this.destroyed = true
    clearTimeout(this.offlineTimer)
    this.options.awareness.off('change', this.onPeople)
    globalThis.removeEventListener?.('online', this.onOnline)
    globalThis.removeEventListener?.('offline', this.onOffline)
    this.provider.destroy()
    this.listeners.clear()
  }

  private onStatus(status: WebSocketStatus): void {
    if (status === WebSocketStatus.Connected) {
      this.everConnected = true
      clearTimeout(this.offlineTimer)
      return this.update({ status: 'connected', denied: null })
    }
    if (status === WebSocketStatus.Connecting) {
      if (this.state.status !== 'offline') this.update({ status: this.everConnected ? 'reconnecting' : 'connecting' })
      return
    }
    // Disconnected: say "Reconnecting" for a few seconds, then "Offline".
    if (this.state.status === 'connected' || this.lostAt === 0) this.lostAt = Date.now()
    if (this.state.status !== 'offline') this.update({ status: this.everConnected ? 'reconnecting' : 'connecting' })
    clearTimeout(this.offlineTimer)
    this.offlineTimer = setTimeout(() => {
      if (this.state.status !== 'connected') this.update({ status: 'offline' })
    }, Math.max(0, this.lostAt + this.offlineAfterMs - Date.now()))
  }

  /** Every change sent and acknowledged by the server: nothing left only on this laptop. */
  private checkSynced(): void {
    if (this.state.status === 'connected' && this.provider.isSynced && this.provider.unsyncedChanges === 0 && this.state.unsynced !== 0) this.update({ unsynced: 0 })
  }

  private readonly onPeople = (): void => {
    const people = this.options.people()
    if (people !== this.state.people) this.update({ people })
  }

  private readonly onOnline = (): void => {
    if (this.state.denied) return
    this.lostAt = Date.now()
    void this.provider.connect()
  }

  private readonly onOffline = (): void => {
    this.update({ status: 'offline' })
  }

  private update(patch: Partial<ConnectionState>): void {
    if (this.destroyed) return
    this.state = { ...this.state, ...patch }
    if (this.state.status === 'connected') this.lostAt = 0
    for (const l of this.listeners) l()
  }
}
