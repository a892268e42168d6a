// The zoom buttons over the lower left of a small canvas, where the last lane's first step wears
// its badges ("✎ 1"): they must leave what is under them readable until they are wanted.
import type { Locator } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { launchBrowser, type BrowserSession } from './browser'
import { openExample } from './examples'

const opacityOf = (controls: Locator) => controls.evaluate((e) => Number(getComputedStyle(e).opacity))

describe('the zoom buttons of a canvas', () => {
  let session: BrowserSession | undefined
  afterEach(async () => {
    await session?.close()
    session = undefined
  })

  it('given three states stacked at 1280×800, then each pane has small see-through zoom buttons that turn solid when pointed at or reached by keyboard', async () => {
    session = await launchBrowser()
    const page = await openExample(session, 'Sterile processing', { width: 1280, height: 800 })
    await page.getByRole('region', { name: 'Future state', exact: true }).locator('.react-flow__node-step').first().waitFor()
    await page.mouse.move(640, 10)

    const all = page.locator('.pane:not([hidden]) .state-canvas .react-flow__controls')
    await expect(all.count()).resolves.toBe(3)
    for (const controls of await all.all()) {
      // given the pointer elsewhere: faint, and no larger than a badge row or two
      await expect.poll(() => opacityOf(controls)).toBeLessThanOrEqual(0.5)
      const box = (await controls.boundingBox())!
      expect(box.height).toBeLessThanOrEqual(24)
      expect(box.width).toBeLessThanOrEqual(48)
    }
    await session.screenshot(page, 'zoom-controls-rest')

    // when pointed at: solid, and still a working zoom
    const current = page.getByRole('region', { name: 'Current state', exact: true })
    const controls = current.locator('.react-flow__controls')
    await current.getByRole('button', { name: 'Zoom In' }).hover()
    await expect.poll(() => opacityOf(controls)).toBe(1)
    const before = await current.locator('.react-flow__viewport').evaluate((e) => (e as HTMLElement).style.transform)
    await current.getByRole('button', { name: 'Zoom In' }).click()
    await expect.poll(() => current.locator('.react-flow__viewport').evaluate((e) => (e as HTMLElement).style.transform)).not.toBe(before)

    // when the pointer leaves, faint again (the clicked button keeps the focus, but shows no ring);
    // when reached by keyboard, solid
    await page.mouse.move(640, 10)
    await expect.poll(() => opacityOf(controls)).toBeLessThanOrEqual(0.5)
    await page.keyboard.press('Tab')
    await expect(current.getByRole('button', { name: 'Zoom Out' }).evaluate((e) => e === document.activeElement)).resolves.toBe(true)
    await expect.poll(() => opacityOf(controls)).toBe(1)
  })
})
