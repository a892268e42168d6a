// Types of browser.mjs, for the TypeScript that imports it (the quick browser check).
import type { BrowserContext, Page } from 'playwright-core'
export function openBench(): Promise<{ url: string; browser: BrowserContext; chromium: string; close(): Promise<void> }>
export function openPage(browser: BrowserContext, url: string): Promise<{ page: Page; done(): Promise<void> }>
export function quantile(xs: readonly number[], q: number): number | null
export function round(x: number | null | undefined, digits?: number): number | null
