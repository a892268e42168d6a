// The canvas benchmark: `npm run bench:canvas [-- --steps 1000 --runs 3]`.
// Builds the benchmark pages, serves them on a free port in 4180-4189, and measures in Chromium,
// in one run, the editor's canvas and a bare React Flow page with the same number of default
// nodes: time until the canvas is interactive, frame times while zooming, panning and dragging
// a step, and the time from an edit to its paint. Writes bench/canvas/results.json.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { build, preview } from 'vite'

const here = fileURLToPath(new URL('.', import.meta.url))
const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`)
  return at > 0 ? Number(process.argv[at + 1]) : fallback
}
const STEPS = arg('steps', 1000)
const RUNS = arg('runs', 3)
const PAGES = ['flowstate', 'bare']

const outDir = mkdtempSync(join(tmpdir(), 'flowstate-bench-canvas-'))
const profile = mkdtempSync(join(tmpdir(), 'flowstate-bench-chromium-'))
let server
let browser
try {
  await build({ configFile: join(here, 'vite.config.ts'), build: { outDir, emptyOutDir: true } })
  server = await servePreview()
  const url = server.resolvedUrls.local[0]
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1600, height: 900 },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  const samples = Object.fromEntries(PAGES.map((p) => [p, []]))
  for (let run = 0; run < RUNS; run++) {
    // Alternate the order, so neither page always runs on a warmer browser.
    for (const name of run % 2 === 0 ? PAGES : [...PAGES].reverse()) {
      samples[name].push(await measure(`${url}?page=${name}&steps=${STEPS}`))
      process.stdout.write('.')
    }
  }
  process.stdout.write('\n')
  const result = { steps: STEPS, runs: RUNS, chromium: browser.browser()?.version() ?? 'unknown', date: new Date().toISOString(), pages: summarize(samples) }
  writeFileSync(join(here, 'results.json'), JSON.stringify(result, null, 2) + '\n')
  print(result)
} finally {
  await browser?.close()
  await new Promise((r) => (server ? server.httpServer.close(r) : r()))
  rmSync(outDir, { recursive: true, force: true })
  rmSync(profile, { recursive: true, force: true })
}

async function servePreview() {
  let lastError
  for (let port = 4180; port <= 4189; port++) {
    try {
      return await preview({ configFile: join(here, 'vite.config.ts'), build: { outDir }, preview: { port, strictPort: true, host: '127.0.0.1' } })
    } catch (e) {
      lastError = e
    }
  }
  throw lastError
}

async function measure(url) {
  const page = await browser.newPage()
  const errors = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  await page.goto(url)
  const readyMs = await page.evaluate(() => window.bench.ready)
  const renderedAtFit = await page.locator('.react-flow__node').count()
  const centre = await panePoint(page)

  // Zoom in from the overview to working size (about 100 %) with the wheel, recording frames.
  await page.evaluate(() => window.bench.startFrames())
  for (let i = 0; i < 60 && (await zoomOf(page)) < 0.95; i++) {
    await page.mouse.move(centre.x, centre.y)
    await page.mouse.wheel(0, -100)
    await page.waitForTimeout(16)
  }
  const zoomFrames = await page.evaluate(() => window.bench.stopFrames())
  await page.waitForTimeout(300)
  const workingZoom = await zoomOf(page)
  const renderedAtWork = await page.locator('.react-flow__node').count()

  // Pan by dragging the empty canvas, about one mouse move per frame.
  const from = await panePoint(page)
  const panFrames = await recordWhile(page, async () => {
    await page.mouse.move(from.x, from.y)
    await page.mouse.down()
    for (let i = 1; i <= 90; i++) {
      await page.mouse.move(from.x - i * 8, from.y - (i % 30) * 2)
      await page.waitForTimeout(12)
    }
    await page.mouse.up()
  })

  // Drag a step across the canvas (the edit lands at drag end).
  const id = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow').getBoundingClientRect()
    const nodes = [...document.querySelectorAll('.react-flow__node')].filter((n) => !n.classList.contains('react-flow__node-lane'))
    const inside = nodes.find((n) => {
      const b = n.getBoundingClientRect()
      return b.x > pane.x + 300 && b.right < pane.right - 300 && b.y > pane.y + 100 && b.bottom < pane.bottom - 200
    })
    return inside?.dataset.id ?? null
  })
  let dragFrames = []
  if (id) {
    const box = await page.locator(`.react-flow__node[data-id="${id}"]`).boundingBox()
    const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
    dragFrames = await recordWhile(page, async () => {
      await page.mouse.move(start.x, start.y)
      await page.mouse.down()
      for (let i = 1; i <= 60; i++) {
        await page.mouse.move(start.x + i * 4, start.y + i * 2)
        await page.waitForTimeout(12)
      }
      await page.mouse.up()
    })
  }

  // Edit a label on screen, 20 times: from the change to its paint.
  const edits = []
  for (let i = 0; i < 20; i++) edits.push(await page.evaluate((n) => window.bench.edit(n), i))

  // The overview: every step on screen (zoom to fit), then pan it.
  await page.evaluate(() => window.bench.fit())
  await page.waitForTimeout(600)
  const renderedAtOverview = await page.locator('.react-flow__node').count()
  const far = await panePoint(page)
  const overviewPanFrames = await recordWhile(page, async () => {
    await page.mouse.move(far.x, far.y)
    await page.mouse.down()
    for (let i = 1; i <= 60; i++) {
      await page.mouse.move(far.x - i * 4, far.y - (i % 20))
      await page.waitForTimeout(12)
    }
    await page.mouse.up()
  })

  await page.close()
  if (errors.length) throw new Error(`${url}: ${errors.join('\n')}`)
  return { readyMs, renderedAtFit, workingZoom, renderedAtWork, zoomFrames, panFrames, dragFrames, edits, renderedAtOverview, overviewPanFrames }
}

async function recordWhile(page, work) {
  await page.evaluate(() => window.bench.startFrames())
  await work()
  await page.waitForTimeout(100)
  return page.evaluate(() => window.bench.stopFrames())
}

function zoomOf(page) {
  return page.evaluate(() => {
    const m = document.querySelector('.react-flow__viewport').style.transform.match(/scale\(([^)]+)\)/)
    return m ? Number(m[1]) : 1
  })
}

/** A point on the empty canvas (the pane, not a step), near the middle. */
function panePoint(page) {
  return page.evaluate(() => {
    const r = document.querySelector('.react-flow').getBoundingClientRect()
    for (let dy = 0; dy < r.height / 2; dy += 10) {
      for (const sy of [1, -1]) {
        for (let dx = 0; dx < r.width / 3; dx += 20) {
          const x = r.x + r.width / 2 + dx
          const y = r.y + r.height / 2 + sy * dy
          const hit = document.elementFromPoint(x, y)
          if (hit?.classList.contains('react-flow__pane')) return { x, y }
        }
      }
    }
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 }
  })
}

// Function declarations: the top-level await above runs before any const below exists.
function quantile(xs, q) {
  if (xs.length === 0) return null
  const s = [...xs].sort((a, b) => a - b)
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]
}
function round(x) {
  return x === null ? null : Math.round(x * 10) / 10
}
function frames(runs) {
  const all = runs.flat()
  return { frames: all.length, p50: round(quantile(all, 0.5)), p95: round(quantile(all, 0.95)), max: round(Math.max(...all)), over50ms: all.filter((x) => x > 50).length }
}

function summarize(samples) {
  return Object.fromEntries(
    Object.entries(samples).map(([name, runs]) => [
      name,
      {
        interactiveMs: { median: round(quantile(runs.map((r) => r.readyMs), 0.5)), all: runs.map((r) => round(r.readyMs)) },
        nodesRenderedAtFirstView: runs[0].renderedAtFit,
        nodesRenderedAtOverview: runs[0].renderedAtOverview,
        workingZoom: round(runs[0].workingZoom * 100) / 100,
        nodesRenderedAtWorkingZoom: runs[0].renderedAtWork,
        zoomFrameMs: frames(runs.map((r) => r.zoomFrames)),
        panFrameMs: frames(runs.map((r) => r.panFrames)),
        dragFrameMs: frames(runs.map((r) => r.dragFrames)),
        overviewPanFrameMs: frames(runs.map((r) => r.overviewPanFrames)),
        editToPaintMs: { p50: round(quantile(runs.flatMap((r) => r.edits), 0.5)), p95: round(quantile(runs.flatMap((r) => r.edits), 0.95)) },
      },
    ]),
  )
}

function print(result) {
  const rows = [
    ['', ...PAGES],
    ['interactive (ms, median)', ...PAGES.map((p) => result.pages[p].interactiveMs.median)],
    ['nodes in DOM: first view/100%/all', ...PAGES.map((p) => `${result.pages[p].nodesRenderedAtFirstView} / ${result.pages[p].nodesRenderedAtWorkingZoom} / ${result.pages[p].nodesRenderedAtOverview}`)],
    ['zoom frames p50/p95/max', ...PAGES.map((p) => fmt(result.pages[p].zoomFrameMs))],
    ['pan frames p50/p95/max', ...PAGES.map((p) => fmt(result.pages[p].panFrameMs))],
    ['drag frames p50/p95/max', ...PAGES.map((p) => fmt(result.pages[p].dragFrameMs))],
    ['overview pan frames p50/p95/max', ...PAGES.map((p) => fmt(result.pages[p].overviewPanFrameMs))],
    ['edit to paint p50/p95', ...PAGES.map((p) => `${result.pages[p].editToPaintMs.p50} / ${result.pages[p].editToPaintMs.p95}`)],
  ]
  console.log(`canvas benchmark: ${result.steps} steps, ${result.runs} runs, Chromium ${result.chromium}`)
  for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(i === 0 ? 36 : 26)).join(''))
}

function fmt(f) {
  return `${f.p50} / ${f.p95} / ${f.max}`
}
