// Rooms and their links: creating a room for a shared project, checking a token when someone
// connects, and withdrawing (revoking) a link. A room keeps one current token id per access; a
// token with any other id is refused.
import type { Storage, RoomRecord } from './storage/types'
import { newTokenId, readToken, signToken, type Access, type TokenClaims } from './tokens'

/** A project's id as a room name: what links, log lines and Redis channels can carry as it is. */
export const ROOM_NAME = /^[A-Za-z0-9._~-]{1,200}$/
export const NAME_MAX = 200

export interface Link {
  token: string
  url: string
}

/** Why a connection was refused, as the client's provider receives it (docs/sync.md). */
export type Refusal = 'invalid-token' | 'wrong-room' | 'unknown-room' | 'link-revoked'

export class Rooms {
  constructor(
    private storage: Storage,
    private secret: Buffer,
  ) {}

  /** Makes the room unless it exists; either way returns its current links. */
  async create(room: string, name: string, base: string): Promise<{ created: boolean; edit: Link; view: Link }> {
    const record: RoomRecord = { room, name, editTokenId: newTokenId(), viewTokenId: newTokenId(), createdAt: new Date().toISOString() }
    const stored = await this.storage.createRoom(record)
    return { created: stored.created, edit: this.link(stored.room, 'edit', base), view: this.link(stored.room, 'view', base) }
  }

  /** A new link for `access`; the old one's id is replaced, so its token is refused from now on. Null: no such room. */
  async revoke(room: string, access: Access, base: string): Promise<{ link: Link; oldId: string } | null> {
    const record = await this.storage.getRoom(room)
    if (!record) return null
    const oldId = access === 'edit' ? record.editTokenId : record.viewTokenId
    const id = newTokenId()
    await this.storage.setTokenId(room, access, id)
    return { link: this.link({ ...record, [access === 'edit' ? 'editTokenId' : 'viewTokenId']: id }, access, base), oldId }
  }

  /** The claims of a token that may open `room` now, or why not. */
  async admit(room: string, token: unknown): Promise<TokenClaims | Refusal> {
    const claims = readToken(this.secret, token)
    if (!claims) return 'invalid-token'
    if (claims.room !== room) return 'wrong-room'
    const record = await this.storage.getRoom(room)
    if (!record) return 'unknown-room'
    return claims.id === (claims.access === 'edit' ? record.editTokenId : record.viewTokenId) ? claims : 'link-revoked'
  }

  private link(record: RoomRecord, access: Access, base: string): Link {
    const token = signToken(this.secret, { room: record.room, access, id: access === 'edit' ? record.editTokenId : record.viewTokenId })
    return { token, url: `${base}#/join/${encodeURIComponent(record.room)}/${encodeURIComponent(token)}` }
  }
}
