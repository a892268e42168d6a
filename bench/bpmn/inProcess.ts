// The BPMN comparison inside one warm process, as the app and any long-running service use the
// code: reading both files and diffing them, flowstate (importBpmn, diff) against bpmn-moddle with
// bpmn-js-differ, on the same generated pair. Prints one JSON line for bench/bpmn/run.js.
// Usage: node bench/node.mjs bench/bpmn/inProcess.ts STEPS
import { BpmnModdle } from 'bpmn-moddle'
import { diff as bpmnJsDiffer } from 'bpmn-js-differ'
import { diff } from '../../src/domain/diff'
import { importBpmn } from '../../src/io/bpmn'
import { quantile } from '../measure'
import { generatePair } from './generate.js'

const steps = Number(process.argv[2] ?? 1000)
const pair = generatePair(steps)

function ours(): void {
  const x = importBpmn(pair.before)
  const y = importBpmn(pair.after)
  if (!x.ok || !y.ok) throw new Error('the generated files must import')
  const project = (i: typeof x, id: string) => ({ id, roles: i.added.roles, systems: i.added.systems, dataItems: i.added.dataItems })
  diff({ project: project(x, 'before'), state: x.state }, { project: project(y, 'after'), state: y.state })
}

async function theirs(): Promise<void> {
  const moddle = new BpmnModdle()
  const { rootElement: x } = await moddle.fromXML(pair.before)
  const { rootElement: y } = await moddle.fromXML(pair.after)
  bpmnJsDiffer(x, y)
}

async function timed(runs: number, warmup: number, work: () => unknown): Promise<number> {
  for (let i = 0; i < warmup; i++) await work()
  const ms: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    await work()
    ms.push(performance.now() - t)
  }
  return quantile(ms, 0.5)
}

const flowstateMs = await timed(9, 5, ours)
const bpmnJsDifferMs = await timed(3, 1, theirs)
console.log(JSON.stringify({ steps, flowstateMs: Math.round(flowstateMs * 10) / 10, bpmnJsDifferMs: Math.round(bpmnJsDifferMs), ratio: Math.round((bpmnJsDifferMs / flowstateMs) * 10) / 10 }))
