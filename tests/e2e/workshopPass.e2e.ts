// What a facilitator runs into during a live workshop, checked in Chromium at 1280×800.
import type { Locator, Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { launchBrowser, type BrowserSession } from './browser'
import { openExample } from './examples'

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

/** Lane names whose words do not each sit on one line (a word broken in the middle). */
const brokenLaneNames = (page: Page) =>
  page.locator('.pane:not([hidden]) .lane-head:not(.is-ghost) .lane-name').evaluateAll((names) =>
    names.flatMap((name) => {
      const text = name.firstChild
      if (!text || text.nodeType !== Node.TEXT_NODE || getComputedStyle(name).visibility === 'hidden') return []
      const words = [...(text.textContent ?? '').matchAll(/\S+/g)]
      const broken = words.some((w) => {
        const range = document.createRange()
        range.setStart(text, w.index)
        range.setEnd(text, w.index + w[0].length)
        return new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top))).size > 1
      })
      return broken ? [name.textContent] : []
    }),
  )

/** What has the keyboard: the accessible name of the focused element and the region it is in. */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement
    return { region: el?.closest('section[aria-label]')?.getAttribute('aria-label') ?? null, name: el?.getAttribute('aria-label') ?? el?.tagName ?? null }
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

  it('given three states side by side on a 1920×1080 screen and a step selected, then no lane name is broken in the middle of a word', async () => {
    session = await launchBrowser()
    const page = await openExample(session, 'Lab sample', { width: 1920, height: 1080 })
    const future = page.getByRole('region', { name: 'Future state' })
    await future.locator('.react-flow__node-step').first().waitFor()
    await page.getByRole('button', { name: 'Side by side' }).click()
    // A selected step opens the properties panel, which narrows the three panes.
    await future.locator('.react-flow__node-step').first().click()
    await page.getByRole('region', { name: 'Changes' }).waitFor()
    await page.waitForTimeout(400)

    await expect.poll(() => brokenLaneNames(page)).toEqual([])
    await expect(page.locator('.pane:not([hidden]) .lane-name').count()).resolves.toBeGreaterThan(15)
    await session.screenshot(page, 'workshop-lane-names-1920')
  })

  it('given the CT imaging example side by side on a 1920×1080 screen, then "PACS administrator" and every other lane name keep their words whole', async () => {
    session = await launchBrowser()
    const page = await openExample(session, 'CT imaging', { width: 1920, height: 1080 })
    await page.getByRole('region', { name: 'Future state' }).locator('.react-flow__node-step').first().waitFor()
    await page.getByRole('button', { name: 'Side by side' }).click()
    await page.waitForTimeout(400)

    await expect.poll(() => brokenLaneNames(page)).toEqual([])
    await expect(page.locator('.pane:not([hidden]) .lane-name', { hasText: 'PACS administrator' }).count()).resolves.toBeGreaterThan(1)
    await session.screenshot(page, 'workshop-lane-names-ct-1920')
  })

  it('given a lane renamed from the keyboard, when Enter ends the name, then the canvas keeps the keyboard and Enter adds a step', async () => {
    session = await launchBrowser()
    const page = await openExample(session, 'Lab sample', { width: 1280, height: 800 })
    const current = page.getByRole('region', { name: 'Current state' })
    await current.locator('.react-flow__node-step').first().waitFor()

    await current.getByRole('button', { name: 'Rename lane Porter' }).focus()
    await page.keyboard.press('Enter')
    await page.keyboard.type('Transport assistant')
    await page.keyboard.press('Enter')

    await expect.poll(() => focused(page)).toEqual({ region: 'Current state', name: expect.stringMatching(/: swimlane canvas/) })
    await expect(current.locator('.lane-name').allInnerTexts()).resolves.toContain('Transport assistant')
    const before = await current.locator('.react-flow__node-step').count()
    await page.keyboard.press('Enter')
    await page.keyboard.type('Phone the lab')
    await page.keyboard.press('Escape')
    await expect.poll(() => current.locator('.react-flow__node-step').count()).toBe(before + 1)
  })

  it('given typing in one outline label and another command after it, when Ctrl+Z is pressed in a label not typed in, then the command is undone and the typed label is left alone', async () => {
    session = await launchBrowser()
    const page = await session.openApp()
    await page.setViewportSize({ width: 1280, height: 800 })
    const region = await newProject(page, 'Undo in the outline')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Receive tray')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Wash tray')
    await page.keyboard.press('Escape')
    await region.getByRole('button', { name: 'Outline' }).click()
    const labels = region.getByRole('textbox')
    await expect.poll(() => labels.count()).toBe(2)

    // typed in the first label, then a command from elsewhere: a step added with the button
    await labels.nth(0).click()
    await page.keyboard.press('End')
    await page.keyboard.type(' and log it')
    await region.getByRole('button', { name: 'Add step' }).first().click()
    await page.keyboard.press('Escape')
    await expect.poll(() => labels.count()).toBe(3)

    // Ctrl+Z in the second label, which holds no typing of its own, is the app's undo
    await labels.nth(1).click()
    await page.keyboard.press('Control+z')
    await expect.poll(() => labels.count()).toBe(2)
    await expect(labels.nth(0).inputValue()).resolves.toBe('Receive tray and log it')
    await expect(labels.nth(1).inputValue()).resolves.toBe('Wash tray')

    // typing in a label is undone there first, then Ctrl+Z goes on to the app's history
    await page.keyboard.press('End')
    await page.keyboard.type('!')
    await page.keyboard.press('Control+z')
    await expect.poll(() => labels.nth(1).inputValue()).toBe('Wash tray')
    await expect(labels.nth(0).inputValue()).resolves.toBe('Receive tray and log it')
  })
})
