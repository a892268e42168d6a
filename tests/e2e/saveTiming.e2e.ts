// Reports how long an incremental save of one step edit takes in a 5,000-step project in
// Chromium. It prints the numbers and asserts only behaviour (one row per edit), never timing.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ARTIFACTS, launchBrowser, type BrowserSession } from './browser'
import { startModuleServer, type ModuleServer } from './devServer'
import type { SaveTiming } from './pages/saveTiming'

describe('incremental save timing in Chromium', () => {
  let server: ModuleServer
  let session: BrowserSession | undefined

  beforeAll(async () => {
    server = await startModuleServer()
  })

  afterAll(async () => {
    await session?.close()
    await server?.close()
  })

  it('writes one row per step edit of a 5,000-step project, and reports how long that takes', async () => {
    session = await launchBrowser()
    const page = await session.context.newPage()
    await page.goto(server.url('tests/e2e/pages/saveTiming.html'))
    await page.waitForFunction(() => 'measureSave' in window, null, { timeout: 60_000 })

    const timing = (await page.evaluate(() => (window as unknown as { measureSave: (n: number, e: number) => Promise<unknown> }).measureSave(5_000, 30))) as SaveTiming

    mkdirSync(ARTIFACTS, { recursive: true })
    writeFileSync(join(ARTIFACTS, 'save-timing.json'), JSON.stringify(timing, null, 2))
    console.log(
      `incremental save, one step edit in a ${timing.steps}-step project (Chromium, ${timing.edits} edits): ` +
        `median ${timing.saveMs.median} ms, p90 ${timing.saveMs.p90} ms, max ${timing.saveMs.max} ms ` +
        `(finding the changed rows: median ${timing.computeMs.median} ms); ` +
        `whole project: insert ${Math.round(timing.insertMs)} ms, load ${Math.round(timing.loadMs)} ms`,
    )
    expect(timing.rowsPerEdit.every((n) => n === 1)).toBe(true)
  })
})
