// Re-takes docs/screenshot.png (the README's picture) from the sterile processing example:
//   FLOWSTATE_SCREENSHOT=1 npx vitest run --project e2e tests/e2e/readmeScreenshot.e2e.ts
import { join } from 'node:path'
import { afterEach, it } from 'vitest'
import { launchBrowser, type BrowserSession } from './browser'

let session: BrowserSession | undefined
afterEach(async () => {
  await session?.close()
  session = undefined
})

it.runIf(process.env.FLOWSTATE_SCREENSHOT === '1')('takes the README screenshot', async () => {
  session = await launchBrowser()
  const page = await session.openApp()
  await page.setViewportSize({ width: 1920, height: 1080 })
  await page.getByRole('button', { name: /^Sterile processing/ }).click()
  await page.getByRole('region', { name: 'Future state' }).waitFor()
  // A reassignment picked in the change list: every pane centres it close enough to read the
  // overlay (the removed wait and lost handoffs, the new handoff, the reassignment's roles).
  await page.getByRole('region', { name: 'Changes' }).getByRole('button', { name: /^Reassigned: Transport soiled cart/ }).click()
  await page.getByRole('button', { name: 'Close the properties panel' }).click()
  await page.mouse.move(1, 1) // no button under the pointer looks hovered
  await page.waitForTimeout(1_000) // let the canvases glide to the step
  await page.screenshot({ path: join(process.cwd(), 'docs/screenshot.png') })
})
