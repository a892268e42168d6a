import { afterEach, describe, expect, it } from 'vitest'
import { launchBrowser, type BrowserSession } from './browser'

describe('the browser test harness', () => {
  let session: BrowserSession | undefined
  afterEach(async () => {
    await session?.close()
    session = undefined
  })

  it('serves the built app and reopens a killed browser with the same profile', async () => {
    session = await launchBrowser()
    const page = await session.openApp()
    await expect(page.title()).resolves.toBe('flowstate')
    await page.evaluate(() => localStorage.setItem('probe', 'kept'))
    await session.kill()

    session = await launchBrowser({ userDataDir: session.userDataDir })
    const again = await session.openApp()
    await expect(again.evaluate(() => localStorage.getItem('probe'))).resolves.toBe('kept')
  })
})
