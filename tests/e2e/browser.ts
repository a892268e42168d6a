// Real Chromium for browser tests (see TOOLCHAIN.md). Each session gets its own temporary
// profile, so runs never share IndexedDB with each other or with a person's browser.
// Any console error or page error is recorded and fails the session when it is closed.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { inject } from 'vitest'

export const CHROMIUM = '/usr/bin/chromium'
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
export const ARTIFACTS = join(process.cwd(), 'tests/e2e/.artifacts')

/** The URL of the built app served for this test run, plus an optional path. */
export function appUrl(path = '/'): string {
  return inject('appUrl') + path
}

export interface BrowserSession {
  context: BrowserContext
  /** The profile directory; pass it to `launchBrowser` again to reopen the same storage. */
  userDataDir: string
  /** Console errors and page errors seen so far, as "page error: …" lines. */
  problems: string[]
  /** Opens a new tab at the app (or `path` below it) and waits until the page has loaded. */
  openApp(path?: string): Promise<Page>
  /** Tolerates console errors matching `pattern` (a test that provokes one on purpose). */
  allowConsoleError(pattern: RegExp): void
  /** Saves a PNG under tests/e2e/.artifacts/ and returns its path. */
  screenshot(page: Page, name: string): Promise<string>
  /** Closes the browser, removes the profile unless `keepProfile`, and throws if any problem was recorded. */
  close(options?: { keepProfile?: boolean }): Promise<void>
  /** Kills the browser process like a crash (no unload handlers run); the profile is kept. */
  kill(): Promise<void>
}

export async function launchBrowser(options: { userDataDir?: string } = {}): Promise<BrowserSession> {
  const userDataDir = options.userDataDir ?? mkdtempSync(join(tmpdir(), 'flowstate-chromium-'))
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1600, height: 900 },
  })
  const problems: string[] = []
  const allowed: RegExp[] = []
  const watch = (page: Page) => {
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return
      const text = msg.text()
      if (!allowed.some((p) => p.test(text))) problems.push(`console error on ${page.url()}: ${text}`)
    })
    page.on('pageerror', (err) => problems.push(`page error on ${page.url()}: ${err.stack ?? err.message}`))
  }
  context.pages().forEach(watch)
  context.on('page', watch)

  let closed = false
  const session: BrowserSession = {
    context,
    userDataDir,
    problems,
    async openApp(path = '/') {
      const blank = context.pages().find((p) => p.url() === 'about:blank')
      const page = blank ?? (await context.newPage())
      await page.goto(appUrl(path))
      return page
    },
    allowConsoleError(pattern) {
      allowed.push(pattern)
    },
    async screenshot(page, name) {
      mkdirSync(ARTIFACTS, { recursive: true })
      const file = join(ARTIFACTS, `${name.replace(/[^\w.-]+/g, '-')}.png`)
      await page.screenshot({ path: file })
      return file
    },
    async close({ keepProfile = false } = {}) {
      if (!closed) {
        closed = true
        await context.close()
      }
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true })
      if (problems.length > 0) throw new Error(`the browser reported problems:\n${problems.join('\n')}`)
    },
    async kill() {
      closed = true
      const pid = await browserPid(context)
      process.kill(pid, 'SIGKILL')
      await context.close().catch(() => {})
    },
  }
  return session
}

/** The pid of the browser process, asked of Chromium itself (playwright does not expose it for a persistent context). */
async function browserPid(context: BrowserContext): Promise<number> {
  const browser = context.browser()
  if (!browser) throw new Error('no browser behind this context')
  const cdp = await browser.newBrowserCDPSession()
  const info = (await cdp.send('SystemInfo.getProcessInfo')) as { processInfo: { type: string; id: number }[] }
  const main = info.processInfo.find((p) => p.type === 'browser')
  if (!main) throw new Error('Chromium did not report its browser process')
  return main.id
}
