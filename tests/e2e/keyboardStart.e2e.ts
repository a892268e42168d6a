import { afterEach, describe, expect, it } from 'vitest'
import { launchBrowser, type BrowserSession } from './browser'

/** The region (pane) that holds the focused element, or what has the focus when it is outside any. */
const focusedIn = () =>
  document.activeElement?.closest('section[aria-label]')?.getAttribute('aria-label') ?? document.activeElement?.tagName ?? 'nothing'

describe('starting a project from the keyboard', () => {
  let session: BrowserSession | undefined
  afterEach(async () => {
    await session?.close()
    session = undefined
  })

  it('given a project just created, when Enter is pressed with no Tab first, then typing labels the first step and Enter adds a connected second one', async () => {
    session = await launchBrowser()
    const page = await session.openApp()
    await page.getByLabel('New project').fill('Tray return, keyboard')
    await page.getByLabel('New project').press('Enter')
    const region = page.getByRole('region', { name: 'Current state' })
    await region.locator('.canvas-hint').waitFor()
    await expect.poll(() => page.evaluate(focusedIn)).toBe('Current state')

    await page.keyboard.press('Enter')
    await page.keyboard.type('Case ends')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Pack used instruments')
    await page.keyboard.press('Escape')

    await expect(region.locator('.react-flow__node-step').allInnerTexts()).resolves.toEqual(['Case ends', 'Pack used instruments'])
    await expect(region.locator('.react-flow__edge').count()).resolves.toBe(1)
    await session.screenshot(page, 'keyboard-start-two-steps')
  })

  it('given the focus was lost to the page, when Enter is pressed, then the pane last worked in adds the step', async () => {
    session = await launchBrowser()
    const page = await session.openApp()
    await page.getByLabel('New project').fill('Tray return, from the page')
    await page.getByRole('button', { name: 'Create', exact: true }).click()
    const region = page.getByRole('region', { name: 'Current state' })
    await region.locator('.canvas-hint').waitFor()
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
    await expect(page.evaluate(focusedIn)).resolves.toBe('BODY')

    await page.keyboard.press('Enter')
    await page.keyboard.type('Case ends')
    await page.keyboard.press('Escape')

    await expect(region.locator('.react-flow__node-step').allInnerTexts()).resolves.toEqual(['Case ends'])
    await expect(page.evaluate(focusedIn)).resolves.toBe('Current state')
  })

  it('given an example is opened from the list, then its working pane has the keyboard', async () => {
    session = await launchBrowser()
    const page = await session.openApp()
    await page.getByRole('button', { name: /^Sterile processing/ }).first().click()
    await page.getByRole('region', { name: 'Current state' }).locator('.react-flow__node-step').first().waitFor()
    await expect.poll(() => page.evaluate(focusedIn)).toBe('Current state')
  })
})
