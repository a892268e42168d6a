// Types of measure.mjs, for the TypeScript that imports it (the quick browser check).
import type { BrowserContext } from 'playwright-core'
export function measureCanvas(browser: BrowserContext, url: string, options?: { quick?: boolean }): Promise<{ readyMs: number; renderedAtFit: number; edits: number[] }>
