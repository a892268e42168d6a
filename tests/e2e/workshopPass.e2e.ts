// What a facilitator runs into during a live workshop, checked in Chromium at 1280×800.
import type { Locator, Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { launchBrowser, type BrowserSession } from './browser'

/** Whether the selected step of a pane is wholly inside its canvas, right of the lane names. */
const selectedInView = (region: Locator) =>
  region.locator('.state-canvas').evaluate((canvas) => {
    const step = canvas.querySelector('.react-flow__node-step.selected')
    const names = canvas.querySelector('.lane-headers')
    if (!step) return 'nothing selected'
    const s = step.getBoundingClientRect()
    const c = canvas.getBoundingClientRect()
    const left = names ? names.getBoundingClientRect().right : c.left
    return s.left >= left && s.right <= c.right && s.top >= c.top && s.bottom <= c.bottom ? 'in view' : 'out of view'
  })

async function newProject(page: Page, name: string): Promise<Locator> {
  await page.getByLabel('New project').fill(name)
  await page.getByLabel('New project').press('Enter')
  const region = page.getByRole('region', { name: 'Current state' })
  await region.locator('.canvas-hint').waitFor()
  return region
}

describe('a live workshop at 1280×800', () => {
  let session: BrowserSession | undefined
  afterEach(async () => {
    await session?.close()
    session = undefined
  })

  it('given steps typed until the view followed them to the right, when the properties panel opens and closes, then the step being typed stays in view', async () => {
    session = await launchBrowser()
    const page = await session.openApp()
    await page.setViewportSize({ width: 1280, height: 800 })
    const region = await newProject(page, 'Lab sample, typed live')

    await page.keyboard.press('Enter')
    for (let i = 1; i <= 12; i++) {
      await page.keyboard.type(`Step ${i}`)
      await page.keyboard.press(i < 12 ? 'Enter' : 'Escape')
    }
    await expect.poll(() => region.locator('.react-flow__node-step').count()).toBe(12)
    await expect.poll(() => selectedInView(region)).toBe('in view')

    const panel = page.getByRole('button', { name: /Properties & catalogue/ })
    await panel.click()
    await page.waitForTimeout(400)
    await expect.poll(() => selectedInView(region)).toBe('in view')
    await panel.click()
    await page.waitForTimeout(400)
    await expect.poll(() => selectedInView(region)).toBe('in view')
    await session.screenshot(page, 'workshop-typed-view-kept')
  })
})
