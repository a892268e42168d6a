import type { Locator, Page } from 'playwright-core'
import { afterEach, describe, expect, it } from 'vitest'
import { launchBrowser, type BrowserSession } from './browser'

/** The step on the canvas of a region that shows `label`. */
const stepNode = (region: Locator, label: string) => region.locator('.react-flow__node-step', { hasText: label })

/** The lane a step is drawn in: the lane whose header's top and bottom enclose the step's centre. */
async function laneOf(region: Locator, label: string): Promise<string> {
  const box = (await stepNode(region, label).boundingBox())!
  const centre = box.y + box.height / 2
  for (const lane of await region.locator('.lane-head').all()) {
    const b = (await lane.boundingBox())!
    if (centre >= b.y && centre < b.y + b.height) return (await lane.locator('.lane-name').innerText()).trim()
  }
  return 'none'
}

async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  await page.mouse.move((from.x + to.x) / 2, (from.y + to.y) / 2, { steps: 6 })
  await page.mouse.move(to.x, to.y, { steps: 6 })
  await page.mouse.up()
}

const centre = (b: { x: number; y: number; width: number; height: number }) => ({ x: b.x + b.width / 2, y: b.y + b.height / 2 })

describe('capturing a workflow in the swimlane editor', () => {
  let session: BrowserSession | undefined
  afterEach(async () => {
    await session?.close()
    session = undefined
  })

  it('types five steps over two lanes by keyboard, connects a decision back, moves a step to another lane, undoes and redoes, and keeps it all after a reload', async () => {
    session = await launchBrowser()
    const page = await session.openApp()
    await page.getByLabel('New project').fill('Tray return')
    await page.getByLabel('New project').press('Enter')
    const region = page.getByRole('region', { name: 'Current state' })
    await region.getByRole('button', { name: 'Add step' }).waitFor()

    // Two lanes, from the keyboard.
    for (const role of ['OR nurse', 'SPD technician']) {
      await region.getByRole('button', { name: 'Add lane' }).focus()
      await page.keyboard.press('Enter')
      await page.keyboard.type(role)
      await page.keyboard.press('Enter')
    }

    // Five steps: Enter adds the next one, typing labels it, Tab moves it to the next lane, Alt+digit sets its kind.
    await region.locator('.state-canvas').focus()
    await page.keyboard.press('Enter')
    await page.keyboard.type('Case ends')
    await page.keyboard.press('Alt+5')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Pack used instruments')
    await page.keyboard.press('Enter')
    await page.keyboard.press('Tab')
    await page.keyboard.type('Receive tray in decontamination')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Tray complete?')
    await page.keyboard.press('Alt+2')
    await page.keyboard.press('Enter')
    await page.keyboard.type('Load washer')
    await page.keyboard.press('Escape')

    const labels = ['Case ends', 'Pack used instruments', 'Receive tray in decontamination', 'Tray complete?', 'Load washer']
    for (const label of labels) await expect(stepNode(region, label).count()).resolves.toBe(1)
    await expect(laneOf(region, 'Pack used instruments')).resolves.toBe('OR nurse')
    await expect(laneOf(region, 'Receive tray in decontamination')).resolves.toBe('SPD technician')
    await expect(region.locator('.react-flow__edge').count()).resolves.toBe(4)
    await expect(stepNode(region, 'Tray complete?').locator('.kind-decision').count()).resolves.toBe(1)
    await session.screenshot(page, 'editor-1-typed')

    // The decision loops back to packing: drag from its outgoing handle to the earlier step's incoming handle.
    await stepNode(region, 'Tray complete?').hover()
    const out = (await stepNode(region, 'Tray complete?').locator('.react-flow__handle.source').boundingBox())!
    const into = (await stepNode(region, 'Pack used instruments').locator('.react-flow__handle.target').boundingBox())!
    await drag(page, centre(out), centre(into))
    await expect(region.locator('.react-flow__edge').count()).resolves.toBe(5)

    // "Load washer" is dragged up into the OR nurse lane: the OR nurse now does it.
    const washer = centre((await stepNode(region, 'Load washer').boundingBox())!)
    const orLane = (await region.locator('.react-flow__node-lane').first().boundingBox())!
    await drag(page, washer, { x: washer.x + 40, y: orLane.y + orLane.height / 2 })
    await expect(laneOf(region, 'Load washer')).resolves.toBe('OR nurse')
    await session.screenshot(page, 'editor-2-moved')

    // Undo puts it back in the SPD lane in one step; redo moves it again.
    await page.getByRole('button', { name: 'Undo' }).click()
    await expect(laneOf(region, 'Load washer')).resolves.toBe('SPD technician')
    await expect(region.locator('.react-flow__edge').count()).resolves.toBe(5)
    await region.locator('.state-canvas').focus()
    await page.keyboard.press('Control+Shift+Z')
    await expect(laneOf(region, 'Load washer')).resolves.toBe('OR nurse')

    // Saved as typed: after a reload everything is still there.
    await page.getByRole('status').filter({ hasText: /^Saved$/ }).waitFor()
    await page.reload()
    const again = page.getByRole('region', { name: 'Current state' })
    await stepNode(again, 'Load washer').waitFor()
    for (const label of labels) await expect(stepNode(again, label).count()).resolves.toBe(1)
    await expect(again.locator('.react-flow__edge').count()).resolves.toBe(5)
    await expect(laneOf(again, 'Load washer')).resolves.toBe('OR nurse')
    await expect(laneOf(again, 'Receive tray in decontamination')).resolves.toBe('SPD technician')
    await expect(stepNode(again, 'Case ends').locator('.kind-start').count()).resolves.toBe(1)
    await session.screenshot(page, 'editor-3-reloaded')
  })

  it('maps the sterile-processing current state from scratch with the keyboard only', async () => {
    session = await launchBrowser()
    const page = await session.openApp()
    await page.getByLabel('New project').fill('Sterile processing, typed')
    await page.getByLabel('New project').press('Enter')
    const region = page.getByRole('region', { name: 'Current state' })
    await region.getByRole('button', { name: 'Add step' }).waitFor()
    const started = Date.now()

    await region.locator('.state-canvas').focus()
    for (const role of ['OR nurse', 'Courier', 'SPD decontamination technician', 'SPD prep and pack technician', 'SPD supervisor', 'SPD sterile storage technician']) {
      await page.keyboard.press('Alt+L')
      await page.getByLabel('Role, team or department').waitFor()
      await page.keyboard.type(role)
      await page.keyboard.press('Enter')
      await region.locator('.lane-name', { hasText: role }).waitFor()
    }
    await expect.poll(() => page.evaluate(() => document.activeElement?.classList.contains('state-canvas'))).toBe(true)

    // [lanes to move down (+) or up (-), label, Alt+digit for the kind (1 task, 2 decision, 3 wait, 4 subprocess, 5 start, 6 end)]
    const steps: [number, string, number?][] = [
      [0, 'Surgical case ends', 5],
      [0, 'Point-of-use pre-cleaning'],
      [1, 'Wait for courier pickup', 3],
      [0, 'Transport soiled cart to decontamination'],
      [1, 'Sort, manually clean and load washer'],
      [0, 'Washer-disinfector cycle', 3],
      [1, 'Inspect and assemble tray', 4],
      [0, 'Clean and functional?', 2],
      [0, 'Load sterilizer and write load log'],
      [0, 'Sterilization cycle', 3],
      [0, 'Check cycle printout and chemical indicators'],
      [0, 'Read biological indicator'],
      [1, 'Review load log and sign release'],
      [1, 'Shelve trays in sterile storage'],
      [0, 'Pick case cart from pick list'],
      [-4, 'Deliver case cart to OR'],
      [-1, 'Check cart and record trays in case record'],
      [0, 'Trays ready for next case', 6],
    ]
    for (const [lanes, label, kind] of steps) {
      await page.keyboard.press('Enter')
      for (let k = 0; k < Math.abs(lanes); k++) await page.keyboard.press(lanes > 0 ? 'Tab' : 'Shift+Tab')
      await page.keyboard.type(label)
      if (kind) await page.keyboard.press(`Alt+${kind}`)
    }
    await page.keyboard.press('Escape')

    // The rework loop: back along the flows to the decision, connect it to the washer step, name the branch.
    for (let k = 0; k < 10; k++) await page.keyboard.press('ArrowLeft')
    await expect(page.getByRole('textbox', { name: 'Label', exact: true }).inputValue()).resolves.toBe('Clean and functional?')
    await page.keyboard.press('Control+K')
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('connect-to')
    await page.keyboard.type('Sort')
    await page.keyboard.press('Enter')
    await page.getByLabel('Name of the flow to Sort, manually clean and load washer').waitFor()
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.press('Shift+Tab')
    await page.keyboard.type('No: re-clean')
    const minutes = (Date.now() - started) / 60_000

    await expect(region.locator('.react-flow__node-step').count()).resolves.toBe(18)
    await expect(region.locator('.react-flow__edge').count()).resolves.toBe(18)
    await expect(region.locator('.lane-head').count()).resolves.toBe(6)
    await expect(region.locator('.kind-wait').count()).resolves.toBe(3)
    await expect(region.locator('.kind-decision').count()).resolves.toBe(1)
    await expect(laneOf(region, 'Deliver case cart to OR')).resolves.toBe('Courier')
    await expect(laneOf(region, 'Review load log and sign release')).resolves.toBe('SPD supervisor')
    await expect(region.locator('.react-flow__edge-text', { hasText: 'No: re-clean' }).count()).resolves.toBe(1)
    await region.getByRole('button', { name: 'Zoom to fit' }).click()
    await page.waitForTimeout(500) // the fit glides for a quarter second
    await session.screenshot(page, 'editor-5-sterile-processing-typed')
    console.log(`typed the sterile-processing current state (18 steps, 6 lanes) in ${minutes.toFixed(2)} min of simulated keystrokes`)
  }, 180_000)

  it('tidies up an example state in a worker, keeping every step in its lane, as one undo step', async () => {
    session = await launchBrowser()
    const page = await session.openApp()
    await page.getByRole('button', { name: 'Sterile processing: decontamination to the OR', exact: true }).click()
    const region = page.getByRole('region', { name: /^Current state/ })
    await region.locator('.react-flow__node-step').first().waitFor()
    const layout = () =>
      region.locator('.react-flow__node-step').evaluateAll((nodes) => nodes.map((n) => `${n.getAttribute('data-id')} ${(n as HTMLElement).style.transform}`).sort())
    const before = await layout()
    const lanesBefore = await lanesById(region)

    await region.getByRole('button', { name: 'Tidy up' }).click()
    await expect.poll(layout, { timeout: 20_000 }).not.toEqual(before)
    await expect(lanesById(region)).resolves.toEqual(lanesBefore)
    await session.screenshot(page, 'editor-4-tidied')

    await page.getByRole('button', { name: 'Undo' }).click()
    await expect.poll(layout).toEqual(before)
  })
})

/** Every step's lane, by step id, read from where steps and lane headers are drawn. */
function lanesById(region: Locator): Promise<Record<string, string>> {
  return region.evaluate((root) => {
    const heads = [...root.querySelectorAll<HTMLElement>('.lane-head')].map((h) => ({ name: h.querySelector('.lane-name')!.textContent, box: h.getBoundingClientRect() }))
    const out: Record<string, string> = {}
    for (const n of root.querySelectorAll<HTMLElement>('.react-flow__node-step')) {
      const b = n.getBoundingClientRect()
      const y = b.y + b.height / 2
      out[n.dataset.id!] = heads.find((h) => y >= h.box.top && y < h.box.bottom)?.name ?? 'none'
    }
    return out
  })
}
