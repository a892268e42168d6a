// What the browser benchmarks share: a production build of the benchmark pages (bench/canvas:
// the editor's canvas, a bare React Flow page and the storage page), served by `vite preview`, and
// Chromium with a fresh profile. The port comes from FLOWSTATE_BENCH_PORTS ("4240-4249") when set,
// else from the operating system. Everything started here is stopped by `close()`.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { build, preview } from 'vite'

const pages = fileURLToPath(new URL('./canvas/', import.meta.url))
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

/** Builds and serves the benchmark pages and opens Chromium: `{ url, browser, close }`. */
export async function openBench() {
  const outDir = mkdtempSync(join(tmpdir(), 'flowstate-bench-pages-'))
  const profile = mkdtempSync(join(tmpdir(), 'flowstate-bench-chromium-'))
  let server
  let browser
  const close = async () => {
    await browser?.close().catch(() => {})
    if (server) await new Promise((resolve) => server.httpServer.close(resolve))
    rmSync(outDir, { recursive: true, force: true })
    rmSync(profile, { recursive: true, force: true })
  }
  try {
    // Production code, as users get it, whatever NODE_ENV said (vitest sets "test": React's development build).
    const env = process.env.NODE_ENV
    process.env.NODE_ENV = 'production'
    try {
      // FLOWSTATE_BENCH_MINIFY=0 keeps function names, for reading a profile (not for figures).
      const minify = process.env.FLOWSTATE_BENCH_MINIFY === '0' ? { minify: false } : {}
      await build({ configFile: join(pages, 'vite.config.ts'), mode: 'production', logLevel: 'warn', build: { outDir, emptyOutDir: true, ...minify } })
    } finally {
      if (env === undefined) delete process.env.NODE_ENV
      else process.env.NODE_ENV = env
    }
    server = await servePreview(outDir)
    browser = await chromium.launchPersistentContext(profile, { executablePath: '/usr/bin/chromium', headless: true, viewport: { width: 1600, height: 900 }, args: ARGS })
    const url = server.resolvedUrls.local[0]
    return { url, browser, chromium: browser.browser()?.version() ?? 'unknown', close }
  } catch (e) {
    await close()
    throw e
  }
}

async function servePreview(outDir) {
  const range = process.env.FLOWSTATE_BENCH_PORTS?.match(/^(\d+)-(\d+)$/)
  const ports = range ? Array.from({ length: Number(range[2]) - Number(range[1]) + 1 }, (_, i) => Number(range[1]) + i) : [0]
  let lastError
  for (const port of ports) {
    try {
      return await preview({ configFile: join(pages, 'vite.config.ts'), logLevel: 'warn', build: { outDir }, preview: { port, strictPort: port !== 0, host: '127.0.0.1' } })
    } catch (e) {
      lastError = e
    }
  }
  throw lastError
}

/** Opens `url` in a new tab; the returned `done()` closes it and throws on any console or page error. */
export async function openPage(browser, url) {
  const page = await browser.newPage()
  const errors = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  await page.goto(url)
  return {
    page,
    async done() {
      await page.close()
      if (errors.length) throw new Error(`${url}: ${errors.join('\n')}`)
    },
  }
}

export function quantile(xs, q) {
  if (xs.length === 0) return null
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]
}

export const round = (x, digits = 1) => (x === null || x === undefined ? null : Number(x.toFixed(digits)))
