// The compare view in real Chromium, on the sterile processing example. What the change list must
// say comes from the hand check in tests/fixtures/examples/sterile-processing.expected.md.
import type { Locator, Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { launchBrowser, type BrowserSession } from './browser'
import { openExample } from './examples'

const EXAMPLE = 'Sterile processing: decontamination to the OR'

/** A step by its label; zoomed far out the canvas draws no text, so the label is read from the tooltip. */
const stepNode = (region: Locator, label: string) => region.locator(`.react-flow__node-step:has(.step[title="${label}"])`)
/** The item buttons of one group of the change list, as a screen reader names them. */
const itemsOf = async (page: Page, group: RegExp) => {
  const buttons = await page.getByRole('region', { name: 'Changes' }).getByRole('region', { name: group }).locator('.change-main').all()
  return Promise.all(buttons.map(async (b) => (await b.getAttribute('aria-label')) ?? ''))
}

describe('comparing states side by side', () => {
  let session: BrowserSession | undefined
  afterEach(async () => {
    await session?.close()
    session = undefined
  })

  it('given the sterile processing example, when current is compared with future, then the change list shows the hand-checked changes and a click selects the step in every pane', async () => {
    session = await launchBrowser()
    const page = await openExample(session, EXAMPLE)

    // Current → future is the default comparison.
    await expect(page.getByRole('combobox', { name: 'Before' }).inputValue()).resolves.toBe('sp_state_current')
    await expect(page.getByRole('combobox', { name: 'After' }).inputValue()).resolves.toBe('sp_state_future')

    const steps = await itemsOf(page, /^Steps/)
    expect(steps).toHaveLength(12) // 1 added, 1 removed, 10 changed
    expect(steps[0]).toBe('Added: Scan tray at decontamination receipt, SPD decontamination technician')
    expect(steps[1]).toBe('Removed: Wait for courier pickup, Courier')
    const reassigned = steps.filter((s) => s.startsWith('Reassigned:'))
    expect(reassigned).toEqual([
      expect.stringContaining('Transport soiled cart to decontamination → Send soiled cart down the dirty lift, Courier → OR nurse'),
      expect.stringContaining('Review load log and sign release → Release load by scan, SPD supervisor → SPD prep and pack technician'),
      expect.stringContaining('Deliver case cart to OR → Send case cart up the clean lift, Courier → SPD sterile storage technician'),
    ])

    const handoffs = await itemsOf(page, /^Handoffs/)
    expect(handoffs.filter((h) => h.startsWith('New handoff:'))).toEqual(['New handoff: OR nurse → SPD decontamination technician, Send soiled cart down the dirty lift → Scan tray at decontamination receipt'])
    expect(handoffs.filter((h) => h.startsWith('Handoff gone:'))).toHaveLength(4)
    expect(handoffs).toContain('Handoff gone: SPD prep and pack technician → SPD supervisor, Read biological indicator → Review load log and sign release')

    const duplicates = await itemsOf(page, /^Duplicate documentation/)
    expect(duplicates.map((d) => d.split(', by hand')[0])).toEqual(['Resolved: Biological indicator result', 'Resolved: Tray ID'])

    const roles = await page.getByRole('region', { name: /^Roles: who must adapt/ }).getByRole('heading', { level: 4 }).allInnerTexts()
    expect(roles).toEqual(['Courier', 'OR nurse', 'SPD decontamination technician', 'SPD prep and pack technician', 'SPD sterile storage technician', 'SPD supervisor'])

    // The overlay: the new step is green, the reassigned one amber with its roles, the new handoff marked on its flow.
    const current = page.getByRole('region', { name: 'Current state', exact: true })
    const future = page.getByRole('region', { name: 'Future state', exact: true })
    await expect(stepNode(future, 'Scan tray at decontamination receipt').locator('.step.overlay-added').count()).resolves.toBe(1)
    await expect(stepNode(future, 'Send soiled cart down the dirty lift').locator('.step.overlay-changed').count()).resolves.toBe(1)
    await expect(stepNode(current, 'Wait for courier pickup').locator('.step.overlay-removed').count()).resolves.toBe(1)
    await expect(future.locator('.react-flow__edge.overlay-added').count()).resolves.toBe(1)
    await expect(current.locator('.react-flow__edge.overlay-removed').count()).resolves.toBe(4)
    await session.screenshot(page, 'compare-current-future')

    // Close enough to read, the steps carry the diff's words: the roles of a reassignment, the item documented twice.
    for (const region of [current, future]) {
      while ((await region.locator('.step.is-far').count()) > 0) await region.getByRole('button', { name: 'Zoom In' }).click()
    }
    await expect(stepNode(future, 'Send soiled cart down the dirty lift').locator('.badge', { hasText: 'Courier → OR nurse' }).count()).resolves.toBe(1)
    await expect(stepNode(current, 'Inspect and assemble tray').locator('.badge', { hasText: 'Twice: Tray ID' }).count()).resolves.toBe(1)

    // A click on the reassigned step selects it in both panes (and in the transition state, by lineage).
    await page.getByRole('region', { name: 'Changes' }).getByRole('button', { name: /^Reassigned: Transport soiled cart/ }).click()
    await stepNode(current, 'Transport soiled cart to decontamination').and(page.locator('.selected')).waitFor()
    await stepNode(future, 'Send soiled cart down the dirty lift').and(page.locator('.selected')).waitFor()
    await expect(stepNode(current, 'Transport soiled cart to decontamination').locator('.step.is-selected').count()).resolves.toBe(1)
    await expect(stepNode(future, 'Send soiled cart down the dirty lift').locator('.step.is-selected').count()).resolves.toBe(1)
    const transition = page.getByRole('region', { name: 'Transition state', exact: true })
    await expect(stepNode(transition, 'Transport soiled cart to decontamination').locator('.step.is-selected').count()).resolves.toBe(1)
    await expect(page.locator('.react-flow__node-step.selected').count()).resolves.toBe(3)
    await session.screenshot(page, 'compare-selected')
  })

  it('given the example, when the comparison changes to current → transition and a label is edited, then the list follows', async () => {
    session = await launchBrowser()
    const page = await openExample(session, EXAMPLE)
    await page.getByRole('combobox', { name: 'After' }).selectOption({ label: 'Transition state: tracking system beside the paper logs' })

    const changes = page.getByRole('region', { name: 'Changes' })
    await changes.getByText('Current state: paper logs → Transition state: tracking system beside the paper logs').waitFor()
    await expect(itemsOf(page, /^Steps/)).resolves.toEqual([
      'Added: Key tray ID into tracking system at receipt, SPD decontamination technician',
      'Added: Compare paper log with tracking system, Tracking system super user',
      expect.stringMatching(/^Changed: Inspect and assemble tray/),
      expect.stringMatching(/^Changed: Load sterilizer and write load log/),
      expect.stringMatching(/^Changed: Read biological indicator/),
      expect.stringMatching(/^Changed: Review load log and sign release/),
    ])
    const duplicates = (await itemsOf(page, /^Duplicate documentation/)).map((d) => d.split(', by hand')[0])
    expect(duplicates).toEqual(['Introduced: Instrument count', 'Introduced: Load contents', 'Introduced: Load release', 'Still twice: Biological indicator result', 'Still twice: Tray ID'])

    // Picking the added step makes its pane active: its label is edited in the properties, and the list follows.
    await changes.getByRole('button', { name: /^Added: Compare paper log/ }).click()
    const label = page.getByRole('complementary', { name: 'Properties' }).getByRole('textbox', { name: 'Label' })
    await expect(label.inputValue()).resolves.toBe('Compare paper log with tracking system')
    await label.fill('Reconcile paper log and tracking system')
    await label.press('Tab')
    await changes.getByRole('button', { name: /^Added: Reconcile paper log and tracking system/ }).waitFor()
  })

  it('given both canvases were panned and zoomed out by hand, when a change is picked in the list, then each pane centres its step at a readable size', async () => {
    session = await launchBrowser()
    const page = await openExample(session, EXAMPLE)
    const current = page.getByRole('region', { name: 'Current state', exact: true })
    const future = page.getByRole('region', { name: 'Future state', exact: true })

    // given: a drag on each canvas (a pan, not a selection) and a click on its zoom-out button
    for (const region of [current, future]) {
      const box = (await region.locator('.state-canvas').boundingBox())!
      await page.mouse.move(box.x + box.width * 0.7, box.y + box.height * 0.6)
      await page.mouse.down()
      await page.mouse.move(box.x + box.width * 0.4, box.y + box.height * 0.3, { steps: 5 })
      await page.mouse.up()
      await region.getByRole('button', { name: 'Zoom Out' }).click()
    }

    // when: a reassigned step far to the right of the map is picked
    await page.getByRole('region', { name: 'Changes' }).getByRole('button', { name: /^Reassigned: Deliver case cart to OR/ }).click()

    // then: in both panes the step is in the middle of the map's visible part, large enough to read
    const centred = async (region: Locator, label: string) => {
      const canvas = (await region.locator('.state-canvas').boundingBox())!
      const names = (await region.locator('.lane-headers').boundingBox())!
      const node = (await stepNode(region, label).boundingBox())!
      const visibleLeft = names.x + names.width
      return {
        dx: Math.abs(node.x + node.width / 2 - (visibleLeft + canvas.x + canvas.width) / 2),
        dy: Math.abs(node.y + node.height / 2 - (canvas.y + canvas.height / 2)),
        width: node.width,
      }
    }
    for (const [region, label] of [
      [current, 'Deliver case cart to OR'],
      [future, 'Send case cart up the clean lift'],
    ] as const) {
      await expect.poll(() => centred(region, label).then((c) => c.dx < 24 && c.dy < 24), { timeout: 5_000 }).toBe(true)
      // A task is 160 wide on the map: at 0.8 or more it is at least 128 px on screen.
      await expect(centred(region, label).then((c) => c.width)).resolves.toBeGreaterThanOrEqual(127)
      await expect(stepNode(region, label).locator('.step.is-selected').count()).resolves.toBe(1)
    }
    await session.screenshot(page, 'compare-centred-after-pan')
  })

  it('given the example, then lane names stay readable far zoomed out, a vanished role gets a ghost lane, and a pane can be maximised and restored', async () => {
    session = await launchBrowser()
    const page = await openExample(session, EXAMPLE)
    const current = page.getByRole('region', { name: 'Current state', exact: true })
    const future = page.getByRole('region', { name: 'Future state', exact: true })

    // Three stacked maps are drawn small, but every lane name is at least 12 px and pinned at the left edge.
    const names = await current.locator('.lane-head .lane-name').evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)))
    expect(names).toHaveLength(6)
    for (const size of names) expect(size).toBeGreaterThanOrEqual(12)
    const canvas = (await current.locator('.state-canvas').boundingBox())!
    expect((await current.locator('.lane-headers').boundingBox())!.x).toBeCloseTo(canvas.x, 0)

    // The courier's removed wait is drawn as a ghost in a faint Courier lane of the future state.
    const ghostLane = future.locator('.lane-head.is-ghost')
    await expect(ghostLane.locator('.lane-name').innerText()).resolves.toBe('Courier')
    const lane = (await ghostLane.boundingBox())!
    const ghost = (await future.locator('.react-flow__node-ghost').boundingBox())!
    expect(ghost.y + ghost.height / 2).toBeGreaterThan(lane.y)
    expect(ghost.y + ghost.height / 2).toBeLessThan(lane.y + lane.height)

    // Maximised, the future state has the room of all three panes; restored, all three are back.
    const before = (await future.locator('.state-canvas').boundingBox())!
    await future.getByRole('button', { name: 'Maximise' }).click()
    await expect(current.isVisible()).resolves.toBe(false)
    await expect.poll(async () => (await future.locator('.state-canvas').boundingBox())!.height).toBeGreaterThan(before.height * 2.5)
    await session.screenshot(page, 'compare-maximised')
    await future.getByRole('button', { name: 'Maximise' }).click()
    await expect(current.isVisible()).resolves.toBe(true)
  })

  it('given one map panned by hand, when the window grows, then the untouched maps fit the new height and the panned one stays where it was put', async () => {
    session = await launchBrowser()
    const page = await openExample(session, EXAMPLE)
    const current = page.getByRole('region', { name: 'Current state', exact: true })
    const future = page.getByRole('region', { name: 'Future state', exact: true })
    const transformOf = (region: Locator) => region.locator('.react-flow__viewport').evaluate((e) => (e as HTMLElement).style.transform)
    const lanesHeight = async (region: Locator) => {
      const heads = await region.locator('.lane-head').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()))
      return heads.at(-1)!.bottom - heads[0]!.top
    }

    const box = (await current.locator('.state-canvas').boundingBox())!
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.5)
    await page.mouse.down()
    await page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.3, { steps: 5 })
    await page.mouse.up()
    const panned = await transformOf(current)
    const futureLanes = await lanesHeight(future)

    await page.setViewportSize({ width: 1600, height: 1200 })
    await expect.poll(() => lanesHeight(future)).toBeGreaterThan(futureLanes * 1.3)
    const canvas = (await future.locator('.state-canvas').boundingBox())!
    await expect(lanesHeight(future)).resolves.toBeGreaterThan(canvas.height - 40)
    await expect(transformOf(current)).resolves.toBe(panned)
  })

  it('stacks the panes on a narrow screen', async () => {
    session = await launchBrowser()
    const page = await openExample(session, EXAMPLE)
    await page.setViewportSize({ width: 900, height: 1000 })
    const boxes = await Promise.all(['Current state', 'Transition state', 'Future state'].map((name) => page.getByRole('region', { name, exact: true }).boundingBox()))
    expect(boxes[1]!.y).toBeGreaterThan(boxes[0]!.y + boxes[0]!.height - 1)
    expect(boxes[2]!.y).toBeGreaterThan(boxes[1]!.y + boxes[1]!.height - 1)
    expect(Math.abs(boxes[0]!.x - boxes[2]!.x)).toBeLessThan(2)
    await session.screenshot(page, 'compare-narrow')
  })
})
