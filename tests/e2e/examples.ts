// Opening an example project (preloaded in the project list) the way a user does, for the browser
// tests of the compare view.
import type { Page } from 'playwright-core'
import { appUrl, type BrowserSession } from './browser'

/**
 * A new tab, `size` large when given, showing the example whose name starts with `name`, once its
 * comparison is ready: the change list shows its steps.
 */
export async function openExample(session: BrowserSession, name: string, size?: { width: number; height: number }): Promise<Page> {
  const page = await session.context.newPage()
  if (size) await page.setViewportSize(size)
  try {
    await showExample(page, name)
  } catch (e) {
    await session.screenshot(page, 'example-did-not-open')
    throw e
  }
  return page
}

/** In `page`, from the project list: the example whose name starts with `name`, once its comparison is ready. */
export async function showExample(page: Page, name: string): Promise<void> {
  await page.goto(appUrl())
  await page.getByRole('button', { name: new RegExp(`^${name}`) }).click()
  await page.getByRole('region', { name: 'Changes' }).getByRole('region', { name: /^Steps/ }).waitFor()
}
