// The WebSocket side (/collab): Hocuspocus 3.4 with flowstate's hooks. A token decides who gets
// into a room and whether as an editor or a viewer (read-only on the server: Hocuspocus itself
// refuses a read-only connection's document updates); the guard refuses writes to server-only
// records; documents load from and store to the storage through the writer.
import { Hocuspocus, type Connection, type Extension } from '@hocuspocus/server'
import type { IncomingMessage } from 'node:http'
import * as Y from 'yjs'
import { MessageGuard, type Refused } from './guard'
import { printable, shortId, type Log } from './log'
import type { Rooms } from './rooms'
import type { Storage } from './storage/types'
import type { Access } from './tokens'
import type { DocumentWriter } from './writer'

export interface LinkContext {
  room: string
  access: Access
  tokenId: string
}

/** The origin of server-only writes in a room's document. */
export const SERVER_ORIGIN = 'flowstate-server'

export interface CollabDeps {
  storage: Storage
  writer: DocumentWriter
  rooms: Rooms
  log: Log
  extensions: Extension[]
  /** True once a stop began: from then on no update is applied (clients keep theirs and resend). */
  stopping: () => boolean
}

export function createCollab({ storage, writer, rooms, log, extensions, stopping }: CollabDeps) {
  const guard = new MessageGuard()
  const hocuspocus = new Hocuspocus({
    name: 'flowstate',
    quiet: true,
    debounce: 2_000,
    maxDebounce: 10_000,
    extensions,
    async onAuthenticate({ token, documentName, connectionConfig, request }) {
      const admitted = await rooms.admit(documentName, token)
      if (typeof admitted === 'string') {
        log.info(`refused a connection to room ${printable(documentName)} from ${from(request)}: ${admitted}`)
        throw { reason: admitted }
      }
      if (admitted.access === 'view') connectionConfig.readOnly = true
      const context: LinkContext = { room: documentName, access: admitted.access, tokenId: admitted.id }
      return context
    },
    async connected({ context, request }) {
      const c = context as LinkContext
      log.info(`joined room ${c.room} to ${c.access === 'edit' ? 'edit' : 'view'} (link ${shortId(c.tokenId)}) from ${from(request)}`)
    },
    async onDisconnect({ context, clientsCount }) {
      const c = context as Partial<LinkContext>
      if (c.room) log.info(`left room ${c.room} (${c.access}, link ${shortId(c.tokenId ?? '')}); ${clientsCount} still connected`)
    },
    async onLoadDocument({ documentName, document }) {
      // A write of this room may still be on its way (the room was just left and entered again).
      await writer.settled(documentName)
      const stored = await storage.loadDocument(documentName)
      if (stored && stored.state.length > 0) Y.applyUpdate(document, stored.state)
      writer.loaded(documentName, stored?.version ?? null)
    },
    async onStoreDocument({ documentName, document }) {
      writer.schedule(documentName, Y.encodeStateAsUpdate(document))
    },
    async afterUnloadDocument({ documentName, instance }) {
      await writer.forget(documentName)
      if (instance.documents.has(documentName)) writer.loaded(documentName, null)
    },
    async beforeHandleMessage({ connection, document, update }) {
      try {
        await guard.check(document, connection, update, stopping())
      } catch (e) {
        const r = e as Refused
        const c = connection.context as LinkContext
        if (r.detail) log.problem(`refused ${r.detail} (room ${c.room}, ${c.access} link ${shortId(c.tokenId)}, from ${from(connection.request)}); closed that connection`)
        closeSocket(connection, r.code, r.reason)
        throw { code: r.code, reason: r.reason }
      }
    },
  })

  return {
    hocuspocus,

    /** Closes the open connections that came in through one link (after it was revoked). */
    closeLink(room: string, tokenId: string): number {
      let closed = 0
      for (const connection of hocuspocus.documents.get(room)?.getConnections() ?? []) {
        if ((connection.context as LinkContext).tokenId !== tokenId) continue
        connection.close({ code: 4403, reason: 'link-revoked' })
        closeSocket(connection, 4403, 'link-revoked')
        closed++
      }
      return closed
    },

    /** Hands every open document to the writer and waits for the writes; returns the rooms that failed. */
    async storeAll(): Promise<string[]> {
      for (const [name, doc] of hocuspocus.documents) writer.schedule(name, Y.encodeStateAsUpdate(doc))
      return writer.flush()
    },

    /**
     * Writes server-only records (the top-level map `map`, by default `signoffs`) into a room's
     * document. Stored before anyone sees it: a crash after this resolves loses nothing, and no
     * client can ever hold a record the server does not have. Throws when the room does not exist.
     */
    async writeServerRecords(room: string, write: (records: Y.Map<unknown>) => void, map = 'signoffs'): Promise<void> {
      if (!(await storage.getRoom(room))) throw new Error(`no room ${room}`)
      const connection = await hocuspocus.openDirectConnection(room, { server: true })
      try {
        const live = connection.document!
        const scratch = new Y.Doc()
        Y.applyUpdate(scratch, Y.encodeStateAsUpdate(live))
        const before = Y.encodeStateVector(scratch)
        scratch.transact(() => write(scratch.getMap(map)))
        const delta = Y.encodeStateAsUpdate(scratch, before)
        scratch.destroy()
        await writer.append(room, delta)
        Y.applyUpdate(live, delta, SERVER_ORIGIN)
      } finally {
        await connection.disconnect()
      }
    },
  }
}

export type Collab = ReturnType<typeof createCollab>

function closeSocket(connection: Connection, code: number, reason: string): void {
  try {
    connection.webSocket.close(code, reason)
  } catch {
    // already closing
  }
}

/** Where a connection or request came from, for the log (the proxy's word for it when behind one). */
export function from(request: IncomingMessage | undefined): string {
  const forwarded = request?.headers['x-forwarded-for']
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim()
  return printable(first || request?.socket.remoteAddress || 'unknown', 60)
}
