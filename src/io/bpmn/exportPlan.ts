// What a state becomes in BPMN before any XML is written: element ids and types, the data
// object and data store references of each step, and what BPMN cannot say (as warnings).
import type { DataItem, Project, Step, StepKind, System, WorkflowState } from '../../domain/model/types'
import type { ExactData } from './extension'
import { AUTOMATIC_TYPES, READS_DATA, WRITES_DATA } from './vocabulary'
import { WarningList, count } from './warnings'
import { IdAllocator } from './xmlWriter'
import { append } from '../../domain/arrays'

export interface DataRefOut {
  id: string
  name: string
  /** Id of the dataObject / dataStore it refers to. */
  refersTo: string
  kind: 'object' | 'store'
  /** Written (dataOutputAssociation) or only used (dataInputAssociation). */
  direction: 'output' | 'input'
  associationId: string
}

export interface StepOut {
  step: Step
  id: string
  type: string
  data: DataRefOut[]
  /**
   * Unnamed tasks inside a collapsed sub-process, one per entry and system, when its records are
   * more than "every item into every system by hand": the import lifts them back exactly.
   */
  inner?: { id: string; type: 'task' | 'serviceTask'; data: DataRefOut[] }[]
  /** The step's records and systems by name, when the diagram cannot draw them exactly (extension.ts). */
  exact?: ExactData
}

export interface ExportPlan {
  steps: StepOut[]
  flows: { id: string; from: StepOut; to: StepOut; label?: string }[]
  dataObjects: { id: string; item: DataItem }[]
  dataStores: { id: string; system: System }[]
  ids: IdAllocator
  warnings: WarningList
}

const TYPE: Record<StepKind, string> = {
  start: 'startEvent',
  end: 'endEvent',
  wait: 'intermediateCatchEvent',
  decision: 'exclusiveGateway',
  subprocess: 'subProcess',
  task: 'task',
}


export function planExport(project: Pick<Project, 'systems' | 'dataItems'>, state: WorkflowState): ExportPlan {
  const ids = new IdAllocator()
  const warnings = new WarningList()
  const items = new Map(project.dataItems.map((d) => [d.id, d]))
  const systems = new Map(project.systems.map((s) => [s.id, s]))
  const dataObjects = new Map<string, { id: string; item: DataItem }>()
  const dataStores = new Map<string, { id: string; system: System }>()

  // Steps and flows first: their lineage is their id whenever it can be, so a re-import keeps it.
  const steps: StepOut[] = state.steps.map((step) => ({ step, id: ids.take(step.lineage, 'Step'), type: TYPE[step.kind], data: [] }))
  const byStepId = new Map(steps.map((s) => [s.step.id, s]))
  const flows: ExportPlan['flows'] = []
  for (const f of state.flows) {
    const from = byStepId.get(f.from)
    const to = byStepId.get(f.to)
    if (!from || !to) continue
    const flow: ExportPlan['flows'][number] = { id: ids.take(f.lineage, 'Flow'), from, to }
    if (f.label) flow.label = f.label
    flows.push(flow)
  }
  for (const out of steps) {
    const { step } = out
    const recordItems = unique(step.records.map((r) => r.dataItemId)).filter((id) => items.has(id))
    const recordSystems = unique(step.records.flatMap((r) => (r.systemId === undefined ? [] : [r.systemId]))).filter((id) => systems.has(id))
    const usedOnly = unique(step.systemIds).filter((id) => systems.has(id) && !recordSystems.includes(id))
    const written = (itemIds: readonly string[], systemIds: readonly string[]): DataRefOut[] => [
      ...itemIds.map((itemId) => {
        const obj = dataObjects.get(itemId) ?? { id: ids.next('DataObject'), item: items.get(itemId)! }
        dataObjects.set(itemId, obj)
        return ref(ids, 'object', 'output', obj.id, obj.item.name)
      }),
      ...systemIds.map((systemId) => storeRef(systemId, 'output')),
    ]
    const direct = isProduct(step, recordItems, recordSystems) && step.records.every((r) => r.entry === 'manual')
    if (step.kind === 'subprocess' && !direct) {
      out.inner = innerWriters(step, items, systems).map((g) => ({ id: ids.next('Task'), type: g.entry === 'automatic' ? 'serviceTask' : 'task', data: written(g.items, g.system ? [g.system] : []) }))
    } else {
      checkRecords(step, recordItems, recordSystems, warnings)
      const automatic = step.records.length > 0 && step.records.every((r) => r.entry === 'automatic')
      if (automatic && step.kind === 'task') out.type = 'serviceTask'
      else if (automatic) warnings.add('auto-kind', (n) => `${count(n, 'step')} with automatic records drawn as manual: only a task can be a BPMN service task${KEPT}`, step.label || step.lineage)
      if (!WRITES_DATA[step.kind] && recordItems.length + recordSystems.length > 0) {
        warnings.add(`no-write:${step.kind}`, (n) => `records of ${count(n, step.kind === 'end' ? 'end step' : 'decision')} not drawn: BPMN ${step.kind === 'end' ? 'end events' : 'gateways'} cannot write data${KEPT}`, step.label || step.lineage)
      } else {
        append(out.data, written(recordItems, recordSystems))
      }
    }
    // A system the step uses without recording into it: read from the store where BPMN allows
    // (activities, end events), else written (start and catch events); a re-import reads both back as used.
    const use = READS_DATA[step.kind] ? 'input' : WRITES_DATA[step.kind] ? 'output' : null
    if (usedOnly.length > 0 && use === null) {
      warnings.add('no-use:decision', (n) => `systems of ${count(n, 'decision')} not drawn: a BPMN gateway cannot use a data store${KEPT}`, step.label || step.lineage)
    } else if (use !== null) {
      for (const systemId of usedOnly) out.data.push(storeRef(systemId, use))
    }
  }
  for (const out of steps) {
    const exact = exactData(out.step, items, systems)
    if (!sameData(drawnData(out), exact)) out.exact = exact
  }
  function storeRef(systemId: string, direction: 'output' | 'input'): DataRefOut {
    const store = dataStores.get(systemId) ?? { id: ids.next('DataStore'), system: systems.get(systemId)! }
    dataStores.set(systemId, store)
    return ref(ids, 'store', direction, store.id, store.system.name)
  }

  return { steps, flows, dataObjects: [...dataObjects.values()], dataStores: [...dataStores.values()], ids, warnings }
}

function ref(ids: IdAllocator, kind: 'object' | 'store', direction: 'output' | 'input', refersTo: string, name: string): DataRefOut {
  return {
    id: ids.next(kind === 'object' ? 'DataObjectReference' : 'DataStoreReference'),
    name,
    refersTo,
    kind,
    direction,
    associationId: ids.next(direction === 'output' ? 'DataOutputAssociation' : 'DataInputAssociation'),
  }
}

/** Are the step's records exactly every item into every system (or into none)? That is what BPMN says. */
function isProduct(step: Step, items: readonly string[], systems: readonly string[]): boolean {
  const have = new Set(step.records.map((r) => `${r.dataItemId}\u0000${r.systemId ?? ''}`))
  const wanted = items.flatMap((i) => (systems.length > 0 ? systems : ['']).map((s) => `${i}\u0000${s}`))
  return have.size === wanted.length && wanted.every((w) => have.has(w))
}

/** A sub-process's records grouped by entry and system: each group is one inner task. */
function innerWriters(step: Step, items: Map<string, DataItem>, systems: Map<string, System>): { entry: 'manual' | 'automatic'; system?: string; items: string[] }[] {
  const groups = new Map<string, { entry: 'manual' | 'automatic'; system?: string; items: string[] }>()
  for (const r of step.records) {
    if (!items.has(r.dataItemId) || (r.systemId !== undefined && !systems.has(r.systemId))) continue
    const key = `${r.entry}\u0000${r.systemId ?? ''}`
    const group = groups.get(key) ?? { entry: r.entry, ...(r.systemId !== undefined ? { system: r.systemId } : {}), items: [] }
    if (!group.items.includes(r.dataItemId)) group.items.push(r.dataItemId)
    groups.set(key, group)
  }
  return [...groups.values()]
}

/**
 * BPMN reads a step's records back as "every data item into every system" with one entry type:
 * anything else is said in a warning rather than silently changed.
 */
function checkRecords(step: Step, items: string[], systems: string[], warnings: WarningList): void {
  if (step.records.length === 0) return
  if (!isProduct(step, items, systems)) {
    warnings.add('records-product', (n) => `records of ${count(n, 'step')} drawn as every data item into every system: BPMN cannot say which item goes where${KEPT}`, step.label || step.lineage)
  }
  if (new Set(step.records.map((r) => r.entry)).size > 1) {
    warnings.add('records-mixed', (n) => `${count(n, 'step')} ${n === 1 ? 'mixes' : 'mix'} manual and automatic records: drawn as manual${KEPT}`, step.label || step.lineage)
  }
}

const unique = (xs: readonly string[]): string[] => [...new Set(xs)]

/** Said after each warning about what the diagram cannot draw: other tools see the drawing, flowstate reads its extension. */
const KEPT = '; flowstate reads them back exactly'

/** The step's records and systems by name: what flowstate's extension carries. */
function exactData(step: Step, items: Map<string, DataItem>, systems: Map<string, System>): ExactData {
  const records: ExactData['records'] = []
  for (const r of step.records) {
    const item = items.get(r.dataItemId)
    if (!item || (r.systemId !== undefined && !systems.has(r.systemId))) continue
    records.push(r.systemId === undefined ? { dataItem: item.name, entry: r.entry } : { dataItem: item.name, system: systems.get(r.systemId)!.name, entry: r.entry })
  }
  const recorded = new Set(records.flatMap((r) => (r.system === undefined ? [] : [r.system])))
  const uses = unique(step.systemIds.flatMap((id) => (systems.has(id) ? [systems.get(id)!.name] : []))).filter((name) => !recorded.has(name))
  return { records, uses }
}

/** What an import reads back from the step's data objects and stores (import.ts addData). */
function drawnData(out: StepOut): ExactData {
  const writers = out.inner ?? [{ type: out.type, data: out.data }]
  const records: ExactData['records'] = []
  const written = new Set<string>()
  for (const w of writers) {
    const entry = AUTOMATIC_TYPES.has(w.type) ? 'automatic' : 'manual'
    const stores = w.data.filter((d) => d.kind === 'store' && d.direction === 'output').map((d) => d.name)
    for (const s of stores) written.add(s)
    for (const d of w.data) {
      if (d.kind !== 'object' || d.direction !== 'output') continue
      for (const system of stores.length > 0 ? stores : [undefined]) records.push(system === undefined ? { dataItem: d.name, entry } : { dataItem: d.name, system, entry })
    }
  }
  const uses = unique(out.data.filter((d) => d.kind === 'store' && !written.has(d.name)).map((d) => d.name))
  return { records, uses }
}

/** Same records and the same systems in all, whatever the order (as the diff compares them). */
function sameData(a: ExactData, b: ExactData): boolean {
  const recordKey = (r: ExactData['records'][number]) => `${r.dataItem}\u0000${r.system ?? ''}\u0000${r.entry}`
  const systemsOf = (d: ExactData) => [...d.records.flatMap((r) => (r.system === undefined ? [] : [r.system])), ...d.uses]
  return sameSet(a.records.map(recordKey), b.records.map(recordKey)) && sameSet(systemsOf(a), systemsOf(b))
}

function sameSet(x: readonly string[], y: readonly string[]): boolean {
  const sx = new Set(x)
  const sy = new Set(y)
  return sx.size === sy.size && [...sx].every((k) => sy.has(k))
}
