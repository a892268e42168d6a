// The Export menu in real Chromium, on the sterile processing example: every entry downloads a
// non-empty file of its type, the menu works from the keyboard, and the PNG of the side-by-side
// view really holds the lanes and the flows (its pixels are checked along every flow).
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs'
import { join } from 'node:path'
import type { Download, Page } from 'playwright-core'
import { SaxesParser } from 'saxes'
import { afterEach, describe, expect, it } from 'vitest'
import { parseProjectText } from '../../src/domain/model'
import { ARTIFACTS, launchBrowser, type BrowserSession } from './browser'
import { openExample } from './examples'

const EXAMPLE = 'Sterile processing: decontamination to the OR'
const SLUG = 'sterile-processing-decontamination-to-the-or'
const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
const BOM = [0xef, 0xbb, 0xbf]

const exportButton = (page: Page) => page.getByRole('button', { name: 'Export', exact: true })

/** Opens the menu, picks the entry and returns the file it downloads (or the dialog's, via `then`). */
async function download(page: Page, entry: string | RegExp, then?: (page: Page) => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  await exportButton(page).click()
  const item = page.getByRole('menu', { name: 'Export' }).getByRole('menuitem', { name: entry })
  const [file] = await Promise.all([page.waitForEvent('download'), then ? item.click().then(() => then(page)) : item.click()])
  return read(file)
}

async function read(file: Download): Promise<{ name: string; bytes: Buffer }> {
  const path = await file.path()
  return { name: file.suggestedFilename(), bytes: readFileSync(path!) }
}

/** The root element of an XML file (strict parser): its local name and namespace. */
function xmlRoot(text: string): { name: string; uri: string } {
  const parser = new SaxesParser({ xmlns: true })
  let root: { name: string; uri: string } | undefined
  parser.on('error', (e) => {
    throw e
  })
  parser.on('opentag', (tag) => {
    root ??= { name: tag.local, uri: tag.uri }
  })
  parser.write(text).close()
  return root!
}

const startsWith = (bytes: Buffer, prefix: number[]) => prefix.every((b, i) => bytes[i] === b)
const text = (bytes: Buffer) => bytes.toString('utf8').replace(/^\uFEFF/, '')
const firstLine = (bytes: Buffer) => text(bytes).split('\r\n')[0]!

function keep(name: string, bytes: Buffer): string {
  mkdirSync(ARTIFACTS, { recursive: true })
  const path = join(ARTIFACTS, name)
  writeFileSync(path, bytes)
  return path
}

describe('the Export menu', () => {
  let session: BrowserSession | undefined
  afterEach(async () => {
    await session?.close()
    session = undefined
  })

  it('given the sterile processing example, when each Export entry is used, then each downloads a non-empty file of its type', async () => {
    session = await launchBrowser()
    const page = await openExample(session, EXAMPLE)
    await exportButton(page).click()
    await session.screenshot(page, 'export-menu')
    await page.keyboard.press('Escape')

    const project = await download(page, 'Project file')
    expect(project.name).toBe(`${SLUG}.flowstate.json`)
    const parsed = parseProjectText(text(project.bytes))
    expect(parsed.ok && parsed.project.name).toBe(EXAMPLE)
    expect(parsed.ok && parsed.project.states).toHaveLength(3)

    const bpmn = await download(page, 'BPMN 2.0 of a state…', async (p) => {
      const dialog = p.getByRole('dialog', { name: 'Export a state as BPMN' })
      await dialog.getByLabel('State').selectOption({ label: 'Future state: scanners and sterilizer interface (Future state)' })
      await dialog.getByRole('button', { name: 'Download .bpmn' }).click()
    })
    expect(bpmn.name).toBe(`${SLUG}-future-state-scanners-and-sterilizer-interface.bpmn`)
    expect(xmlRoot(text(bpmn.bytes))).toEqual({ name: 'definitions', uri: 'http://www.omg.org/spec/BPMN/20100524/MODEL' })

    const csv = await download(page, 'Plan as CSV')
    expect(csv.name).toBe(`${SLUG}-plan.csv`)
    expect(startsWith(csv.bytes, BOM)).toBe(true)
    expect(firstLine(csv.bytes)).toMatch(/^ID,WBS,Phase,Task,Type,Role,/)
    expect(text(csv.bytes).split('\r\n').length).toBeGreaterThan(10)

    const jira = await download(page, 'Jira CSV')
    expect(jira.name).toBe(`${SLUG}-plan-jira.csv`)
    expect(startsWith(jira.bytes, BOM)).toBe(true)
    expect(firstLine(jira.bytes)).toMatch(/^Issue ID,Issue Type,Summary,Parent,Description,/)

    const asana = await download(page, 'Asana CSV')
    expect(asana.name).toBe(`${SLUG}-plan-asana.csv`)
    expect(startsWith(asana.bytes, BOM)).toBe(true)
    expect(firstLine(asana.bytes)).toMatch(/^Name,Description,Section\/Column,/)

    const mspdi = await download(page, 'Microsoft Project XML')
    expect(mspdi.name).toBe(`${SLUG}-plan.xml`)
    expect(xmlRoot(text(mspdi.bytes))).toEqual({ name: 'Project', uri: 'http://schemas.microsoft.com/project' })

    const md = await download(page, 'Markdown change report')
    expect(md.name).toBe(`${SLUG}-change-report.md`)
    expect(text(md.bytes)).toMatch(new RegExp(`^# Change report: ${EXAMPLE}\\n`))

    const png = await download(page, 'Side-by-side view as PNG')
    expect(png.name).toBe(`${SLUG}-current-state-vs-future-state.png`)
    expect(startsWith(png.bytes, PNG_MAGIC)).toBe(true)
    keep('export-compare.png', png.bytes)

    const svg = await download(page, 'Side-by-side view as SVG')
    expect(svg.name).toBe(`${SLUG}-current-state-vs-future-state.svg`)
    expect(xmlRoot(text(svg.bytes))).toEqual({ name: 'svg', uri: 'http://www.w3.org/2000/svg' })

    for (const format of ['PNG', 'SVG'] as const) {
      const state = await download(page, 'A state as PNG or SVG…', async (p) => {
        const dialog = p.getByRole('dialog', { name: 'Export a state as an image' })
        await dialog.getByLabel('State').selectOption({ label: 'Transition state: tracking system beside the paper logs (Transition state)' })
        await dialog.getByRole('radio', { name: new RegExp(`^${format}:`) }).check()
        await dialog.getByRole('button', { name: `Download .${format.toLowerCase()}` }).click()
      })
      expect(state.name).toBe(`${SLUG}-transition-state-tracking-system-beside-the-paper-logs.${format.toLowerCase()}`)
      if (format === 'PNG') {
        expect(startsWith(state.bytes, PNG_MAGIC)).toBe(true)
        keep('export-state.png', state.bytes)
      } else {
        expect(xmlRoot(text(state.bytes)).name).toBe('svg')
      }
    }
  })

  it('works from the keyboard: arrows open and move, Escape closes and gives focus back, Enter downloads', async () => {
    session = await launchBrowser()
    const page = await openExample(session, EXAMPLE)
    const button = exportButton(page)
    await expect(button.getAttribute('aria-haspopup')).resolves.toBe('menu')
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('false')

    await button.focus()
    await page.keyboard.press('ArrowDown')
    const menu = page.getByRole('menu', { name: 'Export' })
    await menu.waitFor()
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('true')
    const focused = () => page.evaluate(() => document.activeElement?.getAttribute('data-label'))
    await expect(focused()).resolves.toBe('Project file')
    await page.keyboard.press('ArrowDown')
    await expect(focused()).resolves.toBe('BPMN 2.0 of a state…')
    await page.keyboard.press('End')
    await expect(focused()).resolves.toBe('Print on A4 landscape…')
    await page.keyboard.press('ArrowDown')
    await expect(focused()).resolves.toBe('Project file')
    await page.keyboard.press('m') // letters jump to the next entry starting with them
    await expect(focused()).resolves.toBe('Microsoft Project XML')
    await page.keyboard.press('Escape')
    await menu.waitFor({ state: 'detached' })
    await expect(page.evaluate(() => document.activeElement?.textContent?.trim())).resolves.toMatch(/^Export/)

    await page.keyboard.press('Enter') // the focused button opens the menu again
    await menu.waitFor()
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('ArrowUp')
    await expect(focused()).resolves.toBe('Side-by-side view as SVG')
    const [file] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')])
    expect(file.suggestedFilename()).toMatch(/\.svg$/)
    await menu.waitFor({ state: 'detached' })

    // A click outside closes it too.
    await button.click()
    await menu.waitFor()
    await page.getByRole('heading', { level: 1, name: EXAMPLE }).click()
    await menu.waitFor({ state: 'detached' })
  })

  it('draws the lanes and every flow into the PNG of the side-by-side view', async () => {
    session = await launchBrowser()
    const page = await openExample(session, EXAMPLE)
    const svg = text((await download(page, 'Side-by-side view as SVG')).bytes)
    const png = (await download(page, 'Side-by-side view as PNG')).bytes

    // In the page: place the SVG to learn where each flow runs, then read the PNG's pixels there.
    const result = await page.evaluate(
      async ({ svg, png }) => {
        const holder = document.createElement('div')
        holder.style.cssText = 'position:absolute;left:-99999px;top:0'
        const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
        const root = document.importNode(doc.documentElement, true) as unknown as SVGSVGElement
        holder.appendChild(root)
        document.body.appendChild(holder)
        const width = Number(root.getAttribute('width'))

        const img = new Image()
        img.src = `data:image/png;base64,${png}`
        await img.decode()
        const canvas = document.createElement('canvas')
        canvas.width = img.naturalWidth
        canvas.height = img.naturalHeight
        const ctx = canvas.getContext('2d')!
        ctx.drawImage(img, 0, 0)
        const scale = img.naturalWidth / width
        const pixel = (x: number, y: number) => Array.from(ctx.getImageData(Math.round(x * scale), Math.round(y * scale), 1, 1).data)
        const toRoot = (el: SVGGraphicsElement, x: number, y: number) => {
          const m = el.getCTM()!
          return { x: m.a * x + m.c * y + m.e, y: m.b * x + m.d * y + m.f }
        }
        const dark = (p: number[]) => 0.3 * p[0]! + 0.59 * p[1]! + 0.11 * p[2]! < 190

        // Every flow: just after it leaves its step and just before its arrowhead (a few points
        // along the line, so a dash gap of a removed handoff does not count as missing).
        const flows = [...root.querySelectorAll<SVGPathElement>('path.flow-line')]
        const missing: string[] = []
        for (const path of flows) {
          const length = path.getTotalLength()
          for (const from of [6, length - 22]) {
            const seen = [0, 2, 4, 6, 8].some((d) => {
              const at = path.getPointAtLength(Math.min(length, from + d))
              const p = toRoot(path, at.x, at.y)
              return [-1, 0, 1].some((dx) => [-1, 0, 1].some((dy) => dark(pixel(p.x + dx, p.y + dy))))
            })
            if (!seen) missing.push(`${path.closest('[data-flow]')?.getAttribute('data-flow')} at ${Math.round(from)}`)
          }
        }

        // Every lane: its colour stripe at the left of the band, in the role's colour.
        const lanes = [...root.querySelectorAll<SVGRectElement>('rect.lane-stripe')].map((stripe) => {
          const box = stripe.getBBox()
          const p = toRoot(stripe, box.x + box.width / 2, box.y + box.height / 2)
          const hex = stripe.getAttribute('fill')!
          const want = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16))
          const got = pixel(p.x, p.y)
          return want.every((v, i) => Math.abs(v - got[i]!) <= 12)
        })
        holder.remove()
        return { flows: flows.length, missing, lanes, size: [img.naturalWidth, img.naturalHeight] }
      },
      { svg, png: png.toString('base64') },
    )

    expect(result.flows).toBe(18 + 20 + 18) // the flows of the three states
    expect(result.missing).toEqual([])
    expect(result.lanes).toHaveLength(6 + 7 + 4)
    expect(result.lanes.every(Boolean)).toBe(true)
    expect(result.size[0]).toBeGreaterThan(2000)
  })

  it('prints the side-by-side view on one A4 landscape page without the app around it', async () => {
    session = await launchBrowser()
    const page = await openExample(session, EXAMPLE)
    // Headless Chromium keeps a window.print() job open for ever: count the call instead, and print to PDF below.
    await page.evaluate(() => {
      const w = window as unknown as { print(): void; printed: number }
      w.printed = 0
      w.print = () => void w.printed++
    })
    await exportButton(page).click()
    await page.getByRole('menuitem', { name: 'Print on A4 landscape…' }).click()
    const sheet = page.locator('body > .print-sheet img')
    await sheet.waitFor({ state: 'attached' })
    await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1)
    await page.emulateMedia({ media: 'print' })
    await expect(page.locator('#root').isVisible()).resolves.toBe(false)
    await expect(sheet.isVisible()).resolves.toBe(true)
    const box = (await sheet.boundingBox())!
    expect(box.width).toBeGreaterThan(400)
    await session.screenshot(page, 'export-print')
    const pdf = await page.pdf({ preferCSSPageSize: true })
    keep('export-print.pdf', pdf)
    // One page, A4 landscape (842 × 595 points).
    const pdfText = pdf.toString('latin1')
    expect(pdfText.match(/\/Type\s*\/Page[^s]/g)).toHaveLength(1)
    expect(pdfText).toMatch(/\/MediaBox\s*\[\s*0 0 84[12]\.\d+ 59[45]\.\d+\s*\]/)

    // After printing the sheet goes; the browser's own print command (Ctrl+P) fills it again.
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')))
    await sheet.waitFor({ state: 'detached' })
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')))
    await expect(sheet.count()).resolves.toBe(1)
    await expect(sheet.getAttribute('alt')).resolves.toBe(`${EXAMPLE}: the states side by side with what changes`)
  })
})
