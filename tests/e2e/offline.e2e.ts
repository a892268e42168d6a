// Works with no network: once the app has been opened, its server can go away (a laptop off the
// hospital network, a workshop room without Wi-Fi) and a reload still shows the project list,
// opens a project in the editor (whose code loads lazily) and saves edits. A newer build put on
// the server is offered in the page and loads only when the user clicks Reload.
import type { ChildProcess } from 'node:child_process'
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, inject, it } from 'vitest'
import { launchBrowser, type BrowserSession } from './browser'
import { startPreview, stop } from './globalSetup'
import { HOST } from './ports'
import { serveStatic, type StaticServer } from './staticServer'

/** Until the offline worker has kept the build's files and controls the page. */
function untilControlled(page: Page): Promise<void> {
  return page.evaluate(async () => {
    await navigator.serviceWorker.ready
    if (!navigator.serviceWorker.controller) await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }))
  })
}

/** A step of the current state by its label, read from its tooltip: zoomed far out, the canvas draws no text. */
const stepLabelled = (page: Page, label: string) => page.getByRole('region', { name: 'Current state', exact: true }).locator(`.react-flow__node-step .step[title="${label}"]`)

const EXAMPLES = [/^CT imaging/, /^Lab sample/, /^Sterile processing/]

describe('the app with no network', () => {
  let session: BrowserSession | undefined
  let server: ChildProcess | undefined
  afterEach(async () => {
    if (server) await stop(server)
    server = undefined
    await session?.close()
    session = undefined
  })

  it('given the app opened once, when the browser is offline and the page is reloaded, then the examples are listed and one opens with its comparison', async () => {
    session = await launchBrowser()
    const page = await session.openApp()
    await page.getByRole('button', { name: /^Lab sample/ }).first().waitFor()
    await untilControlled(page)

    await session.context.setOffline(true)
    session.allowConsoleError(/ERR_INTERNET_DISCONNECTED|ERR_FAILED/)
    await expect(page.evaluate(() => fetch('./?not-kept=' + Date.now()).then(() => 'reached', () => 'gone'))).resolves.toBe('gone')
    await page.reload()

    for (const name of EXAMPLES) await page.getByRole('button', { name }).first().waitFor()
    await page.getByRole('button', { name: /^CT imaging/ }).first().click()
    await page.getByRole('region', { name: 'Current state', exact: true }).locator('.react-flow__node-step').first().waitFor()
    await expect.poll(() => page.getByRole('region', { name: 'Changes' }).getByRole('region', { name: /^Steps/ }).locator('.change-main').count()).toBeGreaterThan(0)
    await session.screenshot(page, 'offline-example')
  })

  it('given the app opened once, when its server is gone and the page is reloaded, then projects open, edit and save as before', async () => {
    // A server of this test's own, serving the build the other browser tests use, to stop
    const own = await startPreview(inject('appDir'))
    server = own.child
    session = await launchBrowser()
    const page = await session.context.newPage()
    await page.goto(`http://${HOST}:${own.port}/`)
    await page.getByRole('button', { name: /^Lab sample/ }).first().waitFor()
    // The offline worker has kept the build's files and controls the page.
    await untilControlled(page)

    await stop(server)
    server = undefined
    session.allowConsoleError(/ERR_CONNECTION_REFUSED|ERR_FAILED/)
    await expect(page.evaluate(() => fetch('/?not-kept=' + Date.now()).then(() => 'reached', () => 'gone'))).resolves.toBe('gone')
    await page.reload()
    await page.getByRole('button', { name: /^Lab sample/ }).first().click()
    const current = page.getByRole('region', { name: 'Current state', exact: true })
    await current.locator('.react-flow__node-step').first().waitFor()
    const before = await current.locator('.react-flow__node-step').count()
    await current.getByRole('button', { name: 'Add step' }).first().click()
    await page.keyboard.type('Label the sample offline')
    await page.keyboard.press('Escape')
    await expect.poll(() => current.locator('.react-flow__node-step').count()).toBe(before + 1)
    await expect.poll(() => page.getByText('Saved', { exact: true }).count()).toBeGreaterThan(0)
    await session.screenshot(page, 'offline-editing')

    // Still without a server, a reload reopens the project with the step that was added
    await page.reload()
    await expect.poll(() => stepLabelled(page, 'Label the sample offline').count()).toBe(1)
  })
})

describe('a newer build on the server', () => {
  let session: BrowserSession | undefined
  let server: StaticServer | undefined
  let site: string | undefined
  afterEach(async () => {
    await session?.close()
    session = undefined
    await server?.close()
    server = undefined
    if (site) rmSync(site, { recursive: true, force: true })
    site = undefined
  })

  it('given a project open mid-edit, when a newer build is found, then it is offered, not applied; Reload stores the edit and loads the newer build', async () => {
    // A copy of the build to change, served from a folder as a department would
    site = mkdtempSync(join(tmpdir(), 'flowstate-site-'))
    cpSync(inject('appDir'), site, { recursive: true })
    server = await serveStatic(site, '/dept/flowstate/')
    session = await launchBrowser()
    const page = await session.context.newPage()
    await page.goto(server.url)
    await untilControlled(page)
    await page.getByRole('button', { name: /^Lab sample/ }).first().click()
    const current = page.getByRole('region', { name: 'Current state', exact: true })
    await current.locator('.react-flow__node-step').first().waitFor()
    await page.evaluate(() => ((window as unknown as { loadedOnce: string }).loadedOnce = 'this page'))

    // A newer build: its worker answers which build it is. The page's hourly check finds it now.
    appendFileSync(join(site, 'sw.js'), "\nself.addEventListener('message', (e) => { if (e.data === 'which build') e.source.postMessage('the newer build') })\n")
    await page.evaluate(async () => void (await navigator.serviceWorker.getRegistration())!.update())

    const notice = page.getByRole('status').filter({ hasText: 'A new version of flowstate is ready' })
    await notice.waitFor()
    await session.screenshot(page, 'update-offered')
    // Offered, not applied: the newer worker waits, and this page was not reloaded under the user
    await expect(page.evaluate(async () => ({ waiting: !!(await navigator.serviceWorker.getRegistration())!.waiting, page: (window as unknown as { loadedOnce?: string }).loadedOnce }))).resolves.toEqual({
      waiting: true,
      page: 'this page',
    })

    // An edit still being typed when Reload is clicked is stored before the page reloads
    await current.getByRole('button', { name: 'Add step' }).first().click()
    await page.keyboard.type('Label the sample at the bedside')
    await page.keyboard.press('Escape')
    const reloaded = page.waitForEvent('load')
    await notice.getByRole('button', { name: 'Reload' }).click()
    await reloaded

    await expect(page.evaluate(() => (window as unknown as { loadedOnce?: string }).loadedOnce)).resolves.toBeUndefined()
    await stepLabelled(page, 'Label the sample at the bedside').waitFor()
    const build = await page.evaluate(
      () =>
        new Promise((answer) => {
          navigator.serviceWorker.addEventListener('message', (e) => answer(e.data), { once: true })
          navigator.serviceWorker.controller!.postMessage('which build')
        }),
    )
    expect(build).toBe('the newer build')
    await expect(page.getByText('A new version of flowstate is ready').count()).resolves.toBe(0)
  })
})
