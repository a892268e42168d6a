// The overview minimap that large maps get (src/ui/canvas/OverviewMap.tsx), on the benchmark's
// 5,000-step page (a production build): it moves and zooms the view like React Flow's minimap.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openBench } from '../../../bench/browser.mjs'

describe('the minimap of a 5,000-step map', () => {
  let bench: Awaited<ReturnType<typeof openBench>>

  beforeAll(async () => {
    bench = await openBench()
  }, 180_000)

  afterAll(async () => {
    await bench?.close()
  })

  it('given the map open at its start, when the minimap is clicked further right, then the view moves there; when the wheel turns over it, then the view zooms out', async () => {
    const page = await bench.browser.newPage()
    const errors: string[] = []
    page.on('pageerror', (e) => errors.push(e.message))
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())))
    await page.goto(`${bench.url}?page=flowstate&steps=5000`)
    await page.waitForFunction(() => 'bench' in window, null, { timeout: 60_000 })
    await page.evaluate(() => (window as unknown as { bench: { ready: Promise<number> } }).bench.ready)
    const view = () =>
      page.evaluate(() => {
        const m = (document.querySelector('.react-flow__viewport') as HTMLElement).style.transform.match(/translate\(([-\d.]+)px, ([-\d.]+)px\) scale\(([\d.]+)\)/)!
        return { x: Number(m[1]), zoom: Number(m[3]) }
      })
    const minimap = page.getByRole('img', { name: 'Minimap' })
    const box = (await minimap.boundingBox())!
    const before = await view()

    await page.mouse.click(box.x + box.width * 0.7, box.y + box.height / 2)
    await expect.poll(async () => (await view()).x, { timeout: 5_000 }).toBeLessThan(before.x - 1_000)

    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await page.mouse.wheel(0, 300)
    await expect.poll(async () => (await view()).zoom, { timeout: 5_000 }).toBeLessThan(before.zoom)
    await page.close()
    expect(errors).toEqual([])
  }, 120_000)
})
