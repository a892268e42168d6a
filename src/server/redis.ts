// Several server processes behind a load balancer (--redis URL): Hocuspocus's Redis extension
// passes every document update and presence change between the processes that have a room open.
// Its lock around storing is switched off: each process stores its own state and the storage
// merges what another process stored meanwhile (storage/types.ts), so no process's store is
// skipped. A revoked link is announced on a channel of our own, so every process closes the
// connections that came in through it.
import { Redis } from '@hocuspocus/extension-redis'
import { reason, type Log } from './log'

class SharedRooms extends Redis {
  override async onStoreDocument(): Promise<void> {}
  override async afterStoreDocument(): Promise<void> {}
}

export interface RedisLink {
  extension: Redis
  /** Tells every other process to close the connections of a revoked link. */
  announceRevoked(room: string, tokenId: string): Promise<void>
  close(): Promise<void>
}

export async function connectRedis(url: string, prefix: string, log: Log, onRevoked: (room: string, tokenId: string) => void): Promise<RedisLink> {
  const u = new URL(url)
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') throw new Error(`--redis must be a redis:// or rediss:// URL, not ${u.protocol}`)
  const db = Number(u.pathname.slice(1) || 0)
  const extension = new SharedRooms({
    host: u.hostname,
    port: Number(u.port || 6379),
    prefix,
    options: {
      username: u.username ? decodeURIComponent(u.username) : undefined,
      password: u.password ? decodeURIComponent(u.password) : undefined,
      db: Number.isInteger(db) ? db : 0,
      tls: u.protocol === 'rediss:' ? {} : undefined,
      // Fail a command instead of queueing it for ever while Redis is away.
      maxRetriesPerRequest: 3,
    },
  })
  const channel = `${prefix}:#revoked`
  const sub = extension.pub.duplicate()
  let down = false
  for (const client of [extension.pub, extension.sub, sub]) {
    client.on('error', (e: unknown) => {
      if (!down) log.problem(`Redis at ${u.hostname}:${u.port || 6379}: ${reason(e)}; other processes do not see this one's changes until it is back`)
      down = true
    })
    client.on('ready', () => {
      if (down) log.info(`Redis at ${u.hostname}:${u.port || 6379} is back`)
      down = false
    })
  }
  try {
    await withTimeout(extension.pub.ping(), 5_000)
    await sub.subscribe(channel)
  } catch (e) {
    extension.pub.disconnect()
    extension.sub.disconnect()
    sub.disconnect()
    throw new Error(`cannot reach Redis at ${u.hostname}:${u.port || 6379} (${reason(e)})`, { cause: e })
  }
  sub.on('message', (_channel: string, text: string) => {
    try {
      const m = JSON.parse(text) as { room?: unknown; tokenId?: unknown }
      if (typeof m.room === 'string' && typeof m.tokenId === 'string') onRevoked(m.room, m.tokenId)
    } catch {
      // not ours
    }
  })
  return {
    extension,
    async announceRevoked(room, tokenId) {
      await extension.pub.publish(channel, JSON.stringify({ room, tokenId }))
    },
    async close() {
      sub.disconnect()
    },
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([promise, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms / 1000} s`)), ms).unref())])
}
