import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { launchBrowser, type BrowserSession } from './browser'

const fixture = (name: string) => join(process.cwd(), 'tests/fixtures', name)

/** The labels of the steps drawn wholly inside the region's canvas, as a user sees them. */
async function stepsInView(region: Locator): Promise<string[]> {
  const box = (await region.locator('.state-canvas').boundingBox())!
  const seen: string[] = []
  for (const step of await region.locator('.react-flow__node-step').all()) {
    const b = await step.boundingBox()
    if (b && b.x >= box.x && b.y >= box.y && b.x + b.width <= box.x + box.width && b.y + b.height <= box.y + box.height) seen.push((await step.innerText()).trim())
  }
  return seen
}

async function importTrayReturn(page: Page): Promise<Locator> {
  await page.getByLabel('Import', { exact: true }).setInputFiles(fixture('editor/editor.two-states.flowstate.json'))
  const region = page.getByRole('region', { name: 'Current state' })
  await region.locator('.react-flow__node-step', { hasText: 'Tray in washer' }).waitFor()
  return region
}

describe('the editor view and the clipboard in Chromium', () => {
  let session: BrowserSession | undefined
  afterEach(async () => {
    await session?.close()
    session = undefined
  })

  it('given a zoomed-in view that shows few steps, when Tidy up is pressed, then the view fits the whole tidied map', async () => {
    session = await launchBrowser()
    const page = await session.openApp()
    const region = await importTrayReturn(page)
    // given the user zoomed in on the first steps
    const canvas = region.locator('.state-canvas')
    const box = (await canvas.boundingBox())!
    await page.mouse.move(box.x + 260, box.y + box.height / 2)
    for (let i = 0; i < 6; i++) await page.mouse.wheel(0, -300)
    await page.waitForTimeout(400)
    expect((await stepsInView(region)).length).toBeLessThan(7)
    // when Tidy up is pressed
    await region.getByRole('button', { name: 'Tidy up' }).click()
    // then every step is in view once the layout and the fit are done
    await expect.poll(() => stepsInView(region), { timeout: 10_000 }).toHaveLength(7)
    await session.screenshot(page, 'editor-tidy-fitted')
  })

  it('given steps copied in one tab, when pasted into another project in another tab, then they arrive with their flows, kinds and lanes', async () => {
    session = await launchBrowser()
    const first = await session.openApp()
    const region = await importTrayReturn(first)
    // given every step of the current state copied with Ctrl+C
    await region.locator('.react-flow__node-step', { hasText: 'Case ends' }).click()
    await first.keyboard.press('Control+A')
    await first.keyboard.press('Control+C')

    // when a new project in another tab gets Ctrl+V
    const second = await session.context.newPage()
    await second.goto(first.url().split('#')[0]!)
    await second.getByLabel('New project', { exact: true }).fill('Loaner trays')
    await second.getByRole('button', { name: 'Create', exact: true }).click()
    const target = second.getByRole('region', { name: 'Current state' })
    await target.getByRole('button', { name: 'Add step' }).waitFor()
    await target.locator('.state-canvas').focus()
    await second.keyboard.press('Control+V')

    // then the seven steps are there with the seven flows between them, in lanes named as before
    await target.locator('.react-flow__node-step', { hasText: 'Tray in washer' }).waitFor()
    await expect(target.locator('.react-flow__node-step').count()).resolves.toBe(7)
    await expect.poll(() => target.locator('.react-flow__edge').count()).toBe(7)
    await expect(target.locator('.react-flow__node-step', { hasText: 'Tray complete?' }).locator('.kind-decision').count()).resolves.toBe(1)
    await expect(target.locator('.lane-name').allInnerTexts()).resolves.toEqual(expect.arrayContaining(['OR nurse', 'Porter', 'SPD technician']))
    await expect(target.getByRole('img', { name: 'Flow from Tray complete? to Pack used instruments, labelled no' }).count()).resolves.toBe(1)
    await session.screenshot(second, 'editor-pasted-from-another-tab')
  })
})
