// A BPMN file exported by flowstate opens in bpmn.io with its pool and lanes: bpmn-js (the
// renderer of bpmn.io and Camunda Modeler) imports it in real Chromium without a warning and
// draws every lane, step and flow.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
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
    const types = viewer.get('elementRegistry').getAll().map((e) => e.type)
    return { warnings: warnings.map((w) => w.message), types }
  })()
</script></body></html>`

function exported(fixture: string): string {
  const result = importBpmn(readFileSync(join(process.cwd(), fixture), 'utf8'))
  if (!result.ok) throw new Error(result.error)
  return exportBpmn(result.added, result.state).xml
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
    const result = (await page.evaluate('window.rendered')) as { warnings: string[]; types: string[] }
    expect(result.warnings).toEqual([])
    expect(result.types.filter((t) => t === 'bpmn:Participant')).toHaveLength(1)
    expect(result.types.filter((t) => t === 'bpmn:Lane')).toHaveLength(lanes)
    // the lanes are drawn: one SVG group per lane, with its name on it
    const drawnLanes = page.locator('g.djs-element[data-element-id^="Lane_"]')
    await expect.poll(() => drawnLanes.count()).toBe(lanes)
    const steps = (xml.match(/<bpmn:(task|serviceTask|subProcess|startEvent|endEvent|intermediateCatchEvent|exclusiveGateway) /g) ?? []).length
    expect(result.types.filter((t) => /Task|SubProcess|Event|Gateway/.test(t))).toHaveLength(steps)
    await session.screenshot(page, `bpmnjs-${name}`)
  })
})
