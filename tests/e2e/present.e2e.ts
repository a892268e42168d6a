// Presentation mode in real Chromium, on the sterile processing example: entered from the compare
// bar and from the keyboard, stepped with the keys a laptop and a clicker send, each change ringed
// in the panes, and left with the editor as it was. Screenshots of a few slides land in
// tests/e2e/.artifacts/; with FLOWSTATE_SCREENSHOT=1 the reassignment slide also becomes
// docs/presentation.png, the README's picture:
//   FLOWSTATE_SCREENSHOT=1 npx vitest run --project e2e tests/e2e/present.e2e.ts
import { join } from 'node:path'
import type { Locator, Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { launchBrowser, type BrowserSession } from './browser'
import { openExample } from './examples'

const EXAMPLE = 'Sterile processing: decontamination to the OR'
const CHANGES = 19 // 12 steps, 5 handoffs, 2 duplicate documentation resolved

const stage = (page: Page) => page.getByRole('dialog', { name: /^Presentation: Sterile processing/ })
const counter = (page: Page) => stage(page).locator('.present-count')
const itemTitle = (page: Page) => stage(page).locator('.present-title')
const pane = (page: Page, side: 'Before' | 'After') => stage(page).getByRole('region', { name: new RegExp(`^${side}: `) })
/** The ringed node of a step in a pane, found by its label (a step's tooltip is its label). */
const spotlit = (region: Locator, label: string) => region.locator(`.react-flow__node.is-spotlit:has(.step[title="${label}"])`)

/** Where each editor canvas looks, and which steps are selected: what leaving must give back. */
async function editorView(page: Page): Promise<{ viewports: string[]; selected: string[] }> {
  const main = page.locator('main.project-view')
  const viewports = await main.locator('.react-flow__viewport').evaluateAll((els) => els.map((el) => (el as HTMLElement).style.transform))
  const selected = await main.locator('.step.is-selected').evaluateAll((els) => els.map((el) => el.getAttribute('title') ?? ''))
  return { viewports, selected }
}

const settle = (page: Page) => page.waitForTimeout(700) // the panes glide to the item (animation only; nothing is asserted on time)

describe('presentation mode', () => {
  let session: BrowserSession | undefined
  afterEach(async () => {
    await session?.close()
    session = undefined
  })

  it('given the sterile processing diff on a 1920×1080 screen, when presented, then each change is stepped through in large type, ringed in the panes, and Escape gives the editor back as it was', async () => {
    session = await launchBrowser()
    const page = await openExample(session, EXAMPLE, { width: 1920, height: 1080 })
    // Given the editor with a change picked in the list: a selection and a view of its own.
    await page.getByRole('region', { name: 'Changes' }).getByRole('button', { name: /^Removed: Wait for courier pickup/ }).click()
    await settle(page)
    const editor = await editorView(page)
    expect(editor.selected).toContain('Wait for courier pickup')

    // When the compare bar's Present button is pressed: the overview comes first.
    await page.getByRole('button', { name: 'Present', exact: true }).click()
    await expect.poll(() => stage(page).isVisible()).toBe(true)
    await expect.poll(() => counter(page).textContent()).toBe(`Overview · ${CHANGES} changes`)
    const pair = await stage(page).getByRole('heading', { level: 1 }).textContent()
    expect(pair).toBe('Current state → Future state')
    const figures = await stage(page).getByRole('list', { name: 'What changes' }).getByRole('listitem').allTextContents()
    expect(figures).toEqual([
      '1 step added',
      '1 step removed',
      '10 steps changed',
      '3 steps reassigned',
      '8 → 5 handoffs (1 gained, 4 lost)',
      '2 → 0 documented twice',
      '8 h 21 min → 3 h 50 min lead time',
    ])
    await page.mouse.move(1, 1)
    await settle(page)
    await session.screenshot(page, 'present-1920-overview')

    // Then → shows the first change, in the change list's words, large, ringed where it is.
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => counter(page).textContent()).toBe(`1 of ${CHANGES}`)
    expect(await itemTitle(page).textContent()).toBe('Scan tray at decontamination receipt')
    expect(await stage(page).locator('.present-tag').textContent()).toBe('Added')
    expect(await stage(page).locator('.present-adapt').textContent()).toContain('SPD decontamination technician')
    await expect.poll(() => spotlit(pane(page, 'After'), 'Scan tray at decontamination receipt').count()).toBe(1)
    // It is new: the before pane says so rather than ringing anything.
    expect(await pane(page, 'Before').locator('.react-flow__node.is-spotlit').count()).toBe(0)
    expect(await pane(page, 'Before').locator('.present-note').textContent()).toBe('Not in this state')
    const size = await itemTitle(page).evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
    expect(size).toBeGreaterThanOrEqual(28)

    // A removed step is ringed where it was, and as a ghost on the after side.
    await page.keyboard.press('PageDown')
    await expect.poll(() => counter(page).textContent()).toBe(`2 of ${CHANGES}`)
    expect(await itemTitle(page).textContent()).toBe('Wait for courier pickup')
    await expect.poll(() => spotlit(pane(page, 'Before'), 'Wait for courier pickup').count()).toBe(1)
    await expect.poll(() => pane(page, 'After').locator('.react-flow__node-ghost.is-spotlit').count()).toBe(1)

    // The first reassignment: both sides ringed, both roles must adapt.
    await page.keyboard.press(' ')
    await expect.poll(() => counter(page).textContent()).toBe(`3 of ${CHANGES}`)
    expect(await itemTitle(page).textContent()).toBe('Transport soiled cart to decontamination → Send soiled cart down the dirty lift')
    expect(await stage(page).locator('.present-detail').textContent()).toBe('Courier → OR nurse · changed label, role, touch time')
    expect(await stage(page).locator('.present-adapt li').allTextContents()).toEqual(['Courier', 'OR nurse'])
    await expect.poll(() => spotlit(pane(page, 'Before'), 'Transport soiled cart to decontamination').count()).toBe(1)
    await expect.poll(() => spotlit(pane(page, 'After'), 'Send soiled cart down the dirty lift').count()).toBe(1)
    // The item is announced to a screen reader as it changes.
    expect(await stage(page).locator('.present-caption').getAttribute('aria-live')).toBe('polite')
    await page.mouse.move(1, 1)
    await settle(page)
    const shot = await session.screenshot(page, 'present-1920-reassigned')
    if (process.env.FLOWSTATE_SCREENSHOT === '1') await page.screenshot({ path: join(process.cwd(), 'docs/presentation.png') })
    expect(shot).toBeTruthy()

    // ← goes back; End and Home reach either end, and the ends hold.
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => counter(page).textContent()).toBe(`2 of ${CHANGES}`)
    // The last slide lists the pain points the future leaves unchanged (the example's two).
    await page.keyboard.press('End')
    await expect.poll(() => counter(page).textContent()).toBe('2 pain points not addressed')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => counter(page).textContent()).toBe('2 pain points not addressed')
    const pains = await stage(page).getByRole('list', { name: 'Pain points not addressed' }).getByRole('listitem').allTextContents()
    expect(pains.map((p) => p.replace(/\s+/g, ' '))).toEqual([
      expect.stringContaining('Check cart and record trays in case record: The cart arrives without a tray list'),
      expect.stringContaining('Washer-disinfector cycle: At shift change the washer queue backs up'),
    ])
    await page.mouse.move(1, 1)
    await settle(page)
    await session.screenshot(page, 'present-1920-pain-points')
    await page.keyboard.press('ArrowLeft')
    await expect.poll(() => counter(page).textContent()).toBe(`${CHANGES} of ${CHANGES}`)
    expect(await itemTitle(page).textContent()).toBe('Tray ID')
    await page.mouse.move(1, 1)
    await settle(page)
    await session.screenshot(page, 'present-1920-duplicate')
    await page.keyboard.press('Home')
    await expect.poll(() => counter(page).textContent()).toBe(`Overview · ${CHANGES} changes`)

    // A new handoff, by the buttons a mouse user has: its flow's flag opens in full.
    for (let i = 0; i < 13; i++) await stage(page).getByRole('button', { name: 'Next change' }).click()
    await expect.poll(() => counter(page).textContent()).toBe(`13 of ${CHANGES}`)
    expect(await stage(page).locator('.present-tag').textContent()).toBe('New handoff')
    await expect.poll(() => pane(page, 'After').locator('.flow-flag.is-open').first().textContent()).toBe('New handoff: OR nurse → SPD decontamination technician')
    await page.mouse.move(1, 1)
    await settle(page)
    await session.screenshot(page, 'present-1920-handoff')

    // When Escape is pressed: the editor is back as it was, panes, selection and views.
    await page.keyboard.press('Escape')
    await expect.poll(() => stage(page).count()).toBe(0)
    for (const name of ['Current state', 'Transition state', 'Future state']) await expect(page.getByRole('region', { name }).isVisible()).resolves.toBe(true)
    await settle(page)
    expect(await editorView(page)).toEqual(editor)
    await session.screenshot(page, 'present-1920-editor-after-leaving')
    // The keyboard is back on the button that started the presentation.
    await expect.poll(() => page.getByRole('button', { name: 'Present', exact: true }).evaluate((el) => el === document.activeElement)).toBe(true)

    // The shortcut enters it too, and the Leave button leaves.
    await page.locator('body').press('Alt+Shift+P')
    await expect.poll(() => stage(page).isVisible()).toBe(true)
    await stage(page).getByRole('button', { name: 'Leave presentation' }).click()
    await expect.poll(() => stage(page).count()).toBe(0)
  })

  it('given a 1280×800 laptop, when presented, then the item and both panes fit on the screen', async () => {
    session = await launchBrowser()
    const page = await openExample(session, EXAMPLE, { width: 1280, height: 800 })
    await page.getByRole('button', { name: 'Present', exact: true }).click()
    await expect.poll(() => stage(page).isVisible()).toBe(true)
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => counter(page).textContent()).toBe(`3 of ${CHANGES}`)
    await page.mouse.move(1, 1)
    await settle(page)
    await session.screenshot(page, 'present-1280-reassigned')
    // Nothing of the stage runs off the screen: the caption's bottom and the panes are inside it.
    const caption = await stage(page).locator('.present-caption').boundingBox()
    expect(caption!.y + caption!.height).toBeLessThanOrEqual(800)
    const before = await pane(page, 'Before').boundingBox()
    expect(before!.height).toBeGreaterThan(300)
  })
})
