// The handoff flags of the compare overlay on the three examples: on a dense map their full notes
// ("New handoff: OR nurse → SPD decontamination technician") covered one another and the steps.
import type { Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { launchBrowser, type BrowserSession } from './browser'
import { showExample } from './examples'

const EXAMPLES = ['Sterile processing', 'CT imaging', 'Lab sample']
const SCREENS = [
  { width: 1280, height: 800, layout: 'Stacked' },
  { width: 1920, height: 1080, layout: 'Side by side' },
] as const

interface Box {
  text: string
  left: number
  top: number
  right: number
  bottom: number
}

/** Per pane on screen: its flags and the boxes of its steps, in screen pixels. */
const flagsAndSteps = (page: Page) =>
  page.locator('.pane:not([hidden]) .state-canvas').evaluateAll((canvases) => {
    const box = (e: Element): Box => {
      const r = e.getBoundingClientRect()
      return { text: e.textContent ?? '', left: r.left, top: r.top, right: r.right, bottom: r.bottom }
    }
    return canvases.map((c) => ({
      flags: [...c.querySelectorAll('.flow-flag')].map(box),
      steps: [...c.querySelectorAll('.react-flow__node-step, .react-flow__node-ghost')].map(box),
    }))
  })

const overlap = (a: Box, b: Box) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5

async function openExampleOn(page: Page, name: string, screen: (typeof SCREENS)[number]): Promise<void> {
  await page.setViewportSize({ width: screen.width, height: screen.height })
  await showExample(page, name)
  await page.getByRole('button', { name: screen.layout }).click()
  await page.locator('.flow-flag').first().waitFor()
}

describe('the handoff flags of the compare overlay', () => {
  let session: BrowserSession | undefined
  afterEach(async () => {
    await session?.close()
    session = undefined
  })

  it('given each example with three panes, stacked at 1280×800 and side by side at 1920×1080, then the flags are short and cover neither one another nor a step', async () => {
    session = await launchBrowser()
    const page = await session.context.newPage()
    for (const example of EXAMPLES) {
      for (const screen of SCREENS) {
        await openExampleOn(page, example, screen)
        const panes = await flagsAndSteps(page)
        expect(panes).toHaveLength(3)
        const where = `${example} at ${screen.width}×${screen.height}`
        expect(panes.flatMap((p) => p.flags).length, where).toBeGreaterThan(0)
        for (const { flags, steps } of panes) {
          for (const flag of flags) expect(['New handoff', 'Handoff removed'], where).toContain(flag.text)
          const collisions = flags.flatMap((a, i) => [...flags.slice(i + 1), ...steps].filter((b) => overlap(a, b)).map((b) => `${a.text} / ${b.text}`))
          expect(collisions, where).toEqual([])
        }
        if (example === 'Sterile processing') await session.screenshot(page, `overlay-flags-${screen.width}`)
      }
    }
  })

  it('given the sterile processing example, when the new handoff is hovered or selected, then its flag reads in full above the steps, and the flow names it for a screen reader', async () => {
    session = await launchBrowser()
    const page = await session.context.newPage()
    await openExampleOn(page, 'Sterile processing', SCREENS[1])
    const future = page.getByRole('region', { name: 'Future state', exact: true })
    const note = 'New handoff: OR nurse → SPD decontamination technician'
    const edge = future.locator('.react-flow__edge.overlay-added')
    const flag = future.locator('.flow-flag-added')
    // The future map shown whole, as a facilitator would project it.
    await future.getByRole('button', { name: 'Maximise' }).click()
    await future.getByRole('button', { name: 'Zoom to fit' }).click()
    // The fit glides: wait until the flag stands still.
    let last = ''
    await expect.poll(async () => last === (last = JSON.stringify(await flag.boundingBox()))).toBe(true)

    // The full wording is always there: the flow's tooltip and its spoken name.
    await expect(edge.locator('title').textContent()).resolves.toBe(note)
    await expect(edge.getAttribute('aria-label')).resolves.toBe(`Flow from Send soiled cart down the dirty lift to Scan tray at decontamination receipt. ${note}`)

    // when hovered (the flag takes no pointer: the flow under it is hovered)
    const box = (await flag.boundingBox())!
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await expect.poll(() => flag.textContent()).toBe(note)
    // then it lies above the steps
    const raised = await flag.evaluate((e) => Number(getComputedStyle(e).zIndex))
    const steps = await future.locator('.react-flow__node-step').evaluateAll((els) => els.map((e) => Number(getComputedStyle(e).zIndex) || 0))
    expect(raised).toBeGreaterThan(Math.max(...steps))
    await session.screenshot(page, 'overlay-flag-hovered')

    // when the pointer leaves, the short flag is back; a click selects the flow and opens it again
    await page.mouse.move(5, 5)
    await expect.poll(() => flag.textContent()).toBe('New handoff')
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2)
    await page.mouse.move(5, 5)
    await expect.poll(() => flag.textContent()).toBe(note)
  })
})
