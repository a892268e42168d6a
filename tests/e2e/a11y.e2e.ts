// Accessibility of the main screens, checked by axe-core in real Chromium: the project list, an
// example's project view with the compare overlay, the properties panel, the shortcut sheet and
// presentation mode.
// Serious and critical violations fail the test; each one is printed so that a failure says what
// to fix and where.
import { createRequire } from 'node:module'
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { launchBrowser, type BrowserSession } from './browser'
import { openExample } from './examples'

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

interface Violation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[]; failureSummary?: string }[]
}

/** axe's violations on the page as it is now (axe is injected once per page). */
async function violations(page: Page): Promise<Violation[]> {
  // A control fading in or out would be measured half transparent: let transitions end first.
  // (A cancelled one rejects, an endless one never ends: neither is waited for.)
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
        .map((a) => a.finished.catch(() => undefined)),
    ),
  )
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE })
  return page.evaluate(async (tags) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: Violation[] }> } }).axe
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] })
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target.map(String), failureSummary: n.failureSummary })),
    }))
  }, TAGS)
}

/** One line per offending element: "serious color-contrast: help — target — summary". */
function describeAll(found: Violation[]): string {
  return found
    .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id}: ${v.help} — ${n.target.join(' ')} — ${(n.failureSummary ?? '').replace(/\s+/g, ' ').trim()}`))
    .join('\n')
}

/** Fails on serious or critical violations; logs the counts by impact of all of them. */
async function expectNoSeriousViolations(page: Page, screen: string): Promise<void> {
  const found = await violations(page)
  const counts: Record<string, number> = {}
  for (const v of found) counts[v.impact ?? 'unknown'] = (counts[v.impact ?? 'unknown'] ?? 0) + v.nodes.length
  console.log(`axe on ${screen}: ${JSON.stringify(counts)}${found.length ? '\n' + describeAll(found) : ''}`)
  const blocking = found.filter((v) => v.impact === 'serious' || v.impact === 'critical')
  expect(blocking.length, `serious or critical violations on ${screen}:\n${describeAll(blocking)}`).toBe(0)
}

describe('accessibility of the main screens (axe-core, WCAG 2 A and AA)', () => {
  let session: BrowserSession | undefined
  afterEach(async () => {
    await session?.close()
    session = undefined
  })

  it('given a fresh profile with the examples, then the project list has no serious or critical violation', async () => {
    session = await launchBrowser()
    const page = await session.openApp()
    await page.getByRole('button', { name: /^Sterile processing/ }).waitFor()
    await expectNoSeriousViolations(page, 'the project list')
  })

  it('given the sterile processing example compared current → future, then the project view (at 1920×1080 and 1280×800), the properties panel of a selected step and the shortcut sheet have no serious or critical violation', async () => {
    session = await launchBrowser()
    const page = await openExample(session, 'Sterile processing', { width: 1920, height: 1080 })
    await expect(page.getByRole('combobox', { name: 'Before' }).inputValue()).resolves.toBe('sp_state_current')
    await expect(page.getByRole('combobox', { name: 'After' }).inputValue()).resolves.toBe('sp_state_future')
    await page.locator('.step.overlay-added').first().waitFor()
    await expectNoSeriousViolations(page, 'the project view with the compare overlay')

    await page.getByRole('region', { name: 'Changes' }).getByRole('button', { name: /^Reassigned: Deliver case cart to OR/ }).click()
    await page.getByRole('complementary', { name: 'Properties' }).getByRole('textbox', { name: 'Label' }).waitFor()
    await expectNoSeriousViolations(page, 'the properties panel of a selected step')

    await page.getByRole('button', { name: 'Shortcuts' }).click()
    await page.getByRole('dialog', { name: 'Keyboard shortcuts' }).waitFor()
    await expectNoSeriousViolations(page, 'the keyboard shortcut sheet')

    // On a laptop's screen the toolbars fold their labels away and the maps are drawn smaller.
    await page.keyboard.press('Escape')
    await page.setViewportSize({ width: 1280, height: 800 })
    await expect.poll(() => page.getByRole('button', { name: 'Side by side' }).isDisabled()).toBe(true)
    await expectNoSeriousViolations(page, 'the project view at 1280×800')
  })

  it('given the sterile processing example in presentation mode, then its overview and a change stepped to have no serious or critical violation', async () => {
    session = await launchBrowser()
    const page = await openExample(session, 'Sterile processing', { width: 1920, height: 1080 })
    await page.getByRole('button', { name: 'Present', exact: true }).click()
    const stage = page.getByRole('dialog', { name: /^Presentation: Sterile processing/ })
    await stage.getByRole('heading', { level: 1 }).waitFor()
    await expectNoSeriousViolations(page, 'presentation mode, its overview')

    await page.keyboard.press('ArrowRight')
    await expect.poll(() => stage.locator('.present-count').textContent()).toMatch(/^1 of \d+$/)
    await stage.locator('.react-flow__node.is-spotlit').first().waitFor()
    await expectNoSeriousViolations(page, 'presentation mode, the first change')
  })
})
