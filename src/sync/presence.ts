// Presence: who is in the room and what they look at (docs/sync.md, "Presence"). It travels as
// Yjs awareness, never stored. Every state a colleague's browser sends is checked before it is
// shown: a name is text of bounded length, a selection is a list of ids, and so on.
import { Awareness, removeAwarenessStates } from 'y-protocols/awareness'
import type * as Y from 'yjs'

export interface PresenceUser {
  name: string
  /** The role this person speaks for ("OR nurse"), one of the map's roles or typed. */
  role: string
  /** Their colour for rings and the presence bar, e.g. "#e15759". */
  color: string
}

export interface PresenceView {
  /** The state whose pane they work in. */
  pane: string | null
  /** Selected step ids (in `pane`). */
  selection: string[]
  compare: { before: string; after: string } | null
  viewport: { x: number; y: number; zoom: number } | null
  /** The presentation slide they show, or null outside presentation mode. */
  slide: number | null
}

export interface Peer {
  clientId: number
  user: PresenceUser
  view: PresenceView
}

export const EMPTY_VIEW: PresenceView = { pane: null, selection: [], compare: null, viewport: null, slide: null }

const NAME_CHARS = 80

export class Presence {
  readonly awareness: Awareness
  private readonly listeners = new Set<() => void>()
  /** Names of everyone seen in this session, so a notice can name someone who has left. */
  private readonly seen = new Map<number, string>()
  private peers: readonly Peer[] = []
  private self: Peer | null = null
  /** Who I said I am, kept while the page is hidden so it can come back. */
  private user: PresenceUser | null = null

  constructor(doc: Y.Doc) {
    this.awareness = new Awareness(doc)
    // Nothing is said about me until I say who I am.
    this.awareness.setLocalState(null)
    this.awareness.on('change', this.refresh)
  }

  get clientId(): number {
    return this.awareness.clientID
  }

  /** Who I am in this room (from the join page, or the sharer's own name). */
  setUser(user: PresenceUser): void {
    this.user = cleanUser(user)
    const view = (this.awareness.getLocalState()?.view as PresenceView | undefined) ?? EMPTY_VIEW
    this.awareness.setLocalState({ user: this.user, view })
  }

  /** What I look at; the parts given replace mine, the rest stays. Ignored until `setUser`. */
  setView(view: Partial<PresenceView>): void {
    const state = this.awareness.getLocalState()
    if (!state?.user) return
    this.awareness.setLocalStateField('view', cleanView({ ...(state.view as PresenceView), ...view }))
  }

  /** Everyone else in the room with a name, in the order they arrived. */
  getPeers(): readonly Peer[] {
    return this.peers
  }

  /** Me, once I have said who I am. */
  getSelf(): Peer | null {
    return this.self
  }

  /** Called whenever someone arrives, leaves or changes what they look at. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  /** The name of a person by their doc client id, also after they left; null when never seen. */
  nameOf(clientId: number): string | null {
    return this.seen.get(clientId) ?? null
  }

  /** Says I left (the page is going away): colleagues' screens drop me at once. */
  clear(): void {
    removeAwarenessStates(this.awareness, [this.awareness.clientID], 'left')
  }

  /** Back after `clear` (the page was shown again from the browser's cache). */
  restore(): void {
    if (this.user && !this.awareness.getLocalState()) this.awareness.setLocalState({ user: this.user, view: EMPTY_VIEW })
  }

  destroy(): void {
    this.clear()
    this.awareness.off('change', this.refresh)
    this.awareness.destroy()
    this.listeners.clear()
  }

  private readonly refresh = (): void => {
    const peers: Peer[] = []
    let self: Peer | null = null
    for (const [clientId, state] of this.awareness.getStates()) {
      const peer = readPeer(clientId, state)
      if (!peer) continue
      this.seen.set(clientId, peer.user.name)
      if (clientId === this.awareness.clientID) self = peer
      else peers.push(peer)
    }
    this.peers = peers
    this.self = self
    for (const l of this.listeners) l()
  }
}

function readPeer(clientId: number, state: Record<string, unknown>): Peer | null {
  const user = state.user as Partial<PresenceUser> | undefined
  if (!user || typeof user.name !== 'string' || !user.name.trim()) return null
  return { clientId, user: cleanUser(user as PresenceUser), view: cleanView((state.view ?? {}) as Partial<PresenceView>) }
}

const str = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '')
const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : 0)

function cleanUser(u: Partial<PresenceUser>): PresenceUser {
  const color = str(u.color, 30)
  return { name: str(u.name, NAME_CHARS).trim(), role: str(u.role, NAME_CHARS), color: /^#[0-9a-f]{3,8}$/i.test(color) ? color : '#4e79a7' }
}

function cleanView(v: Partial<PresenceView>): PresenceView {
  const compare = v.compare && typeof v.compare.before === 'string' && typeof v.compare.after === 'string' ? { before: str(v.compare.before, 200), after: str(v.compare.after, 200) } : null
  const viewport = v.viewport && typeof v.viewport === 'object' ? { x: num(v.viewport.x), y: num(v.viewport.y), zoom: num(v.viewport.zoom) || 1 } : null
  return {
    pane: typeof v.pane === 'string' ? str(v.pane, 200) : null,
    selection: Array.isArray(v.selection) ? v.selection.filter((s): s is string => typeof s === 'string').slice(0, 5_000) : [],
    compare,
    viewport,
    slide: typeof v.slide === 'number' && Number.isInteger(v.slide) ? v.slide : null,
  }
}
