// A BPMN file exported by flowstate opens in bpmn.io with its pool and lanes: bpmn-js (the
// renderer of bpmn.io and Camunda Modeler) imports it in real Chromium without a warning and
// draws every lane, step and flow; data objects and stores, with their names, cover neither one
// another nor a step.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { parseProjectText } from '../../../src/domain/model'
import { exportBpmn, importBpmn } from '../../../src/io/bpmn'
import { launchBrowser, type BrowserSession } from '../browser'
import { bpmnJs, serveFiles, type StaticSite } from './staticServer'

const PAGE = `<!doctype html>
<html><head><meta charset="utf-8"><link rel="icon" href="data:,">
<link rel="stylesheet" href="/diagram-js.css"><link rel="stylesheet" href="/bpmn-js.css">
<style>html, body, #canvas { margin: 0; width: 100%; height: 100%; }</style></head>
<body><div id="canvas"></div>
<script src="/bpmn-viewer.js"></script>
<script>
  window.rendered = (async () => {
    const viewer = new BpmnJS({ container: '#canvas' })
    const xml = await (await fetch('/diagram.bpmn')).text()
    const { warnings } = await viewer.importXML(xml)
    viewer.get('canvas').zoom('fit-viewport')
    // root elements (the process, and the plane of each collapsed sub-process) have no parent
    const all = viewer.get('elementRegistry').getAll().filter((e) => e.parent)
    const types = all.map((e) => e.type)
    // What a reader sees on the page: each shape and each name label, as boxes
    const boxes = all
      .filter((e) => e.width !== undefined && !/Participant|Lane|Process|Collaboration/.test(e.businessObject.$type))
      .map((e) => ({
        id: e.type === 'label' ? e.businessObject.id + ' (name)' : e.id,
        data: /Data(Object|Store)Reference/.test(e.businessObject.$type),
        x: e.x, y: e.y, width: e.width, height: e.height,
      }))
    return { warnings: warnings.map((w) => w.message), types, boxes }
  })()
</script></body></html>`

function exported(fixture: string): string {
  const text = readFileSync(join(process.cwd(), fixture), 'utf8')
  if (fixture.endsWith('.json')) {
    // an example project: its transition state, where duplicate documentation piles up
    const parsed = parseProjectText(text)
    if (!parsed.ok) throw new Error(parsed.error)
    return exportBpmn(parsed.project, parsed.project.states.find((s) => s.phase === 'transition')!).xml
  }
  const result = importBpmn(text)
  if (!result.ok) throw new Error(result.error)
  return exportBpmn(result.added, result.state).xml
}

interface Drawn {
  id: string
  data: boolean
  x: number
  y: number
  width: number
  height: number
}

/** Pairs of drawn boxes, at least one a data object or store or its name, that overlap. */
function dataOverlaps(boxes: readonly Drawn[]): string[] {
  const found: string[] = []
  const isData = (b: Drawn) => b.data || boxes.some((o) => o.data && b.id === `${o.id} (name)`)
  const hit = (a: Drawn, b: Drawn) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const [a, b] = [boxes[i]!, boxes[j]!]
      if (!isData(a) && !isData(b)) continue
      // a shape and its own name sit side by side by design
      if (a.id === `${b.id} (name)` || b.id === `${a.id} (name)`) continue
      if (hit(a, b)) found.push(`${a.id} × ${b.id}`)
    }
  }
  return found
}

describe('an exported BPMN file in bpmn.io', () => {
  let session: BrowserSession | undefined
  let site: StaticSite | undefined
  afterEach(async () => {
    await session?.close()
    await site?.close()
    session = site = undefined
  })

  it.each([
    ['MIWG C.4.0 (five lanes, data stores)', 'tests/fixtures/corpus/bpmn-miwg/Reference/C.4.0.bpmn', 5],
    ['nested lanes', 'tests/fixtures/bpmn/lanes.nested.bpmn', 3],
    ['sterile processing transition', 'examples/sterile-processing.flowstate.json', 7],
    ['CT imaging transition', 'examples/ct-imaging.flowstate.json', 7],
    ['lab sample transition', 'examples/lab-sample.flowstate.json', 6],
  ])('renders %s with its pool and lanes', async (name, fixture, lanes) => {
    const xml = exported(fixture)
    site = await serveFiles({
      '/': { type: 'text/html', body: PAGE },
      '/bpmn-viewer.js': { type: 'text/javascript', body: bpmnJs('bpmn-viewer.production.min.js') },
      '/diagram-js.css': { type: 'text/css', body: bpmnJs('assets/diagram-js.css') },
      '/bpmn-js.css': { type: 'text/css', body: bpmnJs('assets/bpmn-js.css') },
      '/diagram.bpmn': { type: 'application/xml', body: xml },
    })
    session = await launchBrowser()
    const page = await session.context.newPage()
    await page.goto(site.url + '/')
    const result = (await page.evaluate('window.rendered')) as { warnings: string[]; types: string[]; boxes: Drawn[] }
    await session.screenshot(page, `bpmnjs-${name}`)
    expect(result.warnings).toEqual([])
    expect(dataOverlaps(result.boxes)).toEqual([])
    expect(result.types.filter((t) => t === 'bpmn:Participant')).toHaveLength(1)
    expect(result.types.filter((t) => t === 'bpmn:Lane')).toHaveLength(lanes)
    // the lanes are drawn: one SVG group per lane, with its name on it
    const drawnLanes = page.locator('g.djs-element[data-element-id^="Lane_"]')
    await expect.poll(() => drawnLanes.count()).toBe(lanes)
    // every step with a shape in the diagram is drawn (a collapsed sub-process's inner record
    // tasks have none: they are its content, not steps of the map)
    const nodes = [...xml.matchAll(/<bpmn:(?:task|serviceTask|subProcess|startEvent|endEvent|intermediateCatchEvent|exclusiveGateway) id="([^"]+)"/g)].map((m) => m[1]!)
    const steps = nodes.filter((id) => xml.includes(`bpmnElement="${id}"`)).length
    expect(steps).toBeGreaterThan(0)
    expect(result.types.filter((t) => /Task|SubProcess|Event|Gateway/.test(t))).toHaveLength(steps)
  })
})
