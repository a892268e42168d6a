// `flowstate serve`: one Node process, one port. The built app, GET /healthz, the HTTP API
// (/api/rooms) and the WebSocket endpoint /collab (Hocuspocus). See docs/server.md.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { WebSocketServer, type WebSocket } from 'ws'
import { linkBase } from './addresses'
import { CORS, handleApi } from './api'
import { ensureApp, projectRoot } from './appBuild'
import { HttpProblem, sendJson, sendProblem } from './body'
import { createCollab, type Collab } from './collab'
import { reason, type Log } from './log'
import { connectRedis, type RedisLink } from './redis'
import { Rooms } from './rooms'
import { loadSecret } from './secret'
import { serveStatic } from './static'
import { openPostgres } from './storage/postgres'
import { openSqlite } from './storage/sqlite'
import type { Storage } from './storage/types'
import { hostKeyOf } from './tokens'
import { DocumentWriter } from './writer'

/** The largest WebSocket message accepted: a whole 5,000-step project is about 2 MB. */
export const MAX_MESSAGE_BYTES = 32 * 1024 * 1024

export interface ServeOptions {
  /** 0: any free port (the one chosen is in RunningServer.port). */
  port: number
  host: string
  dataDir: string
  postgres?: string
  redis?: string
  redisPrefix: string
  /** The address people reach the server at when it is behind a proxy ("https://flowstate.example.org/"). */
  publicUrl?: string
  /** A built app to serve instead of this checkout's dist/. */
  appDir?: string
  log: Log
  env?: NodeJS.ProcessEnv
}

export interface RunningServer {
  port: number
  hostKey: string
  storage: string
  secretSource: string
  appDir: string
  writeServerRecords: Collab['writeServerRecords']
  /** Stores every open document, closes every connection; resolves with what was stored. */
  stop(): Promise<{ rooms: number; failed: string[] }>
}

export async function startServer(o: ServeOptions): Promise<RunningServer> {
  const { log } = o
  const secret = loadSecret(o.dataDir, o.env)
  const appDir = o.appDir ?? (await ensureApp(projectRoot(), log))
  const storage: Storage = o.postgres ? await openPostgres(o.postgres) : openSqlite(o.dataDir)
  let redis: RedisLink | undefined
  let stopping = false
  try {
    const writer = new DocumentWriter(storage, log)
    const rooms = new Rooms(storage, secret.value)
    // Revocations from other processes may only arrive once the rooms are served here.
    const served: { collab?: Collab } = {}
    if (o.redis) redis = await connectRedis(o.redis, o.redisPrefix, log, (room, id) => served.collab?.closeLink(room, id))
    const c = createCollab({ storage, writer, rooms, log, extensions: redis ? [redis.extension] : [], stopping: () => stopping })
    served.collab = c
    let port = o.port
    const base = (req: IncomingMessage) => linkBase(req, { publicUrl: o.publicUrl, host: o.host, port })
    const apiDeps = {
      rooms,
      secret: secret.value,
      log,
      linkBase: base,
      async closeLink(room: string, tokenId: string) {
        c.closeLink(room, tokenId)
        await redis?.announceRevoked(room, tokenId)
      },
    }

    const health = async (res: ServerResponse) => {
      const memory = process.memoryUsage()
      const cpu = process.cpuUsage()
      const figures = {
        rooms: c.hocuspocus.getDocumentsCount(),
        connections: c.hocuspocus.getConnectionsCount(),
        storage: o.postgres ? 'postgresql' : 'sqlite',
        redis: Boolean(o.redis),
        uptimeSeconds: Math.round(process.uptime()),
        memory: { rssBytes: memory.rss, heapUsedBytes: memory.heapUsed },
        cpuSeconds: Math.round((cpu.user + cpu.system) / 1e4) / 100,
      }
      try {
        await storage.check()
        sendJson(res, stopping ? 503 : 200, { ok: !stopping, ...(stopping ? { problem: 'the server is stopping' } : {}), ...figures }, CORS)
      } catch (e) {
        sendJson(res, 503, { ok: false, problem: `the database cannot be reached (${reason(e)})`, ...figures }, CORS)
      }
    }

    const http = createServer(async (req, res) => {
      let path = '/'
      try {
        path = new URL(req.url ?? '/', 'http://server').pathname
        if (path === '/healthz') return await health(res)
        if (path === '/api' || path.startsWith('/api/')) return await handleApi(req, res, path, apiDeps)
        if (path === '/collab') throw new HttpProblem(426, 'this is the WebSocket endpoint of workshop rooms; connect with a WebSocket')
        serveStatic(req, res, appDir, path)
      } catch (e) {
        if (e instanceof HttpProblem) return sendProblem(res, e.status, e.message, { ...CORS, ...(e.status === 413 ? { connection: 'close' } : {}) })
        log.problem(`failed to answer ${req.method} ${path}: ${reason(e)}`)
        if (!res.headersSent) sendProblem(res, 500, 'the server failed to answer; its log says why', CORS)
        else res.destroy()
      }
    })
    http.requestTimeout = 30_000
    http.headersTimeout = 20_000

    const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES })
    http.on('upgrade', (req, socket, head) => {
      socket.on('error', () => {})
      const path = new URL(req.url ?? '/', 'http://server').pathname
      if (path !== '/collab' || stopping) {
        socket.end(`HTTP/1.1 ${stopping ? '503 Service Unavailable' : '404 Not Found'}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`)
        return
      }
      wss.handleUpgrade(req, socket, head, (ws: WebSocket) => {
        // A message over the limit, or a broken frame, is that connection's problem, never the server's.
        ws.on('error', (e) => log.info(`closed a connection after a WebSocket error: ${reason(e)}`))
        c.hocuspocus.handleConnection(ws, req)
      })
    })

    await new Promise<void>((resolve, reject) => {
      http.once('error', reject)
      http.listen(o.port, o.host, () => {
        http.off('error', reject)
        resolve()
      })
    })
    http.on('error', (e) => log.problem(`HTTP server: ${reason(e)}`))
    port = (http.address() as AddressInfo).port

    return {
      port,
      hostKey: hostKeyOf(secret.value),
      storage: storage.description,
      secretSource: secret.source,
      appDir,
      writeServerRecords: c.writeServerRecords,
      async stop() {
        stopping = true
        http.close()
        const rooms = c.hocuspocus.getDocumentsCount()
        const failed = await c.storeAll()
        for (const ws of wss.clients) ws.close(1001, 'server stopping')
        await waitFor(() => wss.clients.size === 0, 2_000)
        for (const ws of wss.clients) ws.terminate()
        // Closing the last connection of a room stores it once more (the same state); let that finish.
        await waitFor(() => c.hocuspocus.getDocumentsCount() === 0, 3_000)
        await writer.flush()
        writer.close()
        if (redis) {
          await redis.extension.onDestroy()
          await redis.close()
        }
        await storage.close()
        http.closeAllConnections()
        return { rooms, failed }
      },
    }
  } catch (e) {
    await redis?.close().catch(() => {})
    await storage.close().catch(() => {})
    throw e
  }
}

async function waitFor(done: () => boolean, ms: number): Promise<void> {
  const until = Date.now() + ms
  while (!done() && Date.now() < until) await new Promise((r) => setTimeout(r, 50))
}
