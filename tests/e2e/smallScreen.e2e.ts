// Small screens: the compare view on a 1280×800 laptop must leave the maps usable, and the project list fits a phone-narrow window.
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { appUrl, launchBrowser, type BrowserSession } from './browser'
import { openExample } from './examples'

/** The sterile processing example at `size`, once the future state's map is drawn. */
async function openSterile(session: BrowserSession, size: { width: number; height: number }): Promise<Page> {
  const page = await openExample(session, 'Sterile processing', size)
  await page.getByRole('region', { name: 'Future state' }).locator('.react-flow__node-step').first().waitFor()
  return page
}

/** Each canvas on screen: its size, and how many minimaps are drawn in it. */
const canvases = (page: Page) =>
  page.locator('.pane:not([hidden]) .state-canvas').evaluateAll((els) =>
    els.map((el) => ({ width: el.clientWidth, height: el.clientHeight, minimaps: el.querySelectorAll('.react-flow__minimap').length, names: (el.querySelector('.lane-headers') as HTMLElement | null)?.offsetWidth ?? 0 })),
  )

// Every test here starts its own browser; it is closed after each.
let session: BrowserSession | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

describe('the compare view at 1280×800', () => {
  it('given two states stacked, then no minimap covers their short maps; a maximised pane gets it back', async () => {
    session = await launchBrowser()
    const page = await openSterile(session, { width: 1280, height: 800 })
    await page.getByRole('button', { name: /^States/ }).click()
    await page.getByRole('checkbox', { name: /^Show Transition state/ }).click()
    await page.getByRole('button', { name: /^States/ }).click()
    await expect.poll(async () => (await canvases(page)).length).toBe(2)

    for (const canvas of await canvases(page)) {
      expect(canvas.height).toBeLessThan(360)
      expect(canvas.minimaps).toBe(0)
    }
    await session.screenshot(page, 'small-two-stacked')

    await page.getByRole('region', { name: 'Current state' }).getByRole('button', { name: 'Maximise' }).click()
    await expect.poll(async () => (await canvases(page)).map((c) => c.minimaps)).toEqual([1])
    await session.screenshot(page, 'small-maximised')
  })

  it('given three states, then side by side is not offered (the panes would be about 320 px wide) and a side-by-side choice made on a wider window stacks them', async () => {
    session = await launchBrowser()
    const page = await openSterile(session, { width: 1600, height: 900 })
    await page.getByRole('button', { name: 'Side by side' }).click()
    await expect.poll(async () => (await canvases(page)).map((c) => c.width > 400)).toEqual([true, true, true])

    await page.setViewportSize({ width: 1280, height: 800 })
    const sideBySide = page.getByRole('button', { name: 'Side by side' })
    await expect.poll(() => sideBySide.isDisabled()).toBe(true)
    await expect(sideBySide.getAttribute('title')).resolves.toBe('Side by side needs about 420 px per pane: widen the window or show two states')
    await expect(page.getByRole('button', { name: 'Stacked' }).getAttribute('aria-pressed')).resolves.toBe('true')
    await expect.poll(async () => (await canvases(page)).every((c) => c.width > 900)).toBe(true)
    await session.screenshot(page, 'small-three-stacked')
  })

  it('given two states side by side and a step selected (the properties panel narrows the panes), then the lane names take at most a quarter of each pane', async () => {
    session = await launchBrowser()
    const page = await openSterile(session, { width: 1280, height: 800 })
    await page.getByRole('button', { name: /^States/ }).click()
    await page.getByRole('checkbox', { name: /^Show Transition state/ }).click()
    await page.getByRole('button', { name: /^States/ }).click()
    await page.getByRole('button', { name: 'Side by side' }).click()
    await page.getByRole('region', { name: 'Current state' }).locator('.react-flow__node-step').nth(1).click()
    await page.getByRole('complementary', { name: 'Properties' }).waitFor()

    await expect.poll(async () => (await canvases(page)).map((c) => c.width < 400)).toEqual([true, true])
    for (const canvas of await canvases(page)) expect(canvas.names).toBeLessThanOrEqual(canvas.width / 4 + 1)
    await session.screenshot(page, 'small-two-columns-panel')
  })

  it('given a removed step to link by hand, then the step picker opens under the change and leaves its name readable', async () => {
    session = await launchBrowser()
    const page = await openSterile(session, { width: 1280, height: 800 })
    const removed = page.locator('.change', { has: page.getByRole('button', { name: /^Removed: Wait for courier pickup/ }) })
    await removed.hover()
    await removed.getByRole('button', { name: /^Link Wait for courier pickup/ }).click()
    const picker = removed.getByRole('combobox', { name: 'Same step as Wait for courier pickup' })
    await picker.waitFor()

    const title = (await removed.locator('.change-title').boundingBox())!
    const pick = (await picker.boundingBox())!
    expect(pick.y).toBeGreaterThanOrEqual(title.y + title.height)
    const list = (await page.getByRole('region', { name: 'Changes' }).boundingBox())!
    expect(pick.x + pick.width).toBeLessThanOrEqual(list.x + list.width)
    await session.screenshot(page, 'small-link-picker')
  })
})

describe('a step’s menu in a short stacked pane at 1280×800', () => {
  it('given three states stacked, when a step of the middle pane is right-clicked, then every item of its menu is on screen and the last one works', async () => {
    session = await launchBrowser()
    const page = await openSterile(session, { width: 1280, height: 800 })
    const pane = page.getByRole('region', { name: 'Transition state' })
    const before = await pane.locator('.react-flow__node-step').count()
    await pane.locator('.react-flow__node-step').nth(3).click({ button: 'right' })
    const items = page.getByRole('menuitem')
    await items.first().waitFor()
    // The pane is shorter than the menu: it used to cut the lower items off at its edge.
    const paneBox = (await pane.locator('.state-canvas').boundingBox())!
    const menuBox = (await page.getByRole('menu').boundingBox())!
    expect(menuBox.height).toBeGreaterThan(paneBox.height)
    for (const item of await items.all()) {
      expect(await item.evaluate((el) => {
        const box = el.getBoundingClientRect()
        return document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2) === el || el.contains(document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2))
      }), await item.innerText()).toBe(true)
    }
    await page.getByRole('menuitem', { name: /^Delete/ }).click()
    await expect.poll(() => pane.locator('.react-flow__node-step').count()).toBe(before - 1)
  })
})

describe('the project list in a phone-narrow window (400×800)', () => {
  it('given a first start, then Create, Import and the guide’s buttons are all inside the window, and Create makes a project', async () => {
    session = await launchBrowser()
    const page = await session.context.newPage()
    await page.setViewportSize({ width: 400, height: 800 })
    await page.goto(appUrl())
    await page.getByRole('button', { name: 'Got it' }).waitFor()
    for (const name of ['Create', 'Import', 'Open the sterile processing example', 'Got it']) {
      const box = await page.getByRole('button', { name, exact: true }).or(page.getByText(name, { exact: true })).first().boundingBox()
      expect(box, name).not.toBeNull()
      expect(box!.x, name).toBeGreaterThanOrEqual(0)
      expect(box!.x + box!.width, `${name} ends inside the 400 px window`).toBeLessThanOrEqual(400)
    }
    await page.getByRole('textbox', { name: 'New project' }).fill('OR 3 tray return')
    await page.getByRole('button', { name: 'Create', exact: true }).click()
    await page.getByRole('heading', { level: 1, name: 'OR 3 tray return' }).waitFor()
  })
})
