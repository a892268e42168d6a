// The HTTP side of `flowstate serve`: the health check, the app's files, and an API that answers
// every bad request with a status and a sentence (and keeps running).
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { flowstate } from '../cli/run'
import { post, startServe, tempDir, type ServerProcess } from './process'

let server: ServerProcess
const data = tempDir()

beforeAll(async () => {
  server = await startServe({ dataDir: data.path })
})
afterAll(async () => {
  await server?.stop()
  data.remove()
})

const get = (path: string, init?: RequestInit) => fetch(new URL(path, server.url), init)

describe('GET /healthz', () => {
  it('answers 200 {"ok":true} with the figures monitoring wants, to any origin', async () => {
    const res = await get('/healthz')
    expect(res.status).toBe(200)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    const body = await res.json()
    expect(body).toMatchObject({ ok: true, storage: 'sqlite', redis: false, rooms: 0, connections: 0 })
    expect(body.memory.rssBytes).toBeGreaterThan(0)
  })
})

describe('the app', () => {
  it('serves the app folder: the page, its assets (cached for good) and 404 outside it', async () => {
    const page = await get('/')
    expect(page.status).toBe(200)
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(page.headers.get('cache-control')).toBe('no-cache')
    expect(await page.text()).toContain('flowstate (test page)')
    const asset = await get('/assets/index-test1234.js')
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(asset.headers.get('cache-control')).toContain('immutable')
    expect((await get('/nothing-here.js')).status).toBe(404)
    expect((await get('/%2e%2e/%2e%2e/package.json')).status).toBe(404)
    expect((await get('/..%2f..%2fpackage.json')).status).toBe(404)
    expect((await get('/collab')).status).toBe(426)
  })
})

describe('the API answers bad requests with a status and a sentence', () => {
  it('asks for the host key and refuses a wrong one', async () => {
    const missing = await post(server, '/api/rooms', { room: 'p_1' }, null)
    expect(missing.status).toBe(401)
    expect(missing.body.error).toMatch(/host key is missing/)
    const wrong = await post(server, '/api/rooms', { room: 'p_1' }, 'Bearer not-the-key')
    expect(wrong.status).toBe(403)
    expect(wrong.body.error).toBe('this is not the host key of this server')
  })

  it('says what is wrong with the body: not JSON, not an object, a bad room, a bad access', async () => {
    const notJson = await post(server, '/api/rooms', '{"room": "p_1",')
    expect(notJson.status).toBe(400)
    expect(notJson.body.error).toMatch(/^the request body is not valid JSON/)
    expect((await post(server, '/api/rooms', '[1,2]')).body.error).toBe('the request body must be a JSON object')
    expect((await post(server, '/api/rooms', '')).body.error).toMatch(/has no body/)
    const badRoom = await post(server, '/api/rooms', { room: '../etc/passwd' })
    expect(badRoom.status).toBe(400)
    expect(badRoom.body.error).toMatch(/^room must be the project's id/)
    expect((await post(server, '/api/rooms', { room: 'p_1', name: 42 })).status).toBe(400)
    expect((await post(server, '/api/rooms/p_1/revoke', { access: 'admin' })).body.error).toBe('access must be "edit" or "view"')
    const noRoom = await post(server, '/api/rooms/p_missing/revoke', { access: 'edit' })
    expect(noRoom.status).toBe(404)
    expect(noRoom.body.error).toMatch(/no room p_missing/)
    expect((await post(server, '/api/nothing', {})).status).toBe(404)
  })

  it('refuses a body over the limit with 413', async () => {
    const huge = await post(server, '/api/rooms', { room: 'p_1', name: 'x'.repeat(100_000) })
    expect(huge.status).toBe(413)
    expect(huge.body.error).toMatch(/limit/)
  })

  it('answers a cross-origin preflight, including Chromium\'s private-network question', async () => {
    const res = await get('/api/rooms', { method: 'OPTIONS', headers: { origin: 'https://intranet.example.org', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization, content-type', 'access-control-request-private-network': 'true' } })
    expect(res.status).toBe(204)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('access-control-allow-headers')).toContain('authorization')
    expect(res.headers.get('access-control-allow-private-network')).toBe('true')
  })

  it('is still healthy after all of that', async () => {
    expect((await (await get('/healthz')).json()).ok).toBe(true)
  })
})

describe('flowstate serve on the command line', () => {
  it('explains its options', () => {
    const run = flowstate(['serve', '--help'])
    expect(run.status).toBe(0)
    for (const option of ['--port', '--host', '--data', '--postgres', '--redis', 'FLOWSTATE_SECRET']) expect(run.stdout).toContain(option)
  })

  it('says in one line what is wrong with an option, or with the port', () => {
    expect(flowstate(['serve', '--port', 'eighty']).stderr).toBe('flowstate: --port must be a whole number from 0 to 65535, not "eighty"\n')
    const taken = flowstate(['serve', '--host', '127.0.0.1', '--port', String(server.port), '--data', data.path, '--app', 'tests/fixtures/server/app'])
    expect(taken.status).toBe(2)
    expect(taken.stderr).toBe(`flowstate: port ${server.port} is already in use on 127.0.0.1: stop what runs there, or choose another with --port\n`)
    const shortSecret = flowstate(['serve', '--port', '0', '--data', data.path], { env: { FLOWSTATE_SECRET: 'short' } })
    expect(shortSecret.stderr).toMatch(/FLOWSTATE_SECRET is 5 characters; use at least 16/)
  })
})
