// One run of the reference tool on a pair of files, as its own process: bpmn-moddle reads both,
// bpmn-js-differ compares them. Prints one JSON line; a stack overflow is reported, not thrown.
import { readFileSync } from 'node:fs'
import { BpmnModdle } from 'bpmn-moddle'
import { diff } from 'bpmn-js-differ'

const [beforePath, afterPath] = process.argv.slice(2)
const moddle = new BpmnModdle()
try {
  const { rootElement: before } = await moddle.fromXML(readFileSync(beforePath, 'utf8'))
  const { rootElement: after } = await moddle.fromXML(readFileSync(afterPath, 'utf8'))
  const changes = diff(before, after)
  const n = (o) => Object.keys(o).length
  console.log(JSON.stringify({ ok: true, added: n(changes._added), removed: n(changes._removed), changed: n(changes._changed), layoutChanged: n(changes._layoutChanged) }))
} catch (e) {
  console.log(JSON.stringify({ ok: false, error: e instanceof RangeError ? `stack overflow (${e.message})` : String(e && e.message) }))
}
