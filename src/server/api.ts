// The HTTP API the share dialog uses (docs/sync.md, "Who gets in"): create a room for a project
// and get its edit and view links, or withdraw (revoke) a link and get a new one. Both need the
// host key (Authorization: Bearer <hostKey>). Answers cross-origin requests, so a flowstate served
// from elsewhere (the intranet's copy, a development server) can share to this server.
import type { IncomingMessage, ServerResponse } from 'node:http'
import { asObject, HttpProblem, readJson, sendJson } from './body'
import { from } from './collab'
import { printable, shortId, type Log } from './log'
import { NAME_MAX, ROOM_NAME, type Rooms } from './rooms'
import { isHostKey, type Access } from './tokens'

export const CORS: Record<string, string> = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers': 'authorization, content-type',
  'access-control-max-age': '600',
}

export interface ApiDeps {
  rooms: Rooms
  secret: Buffer
  log: Log
  /** The address links start with, for a request that came in this way ("http://192.168.1.20:8080/"). */
  linkBase(req: IncomingMessage): string
  /** Closes a revoked link's open connections, in this process and (with Redis) in every other. */
  closeLink(room: string, tokenId: string): Promise<void>
}

/** Answers /api/…; resolves once the answer is sent. */
export async function handleApi(req: IncomingMessage, res: ServerResponse, path: string, deps: ApiDeps): Promise<void> {
  if (req.method === 'OPTIONS') {
    // Chromium asks a page on a public or intranet origin before it may call a laptop's address.
    const privateNetwork = req.headers['access-control-request-private-network'] === 'true' ? { 'access-control-allow-private-network': 'true' } : {}
    res.writeHead(204, { ...CORS, ...privateNetwork })
    res.end()
    return
  }
  const revoke = /^\/api\/rooms\/([^/]+)\/revoke$/.exec(path)
  if (path !== '/api/rooms' && !revoke) throw new HttpProblem(404, `no such API route: ${printable(path)}`)
  if (req.method !== 'POST') throw new HttpProblem(405, `${printable(req.method)} is not allowed here; use POST`)
  const auth = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')
  if (!auth) throw new HttpProblem(401, 'the host key is missing: send Authorization: Bearer <host key> (the key in the facilitator link)')
  if (!isHostKey(deps.secret, auth[1]!)) {
    deps.log.info(`refused an API call with a wrong host key from ${from(req)}`)
    throw new HttpProblem(403, 'this is not the host key of this server')
  }
  const body = asObject(await readJson(req))
  if (revoke) await revokeLink(req, res, decodeRoom(revoke[1]!), body, deps)
  else await createRoom(req, res, body, deps)
}

async function createRoom(req: IncomingMessage, res: ServerResponse, body: Record<string, unknown>, deps: ApiDeps): Promise<void> {
  const room = roomOf(body.room)
  if (body.name !== undefined && typeof body.name !== 'string') throw new HttpProblem(400, 'name must be a string (the project\'s name)')
  const name = ((body.name as string | undefined) ?? '').trim().slice(0, NAME_MAX)
  const made = await deps.rooms.create(room, name, deps.linkBase(req))
  deps.log.info(`${made.created ? 'created' : 'gave out the links of'} room ${room}${name ? ` ("${printable(name, 60)}")` : ''} for ${from(req)}`)
  sendJson(res, made.created ? 201 : 200, { room, created: made.created, edit: made.edit, view: made.view }, CORS)
}

async function revokeLink(req: IncomingMessage, res: ServerResponse, room: string, body: Record<string, unknown>, deps: ApiDeps): Promise<void> {
  if (body.access !== 'edit' && body.access !== 'view') throw new HttpProblem(400, 'access must be "edit" or "view"')
  const access = body.access as Access
  const done = await deps.rooms.revoke(room, access, deps.linkBase(req))
  if (!done) throw new HttpProblem(404, `no room ${printable(room)} on this server; share the project first`)
  await deps.closeLink(room, done.oldId)
  deps.log.info(`revoked the ${access} link ${shortId(done.oldId)} of room ${room}; its connections are closed`)
  sendJson(res, 200, { room, access, token: done.link.token, url: done.link.url }, CORS)
}

function roomOf(value: unknown): string {
  if (typeof value !== 'string' || !ROOM_NAME.test(value)) {
    throw new HttpProblem(400, 'room must be the project\'s id: 1 to 200 letters, digits or . _ ~ - (no spaces or slashes)')
  }
  return value
}

function decodeRoom(part: string): string {
  try {
    return roomOf(decodeURIComponent(part))
  } catch (e) {
    if (e instanceof HttpProblem) throw e
    throw new HttpProblem(400, 'the room in the address is not valid percent-encoding')
  }
}
