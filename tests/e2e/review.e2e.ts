// Clinical design validation on the sterile processing example, in real Chromium: pain points are
// raised on today's map, a future state is derived and one step removed, the Pain points view says
// which pain points the future addresses, two roles sign off, an edit makes one sign-off stale,
// and the CSV plan holds the decision task and the sign-off milestones. Screenshots of each screen
// land in tests/e2e/.artifacts/review-*.png.
import { readFileSync } from 'node:fs'
import type { Locator, Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { parseCsv, records } from '../io/csv/parseCsv'
import { launchBrowser, type BrowserSession } from './browser'
import { openExample } from './examples'

const EXAMPLE = 'Sterile processing: decontamination to the OR'
const stepNode = (region: Locator, label: string) => region.locator(`.react-flow__node-step:has(.step[title="${label}"])`)
const panel = (page: Page) => page.getByRole('complementary', { name: 'Properties' })

/** Selects the step in the pane and raises a pain point on it from the properties panel. */
async function raisePainPoint(page: Page, pane: Locator, step: string, pain: { text: string; type: string; severity: string; role: string }) {
  await stepNode(pane, step).click()
  const form = panel(page).getByRole('form', { name: 'Add a comment or pain point' })
  await form.getByRole('combobox', { name: 'Pain point' }).selectOption({ label: pain.type })
  await form.getByRole('combobox', { name: 'Severity' }).selectOption(pain.severity)
  await form.getByRole('textbox', { name: 'What hurts' }).fill(pain.text)
  await form.getByRole('textbox', { name: 'Your name' }).fill('Joan Okafor')
  await form.getByRole('combobox', { name: 'Raised for role' }).selectOption({ label: pain.role })
  await form.getByRole('button', { name: 'Raise pain point' }).click()
  await panel(page).getByRole('article', { name: 'Pain point by Joan Okafor' }).filter({ hasText: pain.text }).waitFor()
}

describe('pain points and sign-off', () => {
  let session: BrowserSession | undefined
  afterEach(async () => {
    await session?.close()
    session = undefined
  })

  it('given the sterile processing example, when pain points are raised, a future derived and signed off, then the view, the sign-offs and the CSV plan say what is addressed, stale and to decide', { timeout: 180_000 }, async () => {
    session = await launchBrowser()
    const page = await openExample(session, EXAMPLE, { width: 1440, height: 900 })
    const current = page.getByRole('region', { name: 'Current state', exact: true })

    // Two pain points on today's map.
    await raisePainPoint(page, current, 'Point-of-use pre-cleaning', { text: 'Enzymatic foam runs out on late cases', type: 'missing information', severity: 'high', role: 'OR nurse' })
    await raisePainPoint(page, current, 'Shelve trays in sterile storage', { text: 'Shelves are full; trays are stacked on the floor', type: 'safety risk', severity: 'high', role: 'SPD sterile storage technician' })
    const badge = stepNode(current, 'Shelve trays in sterile storage').locator('.pain-badge')
    await expect(badge.getAttribute('title')).resolves.toBe('1 open pain point, highest severity high')
    await expect(badge.innerText()).resolves.toMatch(/1 high/)
    await session.screenshot(page, 'review-pain-point-raised')

    // A future state derived from today's, compared with it; pre-cleaning removed there.
    await page.getByRole('button', { name: /^States/ }).click()
    const derive = page.getByRole('group', { name: 'Derive state' })
    await derive.getByRole('combobox', { name: 'Copy of' }).selectOption('sp_state_current')
    await derive.getByRole('combobox', { name: 'Phase of the new state' }).selectOption('future')
    await derive.getByRole('button', { name: 'Derive state' }).click()
    const derived = page.getByRole('region', { name: 'Future state 2', exact: true })
    await derived.waitFor()
    await page.getByRole('button', { name: /^States/ }).click()
    const after = page.getByRole('combobox', { name: 'After' })
    const derivedId = await after.locator('option').evaluateAll((options) => (options as HTMLOptionElement[]).at(-1)!.value)
    await after.selectOption(derivedId)
    await stepNode(derived, 'Point-of-use pre-cleaning').click()
    await page.keyboard.press('Delete')
    await expect.poll(() => stepNode(derived, 'Point-of-use pre-cleaning').count()).toBe(0)

    // The Pain points view: the removed step's pain point is addressed, the unchanged one is not.
    const view = page.getByRole('region', { name: 'Changes' }).getByRole('region', { name: /^Pain points/ })
    const row = (text: string) => view.getByRole('button').filter({ hasText: text })
    await expect.poll(() => row('Enzymatic foam runs out').innerText()).toMatch(/Addressed[\s\S]*Removed in/)
    await expect.poll(() => row('Shelves are full').innerText()).toMatch(/Not addressed[\s\S]*Unchanged in/)
    await row('Shelves are full').scrollIntoViewIfNeeded()
    // The removed step's ghost in the derived pane still carries its pain point.
    await expect.poll(() => derived.locator('.react-flow__node-ghost .pain-badge').count()).toBeGreaterThan(0)
    await session.screenshot(page, 'review-pain-points-view')

    // Two roles sign off the derived state; the header counts them.
    await derived.getByRole('button', { name: /^Sign-off \d/ }).click()
    const dialog = page.getByRole('dialog', { name: /^Sign-off: / })
    for (const role of ['OR nurse', 'SPD sterile storage technician']) {
      await dialog.getByRole('combobox', { name: 'Role' }).selectOption({ label: role })
      await dialog.getByRole('textbox', { name: 'Reviewer' }).fill('Priya Shah')
      await dialog.getByRole('button', { name: 'Sign off', exact: true }).click()
      await dialog.getByRole('row').filter({ hasText: role }).filter({ hasText: 'Signed' }).waitFor()
    }
    await session.screenshot(page, 'review-sign-off-dialog')
    await dialog.getByRole('button', { name: 'Close' }).click()
    const chip = derived.getByRole('button', { name: /^Sign-off \d/ })
    await expect(chip.textContent()).resolves.toBe('Sign-off 2/6: 2 of 6 roles signed off, 0 stale, 4 outstanding')

    // An edit to one of the storage technician's steps makes that sign-off stale, and only that one.
    await stepNode(derived, 'Pick case cart from pick list').click()
    const touch = panel(page).getByRole('spinbutton', { name: 'Touch time' })
    await touch.fill('25')
    await touch.press('Tab')
    await expect.poll(() => chip.textContent()).toBe('Sign-off 1/6 · 1 stale: 1 of 6 roles signed off, 1 stale, 4 outstanding')
    await chip.click()
    await expect(dialog.getByRole('row').filter({ hasText: 'SPD sterile storage technician' }).innerText()).resolves.toMatch(/Stale[\s\S]*signed before 1 change[\s\S]*touch time changed/)
    await session.screenshot(page, 'review-stale-sign-off')
    await dialog.getByRole('button', { name: 'Close' }).click()

    // The CSV plan of Current → the derived state: the decision and the sign-off milestones.
    await page.getByRole('button', { name: 'Export', exact: true }).click()
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('menu', { name: 'Export' }).getByRole('menuitem', { name: 'Plan as CSV' }).click()])
    const rows = records(parseCsv(readFileSync((await file.path())!, 'utf8').replace(/^\uFEFF/, '')).rows)
    const task = (name: string) => rows.find((r) => r.Task![0] === name)
    expect(task('Decide: Shelve trays in sterile storage (safety risk)')).toMatchObject({ Type: ['Decision'], Role: ['SPD sterile storage technician'] })
    expect(task('Decide: Point-of-use pre-cleaning (missing information)')).toBeUndefined()
    expect(task('Sign-off: OR nurse on Future state')).toMatchObject({ Milestone: ['yes'], Done: ['yes'] })
    expect(task('Sign-off: SPD sterile storage technician on Future state')).toMatchObject({ Milestone: ['yes'], Done: ['no'] })
  })
})
