// The offline worker written at build time (scripts/offline.ts): what it keeps, and how a newer
// build takes over. The worker's script runs here against a stand-in of the browser's cache storage.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { runInNewContext } from 'node:vm'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { offline, precacheList } from '../../scripts/offline'

const bundle = { 'index.html': {}, 'assets/index-abc.js': {}, 'assets/index-abc.js.map': {}, 'assets/diff.worker-def.js': {}, 'assets/index-ghi.css': {} }

let publicDir: string | undefined
afterEach(() => {
  if (publicDir) rmSync(publicDir, { recursive: true, force: true })
  publicDir = undefined
})

/** A public/ folder holding the manifest and icons, as the app's does. */
function givenPublicFiles(files: Record<string, string>): string {
  publicDir = mkdtempSync(join(tmpdir(), 'flowstate-public-'))
  for (const [name, content] of Object.entries(files)) writeFileSync(join(publicDir, name), content)
  return publicDir
}

/** Runs the plugin's build hooks as Vite does and returns the sw.js it emits. */
function buildWorker(dir: string): string {
  const plugin = offline() as unknown as {
    configResolved(config: object): void
    generateBundle(this: object, options: object, bundle: object): void
  }
  plugin.configResolved({ publicDir: dir, build: { copyPublicDir: true } })
  let source = ''
  plugin.generateBundle.call({ emitFile: (f: { fileName: string; source: string }) => f.fileName === 'sw.js' && (source = f.source) }, {}, bundle)
  return source
}

const keptFiles = (sw: string): string[] => JSON.parse(/const FILES = (\[.*\])/.exec(sw)![1]!)

describe('what the offline worker keeps', () => {
  it('given a build with a manifest and icons in public/, then the worker keeps the page, every bundle file, the manifest and the icons, and no source map', () => {
    const sw = buildWorker(givenPublicFiles({ 'manifest.webmanifest': '{}', 'icon.svg': '<svg/>', 'icon-192.png': 'png' }))

    expect(keptFiles(sw)).toEqual(['./', 'assets/diff.worker-def.js', 'assets/index-abc.js', 'assets/index-ghi.css', 'icon-192.png', 'icon.svg', 'manifest.webmanifest'])
  })

  it('given a new icon under the same name, then the worker is a new one (the browser installs it and the notice offers it)', () => {
    const before = buildWorker(givenPublicFiles({ 'icon.svg': '<svg/>' }))
    writeFileSync(join(publicDir!, 'icon.svg'), '<svg><rect/></svg>')
    const after = buildWorker(publicDir!)

    expect(after).not.toBe(before)
  })

  it('given the page and the worker among the files, then neither is listed twice or kept as itself', () => {
    expect(precacheList(['index.html', 'sw.js', 'a.js'], ['a.js', 'icon.svg'])).toEqual(['./', 'a.js', 'icon.svg'])
  })
})

/** The worker's script in a stand-in of its global scope: cache storage in creation order, events, skipWaiting. */
function runWorker(sw: string, scope: string, existingKeeps: string[]) {
  const keeps = new Map<string, Map<string, string>>(existingKeeps.map((k) => [k, new Map([['x', k]])]))
  const handlers = new Map<string, (event: unknown) => void>()
  const self = {
    registration: { scope },
    location: { origin: 'https://intranet.example' },
    skipWaiting: vi.fn(),
    clients: { claim: vi.fn(async () => {}) },
    addEventListener: (type: string, handler: (event: unknown) => void) => handlers.set(type, handler),
  }
  const caches = {
    keys: async () => [...keeps.keys()],
    delete: async (k: string) => keeps.delete(k),
    open: async (k: string) => {
      const keep = keeps.get(k) ?? new Map<string, string>()
      keeps.set(k, keep)
      return { addAll: async (urls: string[]) => urls.forEach((u) => keep.set(u, `${u} kept in ${k}`)) }
    },
    match: async (request: string | { url: string }, options: { cacheName: string }) => {
      const url = new URL(typeof request === 'string' ? request : request.url, scope).href
      return keeps.get(options.cacheName)?.get(url.slice(scope.length) || './')
    },
  }
  const fetch = vi.fn(async (request: { url: string }) => `from the network: ${request.url}`)
  runInNewContext(sw, { self, caches, fetch, URL, Promise })
  const dispatch = async (type: string, data?: unknown) => {
    let done: Promise<unknown> = Promise.resolve()
    handlers.get(type)!({ data, waitUntil: (p: Promise<unknown>) => (done = p) })
    await done
  }
  /** What the worker answers for a request from a page (a navigation when `navigate`). */
  const ask = async (url: string, navigate = false): Promise<unknown> => {
    let answer: Promise<unknown> = Promise.resolve('not answered: the browser asks the network')
    handlers.get('fetch')!({ request: { url, method: 'GET', mode: navigate ? 'navigate' : 'cors' }, respondWith: (p: Promise<unknown>) => (answer = p) })
    return answer
  }
  return { self, keeps, fetch, dispatch, ask }
}

describe('a newer build taking over', () => {
  const scope = 'https://intranet.example/dept/flowstate/'
  const prefix = `flowstate ${scope} `

  it('given a newer worker installed, then it takes over only when the page says so', async () => {
    const worker = runWorker(buildWorker(givenPublicFiles({ 'icon.svg': '<svg/>' })), scope, [])
    await worker.dispatch('install')
    expect(worker.self.skipWaiting).not.toHaveBeenCalled()

    await worker.dispatch('message', { type: 'take-over' })
    expect(worker.self.skipWaiting).toHaveBeenCalledTimes(1)
  })

  it('given keeps of two older builds and of a copy of flowstate in another folder, when the newer worker activates, then the previous build stays for tabs still open on it, the one before goes, and the other folder keeps its files', async () => {
    const otherFolder = 'flowstate https://intranet.example/dept/flowstate-test/ 111111111111'
    const unscoped = 'flowstate-0123456789ab' // named before keeps carried their scope
    const worker = runWorker(buildWorker(givenPublicFiles({ 'icon.svg': '<svg/>' })), scope, [unscoped, otherFolder, `${prefix}000000000001`, `${prefix}000000000002`])
    await worker.dispatch('install')
    await worker.dispatch('activate')

    const names = [...worker.keeps.keys()]
    expect(names).toContain(otherFolder)
    expect(names).toContain(`${prefix}000000000002`)
    expect(names).not.toContain(`${prefix}000000000001`)
    expect(names).not.toContain(unscoped)
    expect(names.filter((n) => n.startsWith(prefix))).toHaveLength(2)
    expect(worker.self.clients.claim).toHaveBeenCalled()
  })
})

describe('what a page is given', () => {
  const scope = 'https://intranet.example/dept/flowstate/'

  it('given a build kept, when the app is opened (online or not), then its page and files come from the keep, so the page matches the files it loads', async () => {
    const worker = runWorker(buildWorker(givenPublicFiles({ 'icon.svg': '<svg/>' })), scope, [])
    await worker.dispatch('install')

    await expect(worker.ask(scope, true)).resolves.toMatch(/^\.\/ kept in flowstate /)
    await expect(worker.ask(scope + 'index.html?from=bookmark', true)).resolves.toMatch(/^\.\/ kept in flowstate /)
    await expect(worker.ask(scope + 'assets/index-abc.js')).resolves.toMatch(/^assets\/index-abc\.js kept in/)
    await expect(worker.ask(scope + 'icon.svg')).resolves.toMatch(/^icon\.svg kept in/)
    expect(worker.fetch).not.toHaveBeenCalled()
  })

  it('given a file that is not part of the build, then it is asked of the network', async () => {
    const worker = runWorker(buildWorker(givenPublicFiles({ 'icon.svg': '<svg/>' })), scope, [])
    await worker.dispatch('install')

    await expect(worker.ask(scope + 'notes.txt')).resolves.toBe(`from the network: ${scope}notes.txt`)
    await expect(worker.ask('https://elsewhere.example/x.js')).resolves.toBe('not answered: the browser asks the network')
  })
})
