// The canvas benchmark: `npm run bench:canvas [-- --steps 1000,5000 --runs 3]` (also part of
// `npm run bench`). Builds the benchmark pages (production build), serves them, and measures in
// Chromium, in one run, the editor's canvas and a bare React Flow page with the same number of
// default nodes (the baseline; each page loads only its own code): time until the canvas is
// interactive, frame times while zooming, panning and dragging a step, and the time from an edit
// to its paint. One warm-up load of each page first (the browser's caches as a returning user has
// them), then runs alternating between the pages. Writes bench/results/canvas.json.
import { mkdirSync, writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { openBench, quantile, round } from '../browser.mjs'

const root = fileURLToPath(new URL('../..', import.meta.url))
const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`)
  return at > 0 ? process.argv[at + 1] : fallback
}
const SIZES = arg('steps', '1000,5000').split(',').map(Number)
const RUNS = Number(arg('runs', '3'))
const PAGES = ['flowstate', 'bare']

const loadBefore = loadavg()
const bench = await openBench()
const browser = bench.browser
const sizes = []
try {
  for (const steps of SIZES) {
    const samples = Object.fromEntries(PAGES.map((p) => [p, []]))
    for (const name of PAGES) await measure(`${bench.url}?page=${name}&steps=${steps}`) // warm-up
    for (let run = 0; run < RUNS; run++) {
      // Alternate the order, so neither page always runs on a warmer browser.
      for (const name of run % 2 === 0 ? PAGES : [...PAGES].reverse()) {
        samples[name].push(await measure(`${bench.url}?page=${name}&steps=${steps}`))
        process.stdout.write('.')
      }
    }
    process.stdout.write('\n')
    const pages = summarize(samples)
    const result = { steps, runs: RUNS, pages, ratio: ratios(pages) }
    sizes.push(result)
    print(result)
  }
} finally {
  await bench.close()
}
const machine = { cpu: cpus()[0]?.model ?? 'unknown', cores: cpus().length, node: process.version, chromium: bench.chromium, loadAverage: { before: loadBefore.map((x) => round(x, 2)), after: loadavg().map((x) => round(x, 2)) } }
const budget = { '1,000 steps interactive ms': 1000, '1,000 steps interactive ÷ bare': 1.5, 'edit to paint ms (one frame)': 16.7 }
mkdirSync(join(root, 'bench/results'), { recursive: true })
writeFileSync(join(root, 'bench/results/canvas.json'), JSON.stringify({ date: new Date().toISOString(), machine, budget, sizes }, null, 2) + '\n')

/** flowstate ÷ bare for each headline figure (below 1: flowstate is faster). */
function ratios(pages) {
  const f = pages.flowstate
  const b = pages.bare
  const r = (x, y) => (x === null || y === null || y === 0 ? null : round(x / y, 2))
  return {
    interactive: r(f.interactiveMs.median, b.interactiveMs.median),
    panP50: r(f.panFrameMs.p50, b.panFrameMs.p50),
    panP95: r(f.panFrameMs.p95, b.panFrameMs.p95),
    overviewPanP95: r(f.overviewPanFrameMs.p95, b.overviewPanFrameMs.p95),
    editToPaintP50: r(f.editToPaintMs.p50, b.editToPaintMs.p50),
  }
}

async function measure(url) {
  const page = await browser.newPage()
  const errors = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  await page.goto(url)
  await page.waitForFunction(() => window.bench !== undefined, null, { timeout: 120_000 })
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
  const ratioRow = ['flowstate ÷ bare', `interactive ${result.ratio.interactive}×, pan p50 ${result.ratio.panP50}× p95 ${result.ratio.panP95}×, edit ${result.ratio.editToPaintP50}×`]
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
  console.log(`canvas benchmark: ${result.steps} steps, ${result.runs} runs`)
  for (const r of rows) console.log(r.map((c, i) => String(c).padEnd(i === 0 ? 36 : 26)).join(''))
  console.log(ratioRow.join(': '))
}

function fmt(f) {
  return `${f.p50} / ${f.p95} / ${f.max}`
}
