// Never a blank screen, in the built app: a part of the app that cannot be downloaded (flaky Wi-Fi
// on a hospital laptop, before the offline worker has kept the files) and a map that fails while
// it is drawn each show a way out, and its export button downloads the open project.
import type { Download, Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { parseProjectText, type Project } from '../../src/domain/model'
import { appUrl, launchBrowser, type BrowserSession } from './browser'
import { openExample } from './examples'

const SIZE = { width: 1280, height: 800 }
// What the browser and React report for the faults these tests cause on purpose.
const PROVOKED = /ERR_INTERNET_DISCONNECTED|Failed to fetch dynamically imported module|map drawing failed \(a fault injected by the test\)/

/**
 * Every request for the lazily loaded code whose file name matches `chunk` fails as if the network
 * dropped, from the start: the offline worker cannot keep it either (its install fails, as on a
 * first visit over flaky Wi-Fi), so the page must fetch it when the user needs it.
 */
async function dropChunk(session: BrowserSession, chunk: RegExp): Promise<() => Promise<void>> {
  const handler = (route: { abort(code: string): Promise<void> }) => route.abort('internetdisconnected')
  await session.context.route(chunk, handler)
  return () => session.context.unroute(chunk, handler)
}

async function readDownload(download: Download): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Buffer))
  return Buffer.concat(chunks).toString('utf8')
}

/** Clicks `button` and returns the file it downloads, read back with the project's own parser. */
async function exportedBy(page: Page, button: ReturnType<Page['getByRole']>): Promise<{ fileName: string; project: Project }> {
  const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
  const parsed = parseProjectText(await readDownload(download))
  if (!parsed.ok) throw new Error(`the exported file does not read back: ${parsed.error}`)
  return { fileName: download.suggestedFilename(), project: parsed.project }
}

describe('the recovery screen in the built app', () => {
  let session: BrowserSession | undefined
  afterEach(async () => {
    await session?.close()
    session = undefined
  })

  it('given the editor’s code cannot be downloaded, when an example is opened, then the recovery screen shows instead of a blank page, exports the project, and Reload opens it once the network is back', async () => {
    session = await launchBrowser()
    session.allowConsoleError(PROVOKED)
    const restore = await dropChunk(session, /\/assets\/ProjectView-[\w-]+\.js$/)
    const page = await session.context.newPage()
    await page.setViewportSize(SIZE)
    await page.goto(appUrl())
    await page.getByRole('button', { name: /^Sterile processing/ }).first().click()

    const heading = page.getByRole('heading', { level: 1, name: 'flowstate could not load part of itself' })
    await heading.waitFor()
    await expect(heading.evaluate((h) => h === document.activeElement)).resolves.toBe(true)
    const screenText = await page.getByRole('main').innerText()
    expect(screenText).toContain('Check the network (Wi-Fi) and reload.')
    expect(screenText).toMatch(/Your work on the project Sterile processing.* is safe in this browser up to the last save/)
    await expect(page.getByRole('button', { name: 'Try again' }).count()).resolves.toBe(0)
    await session.screenshot(page, 'recovery-app-chunk-1280')

    const { fileName, project } = await exportedBy(page, page.getByRole('button', { name: 'Export project (.flowstate.json)' }))
    expect(fileName).toMatch(/^sterile-processing[\w-]*\.flowstate\.json$/)
    expect(project.name).toMatch(/^Sterile processing/)
    expect(project.states.map((s) => s.phase)).toEqual(['current', 'transition', 'future'])
    await page.getByRole('status').filter({ hasText: `Downloaded ${fileName}` }).waitFor()

    // The network is back: Reload opens the project where the user was.
    await restore()
    await page.getByRole('button', { name: 'Reload' }).click()
    await page.getByRole('region', { name: 'Current state', exact: true }).locator('.react-flow__node-step').first().waitFor()
  })

  it('given an example open and renamed, when a dialog whose code cannot be downloaded is asked for, then a small dialog says so, the maps stay, and the dialog opens once the network is back', async () => {
    session = await launchBrowser()
    session.allowConsoleError(PROVOKED)
    const restore = await dropChunk(session, /\/assets\/ExportStateDialog-[\w-]+\.js$/)
    const page = await openExample(session, 'CT imaging', SIZE)
    await page.getByRole('button', { name: 'Rename project' }).click()
    await page.getByRole('textbox', { name: 'Project name' }).fill('CT imaging, workshop 3')
    await page.keyboard.press('Enter')
    const askForBpmn = async () => {
      await page.getByRole('button', { name: 'Export', exact: true }).click()
      await page.getByRole('menuitem', { name: /^BPMN 2\.0 of a state/ }).click()
    }

    await askForBpmn()
    const failed = page.getByRole('dialog', { name: '“Export a state as BPMN” could not be opened' })
    await failed.waitFor()
    expect(await failed.getByRole('alert').innerText()).toContain('Your project is untouched')
    await failed.getByRole('button', { name: 'Close' }).click()
    await failed.waitFor({ state: 'detached' })
    // Nothing else gave way: the renamed project and its maps are still on screen.
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('CT imaging, workshop 3')
    expect(await page.locator('.state-canvas').count()).toBeGreaterThan(1)

    await restore()
    await askForBpmn()
    await page.getByRole('dialog', { name: 'Export a state as BPMN' }).waitFor()
  })

  it('given one map fails while it is drawn, then only its pane shows the way out, the other maps keep working, Export downloads the project, and Try again draws it once the fault is gone', async () => {
    session = await launchBrowser()
    session.allowConsoleError(PROVOKED)
    const page = await session.context.newPage()
    await page.setViewportSize(SIZE)
    // A fault in one map only: the browser's size watcher, which the canvas sets up while drawing
    // its steps, fails inside the Future state pane while window.__mapFault is on.
    await page.addInitScript(() => {
      const observe = ResizeObserver.prototype.observe
      ResizeObserver.prototype.observe = function (this: ResizeObserver, target: Element, options?: ResizeObserverOptions) {
        if ((window as unknown as { __mapFault?: boolean }).__mapFault && target.closest?.('[aria-label="Future state"]')) throw new Error('map drawing failed (a fault injected by the test)')
        return observe.call(this, target, options)
      }
      ;(window as unknown as { __mapFault?: boolean }).__mapFault = true
    })
    await page.goto(appUrl())
    await page.getByRole('button', { name: /^Sterile processing/ }).first().click()

    const future = page.getByRole('region', { name: 'Future state', exact: true })
    const current = page.getByRole('region', { name: 'Current state', exact: true })
    await future.getByRole('heading', { name: 'This map could not be drawn' }).waitFor()
    await expect(future.getByRole('alert').innerText()).resolves.toContain('The rest of flowstate still works')
    // The other maps are drawn and take edits.
    await current.locator('.react-flow__node-step').first().waitFor()
    await page.getByRole('region', { name: 'Transition state', exact: true }).locator('.react-flow__node-step').first().waitFor()
    await expect(current.getByRole('heading', { name: 'This map could not be drawn' }).count()).resolves.toBe(0)
    await expect(page.getByRole('heading', { level: 1, name: /^Something went wrong/ }).count()).resolves.toBe(0)
    await future.getByText('Technical details (for whoever fixes it)').click()
    await session.screenshot(page, 'recovery-pane-1280')

    const { fileName, project } = await exportedBy(page, future.getByRole('button', { name: 'Export project (.flowstate.json)' }))
    expect(fileName).toMatch(/\.flowstate\.json$/)
    expect(project.name).toMatch(/^Sterile processing/)
    expect(project.states).toHaveLength(3)

    await page.evaluate(() => ((window as unknown as { __mapFault?: boolean }).__mapFault = false))
    await future.getByRole('button', { name: 'Try again' }).click()
    await future.locator('.react-flow__node-step').first().waitFor()
    await expect(future.getByRole('heading', { name: 'This map could not be drawn' }).count()).resolves.toBe(0)
  })
})

