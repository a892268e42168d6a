// Several processes behind a load balancer: two `flowstate serve` processes sharing one
// PostgreSQL database and one Redis, a laptop on each: they converge, a revoke on one closes the
// link's connections on the other, and the rooms outlive both processes. Skipped (saying why)
// where PostgreSQL or Redis is not running; under CI=true they must be there.
import { connect as tcp } from 'node:net'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connect, type Client } from './clients'
import { createRoom, eventually, post, startServe, tempDir, type ServerProcess } from './process'

const POSTGRES = process.env.FLOWSTATE_TEST_POSTGRES ?? 'postgres://postgres@127.0.0.1:5432/test'
const REDIS = process.env.FLOWSTATE_TEST_REDIS ?? 'redis://127.0.0.1:6379'
// Our own schema and key prefix: two people's test runs on one machine never meet.
const RUN = `${process.pid}_${Math.random().toString(36).slice(2, 8)}`
const SCHEMA = `flowstate_test_${RUN}`
const withSchema = `${POSTGRES}${POSTGRES.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${SCHEMA}`)}`
const SECRET = 'one secret for every process of this test'

async function postgresProblem(): Promise<string | null> {
  const client = new pg.Client({ connectionString: POSTGRES, connectionTimeoutMillis: 3_000 })
  try {
    await client.connect()
    await client.query(`CREATE SCHEMA ${SCHEMA}`)
    return null
  } catch (e) {
    return `PostgreSQL at ${POSTGRES}: ${(e as Error).message}`
  } finally {
    await client.end().catch(() => {})
  }
}

function redisProblem(): Promise<string | null> {
  const u = new URL(REDIS)
  return new Promise((resolve) => {
    const socket = tcp({ host: u.hostname, port: Number(u.port || 6379) })
    const done = (problem: string | null) => {
      socket.destroy()
      resolve(problem)
    }
    socket.setTimeout(3_000, () => done(`Redis at ${REDIS}: no answer`))
    socket.once('error', (e) => done(`Redis at ${REDIS}: ${e.message}`))
    socket.once('connect', () => socket.write('PING\r\n'))
    socket.once('data', (d) => done(String(d).startsWith('+PONG') ? null : `Redis at ${REDIS} answered ${String(d).trim()}`))
  })
}

const problems = (await Promise.all([postgresProblem(), redisProblem()])).filter((p): p is string => p !== null)
if (problems.length > 0) {
  if (process.env.CI === 'true') throw new Error(`CI=true, but the scale-out tests need PostgreSQL and Redis: ${problems.join('; ')}`)
  console.log(`skipping the PostgreSQL + Redis tests: ${problems.join('; ')} (set FLOWSTATE_TEST_POSTGRES / FLOWSTATE_TEST_REDIS, or run them)`)
}

describe.skipIf(problems.length > 0)('two processes, one PostgreSQL, one Redis', () => {
  const servers: ServerProcess[] = []
  const clients: Client[] = []
  const dirs = [tempDir(), tempDir(), tempDir()]
  const serve = async (i: number) => {
    const s = await startServe({ dataDir: dirs[i]!.path, args: ['--postgres', withSchema, '--redis', REDIS, '--redis-prefix', `flowstate-test-${RUN}`], env: { FLOWSTATE_SECRET: SECRET } })
    servers.push(s)
    return s
  }
  const join = (s: ServerProcess, room: string, token: string) => {
    const c = connect(s.collab, room, token)
    clients.push(c)
    return c
  }
  let one: ServerProcess
  let two: ServerProcess

  beforeAll(async () => {
    ;[one, two] = await Promise.all([serve(0), serve(1)])
  })
  afterAll(async () => {
    for (const c of clients) c.destroy()
    for (const s of servers) await s.kill()
    for (const d of dirs) d.remove()
    const client = new pg.Client({ connectionString: POSTGRES })
    await client.connect()
    await client.query(`DROP SCHEMA IF EXISTS ${SCHEMA} CASCADE`)
    await client.end()
  })

  it('given a laptop on each process, when both edit one room, then both see everything', async () => {
    expect(one.output()).toMatch(/Data: +PostgreSQL 127\.0\.0\.1:5432\/test/)
    const links = await createRoom(one, 'p_scaled')
    const a = join(one, 'p_scaled', links.edit.token)
    const b = join(two, 'p_scaled', links.edit.token)
    await Promise.all([a.synced(), b.synced()])
    a.doc.getMap('steps').set('s_a', 'Scan tray')
    b.doc.getMap('steps').set('s_b', 'Check implants')
    for (let i = 0; i < 20; i++) (i % 2 ? a : b).doc.getMap('steps').set(`s_${i}`, `Step ${i}`)
    await eventually(() => a.doc.getMap('steps').size === 22 && b.doc.getMap('steps').size === 22, 'both laptops have all 22 steps')
    expect(a.doc.getMap('steps').toJSON()).toEqual(b.doc.getMap('steps').toJSON())
  })

  it('given a viewer on the other process, when its link is revoked, then that process closes it too', async () => {
    const links = await createRoom(one, 'p_scaled_revoke')
    const viewer = join(two, 'p_scaled_revoke', links.view.token)
    await viewer.synced()
    const r = await post(one, '/api/rooms/p_scaled_revoke/revoke', { access: 'view' })
    expect(r.status).toBe(200)
    await eventually(() => viewer.refused() === 'link-revoked', 'the viewer on the other process is refused').catch((e) => {
      throw new Error(`${(e as Error).message}; the viewer's refusal: ${viewer.refused()}; the other process said:\n${two.output().slice(-3000)}`)
    })
  })

  it('given both processes stopped, when a third starts on the same database, then the room is all there', async () => {
    const links = await createRoom(one, 'p_scaled')
    const a = clients[0]!
    await a.allSent()
    await clients[1]!.allSent()
    expect(await one.stop()).toBe(0)
    expect(await two.stop()).toBe(0)
    const three = await serve(2)
    const c = join(three, 'p_scaled', links.view.token)
    await c.synced()
    expect(c.doc.getMap('steps').size).toBe(22)
  })
})
