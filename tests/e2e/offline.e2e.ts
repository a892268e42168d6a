// Works with no network: once the app has been opened, its server can go away (a laptop off the
// hospital network, a workshop room without Wi-Fi) and a reload still shows the project list,
// opens a project in the editor (whose code loads lazily) and saves edits.
import type { ChildProcess } from 'node:child_process'
import { afterEach, describe, expect, inject, it } from 'vitest'
import { launchBrowser, type BrowserSession } from './browser'
import { startPreview, stop } from './globalSetup'
import { HOST } from './ports'

describe('the app with no network', () => {
  let session: BrowserSession | undefined
  let server: ChildProcess | undefined
  afterEach(async () => {
    if (server) await stop(server)
    server = undefined
    await session?.close()
    session = undefined
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
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready
      if (!navigator.serviceWorker.controller) await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }))
    })

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
    await expect.poll(() => page.getByRole('region', { name: 'Current state', exact: true }).getByText('Label the sample offline').count()).toBe(1)
  })
})
