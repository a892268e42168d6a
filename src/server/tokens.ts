// Who gets in. The server's secret signs everything: the host key (which creates rooms and
// withdraws links) and the room tokens in join links. A token is
// base64url(payload).base64url(HMAC-SHA256(secret, payload)); the payload names the room, the
// access (edit | view) and a random token id. A token is only as good as its id: the room keeps
// the current id per access, and a withdrawn (revoked) link's id is no longer it.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

export type Access = 'edit' | 'view'
export const ACCESSES: readonly Access[] = ['edit', 'view']

export interface TokenClaims {
  room: string
  access: Access
  /** Random, unique per link; what a revoke replaces. */
  id: string
}

const b64url = (bytes: Buffer): string => bytes.toString('base64url')

function mac(secret: Buffer, text: string): Buffer {
  return createHmac('sha256', secret).update(text).digest()
}

/** The facilitator's key for this server: derived from the secret, so it stays the same across restarts. */
export function hostKeyOf(secret: Buffer): string {
  return b64url(mac(secret, 'flowstate host key 1'))
}

/** Whether `offered` is this server's host key (in constant time, so timing tells nothing). */
export function isHostKey(secret: Buffer, offered: string): boolean {
  return sameText(hostKeyOf(secret), offered)
}

export function newTokenId(): string {
  return b64url(randomBytes(12))
}

export function signToken(secret: Buffer, claims: TokenClaims): string {
  const payload = b64url(Buffer.from(JSON.stringify({ v: 1, r: claims.room, a: claims.access, i: claims.id })))
  return `${payload}.${b64url(mac(secret, payload))}`
}

/** The claims of a token this server signed; null for anything else (malformed, forged, another server's). */
export function readToken(secret: Buffer, token: unknown): TokenClaims | null {
  if (typeof token !== 'string' || token.length > 2_000) return null
  const dot = token.indexOf('.')
  if (dot <= 0 || dot !== token.lastIndexOf('.')) return null
  const payload = token.slice(0, dot)
  if (!sameText(b64url(mac(secret, payload)), token.slice(dot + 1))) return null
  let body: unknown
  try {
    body = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
  } catch {
    return null
  }
  const b = body as { v?: unknown; r?: unknown; a?: unknown; i?: unknown }
  if (b.v !== 1 || typeof b.r !== 'string' || typeof b.i !== 'string' || (b.a !== 'edit' && b.a !== 'view')) return null
  return { room: b.r, access: b.a, id: b.i }
}

function sameText(expected: string, offered: string): boolean {
  const a = Buffer.from(expected)
  const b = Buffer.from(offered)
  return a.length === b.length && timingSafeEqual(a, b)
}
