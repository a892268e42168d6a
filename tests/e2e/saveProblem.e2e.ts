import { afterEach, describe, expect, it } from 'vitest'
import { appUrl, launchBrowser, type BrowserSession } from './browser'

/**
 * A full disk, as Chromium reports it: IndexedDB's put throws QuotaExceededError once the test
 * says so (window.__diskFull), before any row reaches the database.
 */
const FULL_DISK = () => {
  const put = IDBObjectStore.prototype.put
  IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
    if ((window as unknown as { __diskFull?: boolean }).__diskFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    return put.apply(this, args)
  }
}

describe('a full disk in the browser', () => {
  let session: BrowserSession | undefined
  afterEach(async () => {
    await session?.close()
    session = undefined
  })

  it('given the disk fills up at 1280×800, then the warning is a row of its own, Export stays on screen, and its button downloads the project file', async () => {
    session = await launchBrowser()
    const page = await session.context.newPage()
    await page.setViewportSize({ width: 1280, height: 800 })
    await page.addInitScript(FULL_DISK)
    await page.goto(appUrl())
    await page.getByRole('button', { name: /^Sterile processing/ }).first().click()
    await page.getByRole('region', { name: 'Current state' }).waitFor()
    const header = page.locator('.project-header')
    const headerHeight = (await header.boundingBox())!.height

    await page.evaluate(() => ((window as unknown as { __diskFull: boolean }).__diskFull = true))
    await page.getByRole('button', { name: 'Rename project' }).click()
    await page.getByRole('textbox', { name: 'Project name' }).fill('Sterile processing, disk full')
    await page.keyboard.press('Enter')

    const alert = page.getByRole('alert').filter({ hasText: 'Export the project now' })
    await alert.waitFor()
    await expect(page.getByRole('status').filter({ hasText: /^Not saved$/ }).count()).resolves.toBe(1)
    await session.screenshot(page, 'save-problem-1280')

    // The page does not grow sideways, the header keeps its height, and every header control is on screen.
    await expect(page.evaluate(() => document.documentElement.scrollWidth)).resolves.toBeLessThanOrEqual(1280)
    expect((await header.boundingBox())!.height).toBeCloseTo(headerHeight, 0)
    const controls = {
      Export: header.getByRole('button', { name: 'Export', exact: true }),
      Import: header.getByText('Import', { exact: true }),
      'Add BPMN state': header.getByText('Add BPMN state', { exact: true }),
      Undo: header.getByRole('button', { name: 'Undo' }),
    }
    for (const [name, control] of Object.entries(controls)) {
      const box = (await control.boundingBox())!
      expect(box.x, name).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width, name).toBeLessThanOrEqual(1280)
    }
    // The warning is under the header, not in it.
    expect((await alert.boundingBox())!.y).toBeGreaterThanOrEqual((await header.boundingBox())!.y + headerHeight - 1)

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export project file' }).click()])
    expect(download.suggestedFilename()).toBe('sterile-processing-disk-full.flowstate.json')
    const saved = JSON.parse(await readStream(await download.createReadStream()))
    expect(saved.name).toBe('Sterile processing, disk full')
  })
})

async function readStream(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer))
  return Buffer.concat(chunks).toString('utf8')
}
