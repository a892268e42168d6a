// A shared project while it is open: its doc bridged to the store (SharedDoc), its updates kept
// in this browser (SharedStorage), and, with a link, its connection to the workshop server. To
// the screens it is an EditingSession like a solo project's autosave, plus presence, the
// connection state and conflict notices.
import type { SaveStatus } from '../persistence'
import type { EditingSession } from '../persistence/session'
import type { SharedLink } from '../persistence/db'
import type { ConflictNotice } from './conflicts'
import { collabUrl, Connection, type ConnectionState } from './connection'
import type { Presence } from './presence'
import type { SharedDoc, SharedHost } from './session'
import type { SharedStorage } from './storage'

export interface ConnectOptions {
  /** Node has no WebSocket of its own: tests pass the `ws` package's. */
  WebSocketPolyfill?: unknown
  offlineAfterMs?: number
}

const NOT_CONNECTED: ConnectionState = { status: 'offline', people: 0, unsynced: 0, denied: null }

export class SharedSession implements EditingSession {
  readonly projectId: string
  /** Resolves once the doc is loaded and edits go into it (at once, unless the open showed the stored view first). */
  ready: Promise<void> = Promise.resolve()
  disposed = false
  private connection: Connection | null = null
  private connectOptions: ConnectOptions = {}
  private readonly connectionListeners = new Set<() => void>()
  private readonly stopListening: () => void

  constructor(
    readonly shared: SharedDoc,
    private readonly storage: SharedStorage | null,
    private currentLink: SharedLink | null,
  ) {
    this.projectId = shared.projectId
    const onTransaction = (tr: { origin: unknown; changed: Map<unknown, unknown> }) => {
      if (tr.changed.size > 0 && shared.isLocal(tr.origin)) this.connection?.localChange()
    }
    shared.doc.on('afterTransaction', onTransaction)
    const hide = () => this.presence.clear()
    const show = () => this.presence.restore()
    globalThis.addEventListener?.('pagehide', hide)
    globalThis.addEventListener?.('pageshow', show)
    this.stopListening = () => {
      shared.doc.off('afterTransaction', onTransaction)
      globalThis.removeEventListener?.('pagehide', hide)
      globalThis.removeEventListener?.('pageshow', show)
    }
  }

  /** Where the project is shared; null for a shared doc kept only here (tests). */
  get link(): SharedLink | null {
    return this.currentLink
  }

  /**
   * A new link for this browser (the facilitator replaced the edit link, which closes every
   * connection made with the old one): stored, and the connection starts again with it.
   */
  async relink(link: SharedLink): Promise<void> {
    const unsynced = this.getConnection().unsynced
    this.currentLink = { ...link, unsynced }
    await this.storage?.setLink(this.currentLink)
    this.shared.access = link.access
    if (!this.connection) return
    const options = this.connectOptions
    this.connection.destroy()
    this.connection = null
    this.connect(options)
  }

  /** Who is in the room and what they look at; set my own user and view here. */
  get presence(): Presence {
    return this.shared.presence
  }

  /** 'view' when this browser joined with a view link: the store refuses every edit. */
  get access(): 'edit' | 'view' {
    return this.shared.access
  }

  /** Shows the project in the store and routes its edits through the doc. */
  attach(host: SharedHost): void {
    this.shared.attach(host)
  }

  /** Connects to the workshop server of the link (no-op without a link or when connected). */
  connect(options: ConnectOptions = {}): void {
    if (this.connection || !this.link) return
    this.connectOptions = options
    const presence = this.presence
    this.connection = new Connection({
      url: collabUrl(this.link.server),
      room: this.link.room,
      token: this.link.token,
      doc: this.shared.doc,
      awareness: presence.awareness,
      unsynced: this.link.unsynced ?? 0,
      people: () => presence.getPeers().length + (presence.getSelf() ? 1 : 0),
      ...options,
    })
    this.connection.subscribe(() => {
      this.storage?.setUnsynced(this.connection!.getState().unsynced)
      for (const l of this.connectionListeners) l()
    })
    for (const l of this.connectionListeners) l()
  }

  /** The connection chip's state; "offline" with no people while not connected at all. */
  getConnection(): ConnectionState {
    return this.connection?.getState() ?? { ...NOT_CONNECTED, unsynced: this.link?.unsynced ?? 0 }
  }

  subscribeConnection(listener: () => void): () => void {
    this.connectionListeners.add(listener)
    return () => this.connectionListeners.delete(listener)
  }

  /** "Your label for 'Scan tray' was replaced by Ana's edit": one call per notice. */
  onConflict(listener: (notice: ConflictNotice) => void): () => void {
    return this.shared.onConflict(listener)
  }

  // Saving, as the header's status word and the export see it.
  get updatedAt(): string {
    return this.storage?.updatedAt ?? this.shared.project?.updatedAt ?? ''
  }

  get hasPending(): boolean {
    return this.storage?.hasPending ?? false
  }

  getStatus(): SaveStatus {
    return this.storage?.getStatus() ?? { kind: 'saved', at: this.updatedAt }
  }

  subscribe(listener: (s: SaveStatus) => void): () => void {
    return this.storage?.subscribe(listener) ?? (() => {})
  }

  flush(): Promise<void> {
    return this.storage?.flush() ?? Promise.resolve()
  }

  /** Stores what is pending, leaves the room and lets go of the store. */
  async dispose(): Promise<void> {
    this.disposed = true
    this.presence.clear()
    this.connection?.destroy()
    this.connection = null
    await this.storage?.dispose()
    this.stopListening()
    this.connectionListeners.clear()
    this.shared.destroy()
  }
}
