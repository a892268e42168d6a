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
import { measureCanvas } from './measure.mjs'

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
    for (const name of PAGES) await measureCanvas(browser, `${bench.url}?page=${name}&steps=${steps}`) // warm-up
    for (let run = 0; run < RUNS; run++) {
      // Alternate the order, so neither page always runs on a warmer browser.
      for (const name of run % 2 === 0 ? PAGES : [...PAGES].reverse()) {
        samples[name].push(await measureCanvas(browser, `${bench.url}?page=${name}&steps=${steps}`))
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
