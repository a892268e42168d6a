// Hosting for a department: the built dist/ copied into a folder of any static web server, here
// /dept/flowstate/ on a plain file server with no rewrite rules. Every file the app asks for, its
// lazily loaded chunks and its two web workers (diff, layout) included, must come from that folder;
// the routes live in the address's #, so a reload of an open project needs nothing of the server.
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, inject, it } from 'vitest'
import { largeProject } from '../../bench/canvas/generate'
import { deriveState, serializeProject } from '../../src/domain/model'
import { launchBrowser, type BrowserSession } from './browser'
import { serveStatic, type StaticServer } from './staticServer'

const BASE = '/dept/flowstate/'
const EXAMPLES = [/^CT imaging/, /^Lab sample/, /^Sterile processing/]

describe('the built app in a folder of a static web server', () => {
  let session: BrowserSession | undefined
  let server: StaticServer | undefined
  afterEach(async () => {
    await session?.close()
    session = undefined
    await server?.close()
    server = undefined
  })

  it('given dist/ served under /dept/flowstate/, then the list, an example, both workers, the manifest and the offline worker all work from that folder', async () => {
    server = await serveStatic(inject('appDir'), BASE)
    session = await launchBrowser()
    const page = await session.context.newPage()
    const workers: string[] = []
    page.on('worker', (w) => workers.push(w.url()))

    // The address as someone types it, without the last slash: the server adds it, as web servers do.
    await page.goto(server.url.slice(0, -1))
    expect(page.url()).toBe(server.url)
    for (const name of EXAMPLES) await page.getByRole('button', { name }).first().waitFor()

    // Installable: the manifest is linked, found, and its icons too (relative to it, so in this folder).
    const manifest = await page.evaluate(async () => {
      const href = document.querySelector<HTMLLinkElement>('link[rel="manifest"]')!.href
      const res = await fetch(href)
      const body = (await res.json()) as { name: string; start_url: string; scope: string; display: string; icons: { src: string }[] }
      const icons = await Promise.all(body.icons.map(async (i) => {
        const icon = await fetch(new URL(i.src, href))
        return `${icon.status} ${icon.headers.get('content-type')} ${new URL(i.src, href).pathname}`
      }))
      return { href, type: res.headers.get('content-type'), start: new URL(body.start_url, href).href, scope: new URL(body.scope, href).href, name: body.name, display: body.display, icons }
    })
    expect(manifest).toMatchObject({ href: server.url + 'manifest.webmanifest', type: 'application/manifest+json', name: 'flowstate', display: 'standalone', start: server.url, scope: server.url })
    expect(manifest.icons).toEqual([
      `200 image/svg+xml ${BASE}icon.svg`,
      `200 image/png ${BASE}icon-192.png`,
      `200 image/png ${BASE}icon-512.png`,
      `200 image/png ${BASE}icon-maskable-512.png`,
    ])

    // The offline worker is registered for this folder and no wider, and takes the page.
    const scope = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready
      if (!navigator.serviceWorker.controller) await new Promise((done) => navigator.serviceWorker.addEventListener('controllerchange', done, { once: true }))
      return { scope: registration.scope, script: registration.active!.scriptURL }
    })
    expect(scope).toEqual({ scope: server.url, script: server.url + 'sw.js' })
    // Chromium reads the manifest without a complaint and would offer to install the app.
    const cdp = await session.context.newCDPSession(page)
    await expect(cdp.send('Page.getAppManifest').then((m) => m.errors)).resolves.toEqual([])
    await expect(cdp.send('Page.getInstallabilityErrors').then((r) => r.installabilityErrors)).resolves.toEqual([])
    await cdp.detach()

    // An example opens: its canvas is drawn and the comparison lists its changes.
    await page.getByRole('button', { name: /^Sterile processing/ }).click()
    const current = page.getByRole('region', { name: 'Current state', exact: true })
    await current.locator('.react-flow__node-step').first().waitFor()
    await expect.poll(() => changedSteps(page)).toBeGreaterThan(0)

    // The layout worker: Tidy up moves the steps.
    const layout = () => current.locator('.react-flow__node-step').evaluateAll((nodes) => nodes.map((n) => (n as HTMLElement).style.transform).join())
    const before = await layout()
    await current.getByRole('button', { name: 'Tidy up' }).click()
    await expect.poll(layout, { timeout: 20_000 }).not.toBe(before)

    // A reload of the open project: the route is after the #, the server only ever sees the folder.
    const projectAddress = page.url()
    expect(projectAddress).toMatch(new RegExp(`^${server.url}#/project/`))
    await page.reload()
    await page.getByRole('region', { name: 'Current state', exact: true }).locator('.react-flow__node-step').first().waitFor()
    expect(page.url()).toBe(projectAddress)

    // The diff worker: a project large enough to be compared off the main thread.
    await page.getByRole('button', { name: 'Back to projects' }).click()
    await page.getByLabel('Import', { exact: true }).setInputFiles({ name: 'large.flowstate.json', mimeType: 'application/json', buffer: Buffer.from(largeComparedProject()) })
    await expect.poll(() => changedSteps(page), { timeout: 30_000 }).toBe(3)
    await session.screenshot(page, 'hosting-large-compared')

    expect(workers.map((url) => url.replace(/-[\w-]+\.js$/, '.js')).sort()).toEqual([`${server.url}assets/diff.worker.js`, `${server.url}assets/elk.worker.js`])
    // Everything asked of the server was in the folder and found (the first address only redirected).
    const stray = server.requests.filter((r) => !r.startsWith(`200 ${BASE}`) && r !== `301 ${BASE.slice(0, -1)}`)
    expect(stray).toEqual([])
  }, 120_000)
})

/** Steps listed in the change list's Steps group. */
function changedSteps(page: Page): Promise<number> {
  return page.getByRole('region', { name: 'Changes' }).getByRole('region', { name: /^Steps/ }).locator('.change-main').count()
}

/** 2,100 steps now and in the future, three of them relabelled: above the size a diff leaves the main thread for. */
function largeComparedProject(): string {
  const project = largeProject(2_100)
  const future = deriveState(project.states[0]!, 'future')
  for (const k of [10, 500, 2_000]) future.steps[k]!.label = `Step ${k + 1}: scanned at the bench`
  project.name = 'Large compared project'
  project.states.push(future)
  return serializeProject(project)
}
