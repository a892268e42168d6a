// A first start in a fresh browser, following the guide the way a facilitator would before a
// workshop: open the example it offers, add a step, derive a future state, read the diff.
import type { Locator, Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { launchBrowser, type BrowserSession } from './browser'

const EXAMPLE = 'Sterile processing: decontamination to the OR'
const NEW_STEP = 'Double-check the tray count'

/** A step by its label (read from its tooltip: zoomed far out, the canvas draws no text). */
const stepNode = (region: Locator, label: string) => region.locator(`.react-flow__node-step:has(.step[title="${label}"])`)
/** The items of the change list's steps, as a screen reader names them. */
const stepChanges = async (page: Page) => {
  const rows = await page.getByRole('region', { name: 'Changes' }).getByRole('region', { name: /^Steps/ }).locator('.change-main').all()
  return Promise.all(rows.map(async (r) => (await r.getAttribute('aria-label')) ?? ''))
}

describe('first run', () => {
  let session: BrowserSession | undefined
  afterEach(async () => {
    await session?.close()
    session = undefined
  })

  it('given a fresh browser, then the guide and the examples are there; following it leads to a diff that lists the new step; once put away it stays away after a reload', async () => {
    session = await launchBrowser()
    const page = await session.openApp()
    await page.setViewportSize({ width: 1280, height: 800 })

    // The examples and the guide, side by side with nothing in the way.
    for (const name of [EXAMPLE, 'Lab sample: collection to result', 'CT imaging: order to report']) {
      await page.getByRole('button', { name, exact: true }).waitFor()
    }
    const guide = page.getByRole('region', { name: 'How to use flowstate' })
    for (const step of ['Step 1: Add a step', 'Step 2: Derive a future state', 'Step 3: Read the diff']) {
      await expect(guide.getByRole('heading', { level: 3, name: step }).isVisible()).resolves.toBe(true)
    }
    await expect(page.getByRole('button', { name: EXAMPLE, exact: true }).isVisible()).resolves.toBe(true)
    await expect(page.getByRole('dialog').count()).resolves.toBe(0)
    await session.screenshot(page, 'first-run-guide-1280')

    // The guide's own button opens the example.
    await guide.getByRole('button', { name: 'Open the sterile processing example' }).click()
    await page.getByRole('heading', { level: 1, name: EXAMPLE }).waitFor()
    await page.getByRole('region', { name: 'Changes' }).getByRole('region', { name: /^Steps/ }).waitFor()

    // 1. Add a step: click a step of the future state, Enter, type its name.
    const future = page.getByRole('region', { name: 'Future state', exact: true })
    await stepNode(future, 'Scan trays into sterilizer load').click()
    await page.keyboard.press('Enter')
    await page.keyboard.type(NEW_STEP)
    await page.keyboard.press('Escape')
    await stepNode(future, NEW_STEP).waitFor()

    // 2. Derive a future state from it with the real button.
    await page.getByRole('button', { name: /^States/ }).click()
    const derive = page.getByRole('group', { name: 'Derive state' })
    await derive.getByRole('combobox', { name: 'Copy of' }).selectOption('sp_state_future')
    await derive.getByRole('combobox', { name: 'Phase of the new state' }).selectOption('future')
    await derive.getByRole('button', { name: 'Derive state' }).click()
    await page.getByRole('region', { name: 'Future state 2', exact: true }).waitFor()
    await page.getByRole('button', { name: /^States/ }).click()

    // 3. Read the diff: Current → the derived state. Lineage kept the copy's steps matched, so the
    // diff is the example's (1 added, 1 removed, 10 changed) plus the new step, not 19 new steps.
    const after = page.getByRole('combobox', { name: 'After' })
    const derivedId = await after.locator('option').evaluateAll((options) => (options as HTMLOptionElement[]).find((o) => o.textContent === 'Future state')?.value)
    expect(derivedId).toBeTruthy()
    await after.selectOption(derivedId!)
    await expect.poll(() => page.locator('.change-pair').innerText()).toMatch(/→ Future state$/)
    await expect.poll(() => stepChanges(page)).toContain(`Added: ${NEW_STEP}, SPD prep and pack technician`)
    const steps = await stepChanges(page)
    expect(steps.filter((s) => s.startsWith('Added:'))).toHaveLength(2)
    expect(steps.filter((s) => s.startsWith('Removed:'))).toHaveLength(1)
    await expect(page.getByRole('list', { name: 'Summary' }).innerText()).resolves.toMatch(/2\s+added/)

    // A click on the change shows the new step in the derived state's pane.
    await page.getByRole('region', { name: 'Changes' }).getByRole('button', { name: new RegExp(`^Added: ${NEW_STEP}`) }).click()
    const derived = page.getByRole('region', { name: 'Future state 2', exact: true })
    await expect.poll(() => stepNode(derived, NEW_STEP).locator('.step.is-selected').count()).toBe(1)
    await session.screenshot(page, 'first-run-diff-1280')

    // The guide is still there on the list until it is put away; then a reload keeps it away.
    await page.getByRole('button', { name: 'Back to projects' }).click()
    await page.getByRole('region', { name: 'How to use flowstate' }).getByRole('button', { name: 'Got it' }).click()
    await expect(page.getByRole('button', { name: 'How to use flowstate' }).evaluate((b) => b === document.activeElement)).resolves.toBe(true)
    await page.reload()
    await page.getByRole('button', { name: EXAMPLE, exact: true }).waitFor()
    await expect(page.getByRole('region', { name: 'How to use flowstate' }).count()).resolves.toBe(0)
    await expect(page.getByRole('button', { name: 'How to use flowstate' }).isVisible()).resolves.toBe(true)
    await session.screenshot(page, 'first-run-guide-dismissed-1280')

    // It comes back when asked, also from inside a project.
    await page.getByRole('button', { name: 'How to use flowstate' }).click()
    await page.getByRole('region', { name: 'How to use flowstate' }).waitFor()
    await page.getByRole('button', { name: EXAMPLE, exact: true }).click()
    await page.getByRole('button', { name: 'Guide' }).click()
    await expect(page.getByRole('region', { name: 'How to use flowstate' }).getByRole('heading', { level: 3 }).count()).resolves.toBe(3)
  })

  it('given a fresh browser on a 1920×1080 screen, then the guide and the whole project list are in view', async () => {
    session = await launchBrowser()
    const page = await session.openApp()
    await page.setViewportSize({ width: 1920, height: 1080 })
    await page.getByRole('button', { name: 'CT imaging: order to report', exact: true }).waitFor()
    const guide = await page.getByRole('region', { name: 'How to use flowstate' }).boundingBox()
    const list = await page.getByRole('region', { name: 'Projects' }).boundingBox()
    expect(guide && list && guide.y + guide.height <= list.y).toBe(true)
    expect(list!.y + list!.height).toBeLessThanOrEqual(1080)
    await session.screenshot(page, 'first-run-guide-1920')
  })
})
