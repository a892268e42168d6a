// Measuring one benchmark page in Chromium (see run.mjs): used by `npm run bench:canvas` and by
// the quick browser check in CI.
/**
 * One load of a benchmark page in a new tab: time to interactive, frames while zooming in, panning,
 * dragging a step and panning the overview, and 20 edits from change to paint. `quick`: only the
 * time to interactive and the edits.
 */
export async function measureCanvas(browser, url, { quick = false } = {}) {
  const page = await browser.newPage()
  const errors = []
  page.on('pageerror', (e) => errors.push(e.message))
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()))
  await page.goto(url)
  await page.waitForFunction(() => window.bench !== undefined, null, { timeout: 120_000 })
  const readyMs = await page.evaluate(() => window.bench.ready)
  const renderedAtFit = await page.locator('.react-flow__node').count()
  if (quick) {
    const edits = []
    for (let i = 0; i < 20; i++) edits.push(await page.evaluate((n) => window.bench.edit(n), i))
    await page.close()
    if (errors.length) throw new Error(`${url}: ${errors.join('\n')}`)
    return { readyMs, renderedAtFit, edits }
  }
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
