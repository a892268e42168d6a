// pm4js (npm) as the oracle for alignment fitness: its PetriNetAlignments agree with PM4Py's to
// four decimals. The map goes the way a user's would: flowstate exports the state as BPMN, pm4js
// reads that file and turns it into a Petri net. Before the conversion, each step's node is
// relabelled by the activity mapping (a mapped step becomes a task named by its activity, every
// other node is silent), since pm4js names a transition after a task's label and leaves every
// other node silent.
// pm4js's BPMN reader stops on pools, lanes and data-association edges, so the states given to
// it carry no roles and no records; neither changes the control flow. A start or end event that
// is mapped to an activity becomes a task next to a plain event of its own.
import { createRequire } from 'node:module'
import { exportBpmn } from '../../src/io/bpmn'
import type { Project, WorkflowState } from '../../src/domain/model'

const require = createRequire(import.meta.url)

interface BpmnGraph {
  nodes: Record<string, { name: string; type: string }>
  addNode(id: string): { name: string; type: string }
  addEdge(id: string): { setSource(id: string): void; setTarget(id: string): void }
}

interface Pm4jsGlobals {
  BpmnImporter: { apply(xml: string): BpmnGraph }
  BpmnToPetriNetConverter: { apply(graph: unknown): unknown }
  PetriNetAlignments: {
    apply(log: unknown, net: unknown): { logFitness: number; averageTraceFitness: number; percentageFitTraces: number; overallResult: ({ cost: number; fitness: number } | null)[] }
  }
  EventLog: new () => { traces: unknown[] }
  Trace: new () => { events: unknown[] }
  Event: new () => { attributes: Record<string, unknown> }
  Attribute: new (value: unknown) => unknown
}

let loaded: Pm4jsGlobals | undefined
export function pm4js(): Pm4jsGlobals {
  if (!loaded) {
    require('pm4js')
    loaded = globalThis as unknown as Pm4jsGlobals
  }
  return loaded
}

/** The state without roles and records: what pm4js's BPMN reader can take. */
export function plainState(state: WorkflowState): WorkflowState {
  return {
    ...state,
    lanes: [],
    steps: state.steps.map((s) => {
      const plain = { ...s, records: [], systemIds: [] }
      delete plain.roleId
      return plain
    }),
  }
}

/** The accepting Petri net of the state's exported BPMN, its steps relabelled by `mapping` (activity → step id). */
export function petriNetOf(state: WorkflowState, mapping: ReadonlyMap<string, string>): unknown {
  const pm = pm4js()
  const project: Pick<Project, 'roles' | 'systems' | 'dataItems'> = { roles: [], systems: [], dataItems: [] }
  const plain = plainState(state)
  const { xml } = exportBpmn(project, plain)
  const graph = pm.BpmnImporter.apply(xml)
  // The export names each step's BPMN element after its lineage.
  const activityOfLineage = new Map<string, string>()
  for (const [activity, stepId] of mapping) {
    const step = state.steps.find((s) => s.id === stepId)
    if (step) activityOfLineage.set(step.lineage, activity)
  }
  for (const [id, node] of Object.entries(graph.nodes)) {
    const activity = activityOfLineage.get(id)
    if (activity !== undefined) {
      // A mapped start or end event becomes a task behind (or before) a plain event of its own:
      // pm4js joins the net's source and sink to start and end events only.
      const type = node.type.toLowerCase()
      if (type.endsWith('startevent') || type.endsWith('endevent')) {
        const start = type.endsWith('startevent')
        const event = graph.addNode(`${id}__event`)
        event.type = start ? 'startEvent' : 'endEvent'
        const edge = graph.addEdge(`${id}__flow`)
        edge.setSource(start ? `${id}__event` : id)
        edge.setTarget(start ? id : `${id}__event`)
      }
      node.type = 'task'
      node.name = activity
    } else if (typeof node.type === 'string' && node.type.toLowerCase().endsWith('task')) {
      node.type = 'intermediateThrowEvent'
    }
  }
  return pm.BpmnToPetriNetConverter.apply(graph)
}

export function pm4jsLog(traces: readonly (readonly string[])[]): unknown {
  const pm = pm4js()
  const log = new pm.EventLog()
  for (const t of traces) {
    const trace = new pm.Trace()
    for (const a of t) {
      const e = new pm.Event()
      e.attributes['concept:name'] = new pm.Attribute(a)
      trace.events.push(e)
    }
    log.traces.push(trace)
  }
  return log
}

export function pm4jsAlignments(state: WorkflowState, mapping: ReadonlyMap<string, string>, traces: readonly (readonly string[])[]) {
  return pm4js().PetriNetAlignments.apply(pm4jsLog(traces), petriNetOf(state, mapping))
}
