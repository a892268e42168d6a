// Reads the parsed XML of a BPMN 2.0 file into a small, flat model of what flowstate maps:
// processes, pools, lanes, flow nodes, flows, data references and diagram bounds.
// Nothing here decides roles or positions; see roles.ts and positions.ts.
import type { StepKind } from '../../domain/model/types'
import { readStepExtension, type StepExtension } from './extension'
import { count, type WarningList } from './warnings'
import { EVENT_TYPES, NS, SILENT_TYPES, eventTrigger, humanType, kindOf } from './vocabulary'
import type { XmlElement } from './xml'
import { append } from '../../domain/arrays'

export interface Bounds {
  x: number
  y: number
  width: number
  height: number
}

export interface Shape {
  bounds: Bounds
  /** false for vertical pools and lanes; undefined when the file does not say. */
  horizontal?: boolean
  /** A sub-process drawn open, with its content inside it. */
  expanded?: boolean
  /** Which diagram plane (in file order) the shape is drawn on: coordinates of two planes are unrelated. */
  plane: number
}

export interface BpmnNode {
  id: string
  type: string
  name: string
  kind: StepKind
  processId: string
  /** The sub-process this element sits directly inside, if any. */
  parentId?: string
  /** For boundary events: the activity they are attached to. */
  attachedTo?: string
  /** The first event definition ("timer", "message" …), null for none. */
  trigger: string | null
  /** Ids of the data object/store references this node writes (dataOutputAssociation). */
  writes: string[]
  /** Ids of the data references this node reads (dataInputAssociation). */
  reads: string[]
  documentation: string
  /** Touch time, wait time and value class from flowstate's extension element, when present. */
  extension: StepExtension
}

export interface BpmnFlow {
  id: string
  name: string
  source: string
  target: string
  message: boolean
}

export interface BpmnLane {
  id: string
  name: string
  processId: string
  parentId?: string
  depth: number
  nodeRefs: string[]
  childIds: string[]
}

export interface BpmnProcess {
  id: string
  name: string
  /** The pool (participant) that shows this process, if any. */
  pool?: { id: string; name: string }
}

export interface DataRef {
  id: string
  name: string
  /** A data object is a data item; a data store is a system. */
  kind: 'item' | 'system'
  /** The dataObject / dataStore it refers to, whose name is the fallback. */
  refersTo?: string
}

export interface BpmnModel {
  name: string
  processes: BpmnProcess[]
  nodes: Map<string, BpmnNode>
  flows: BpmnFlow[]
  lanes: Map<string, BpmnLane>
  data: Map<string, DataRef>
  shapes: Map<string, Shape>
  /** Pools with no process ("black box" pools): message flows to them have no step to reach. */
  emptyPools: Map<string, string>
}

const isModel = (el: XmlElement): boolean => el.ns === NS.model

/** Labels keep their line breaks (as \n) and lose only the outer whitespace. */
export function cleanLabel(raw: string | undefined): string {
  return (raw ?? '').replace(/\r\n?/g, '\n').trim()
}

export function readModel(definitions: XmlElement, warnings: WarningList): BpmnModel {
  const model: BpmnModel = {
    name: cleanLabel(definitions.attrs.name),
    processes: [],
    nodes: new Map(),
    flows: [],
    lanes: new Map(),
    data: new Map(),
    shapes: new Map(),
    emptyPools: new Map(),
  }
  const pools: { id: string; name: string; processRef?: string }[] = []
  const drawn: DrawnShape[] = []
  for (const child of definitions.children) {
    if (child.ns === NS.bpmndi && child.name === 'BPMNDiagram') readDiagram(child, drawn)
    if (!isModel(child)) continue
    switch (child.name) {
      case 'process':
        model.processes.push({ id: child.attrs.id ?? `process_${model.processes.length + 1}`, name: cleanLabel(child.attrs.name) })
        readContainer(child, model.processes[model.processes.length - 1]!.id, undefined, model, warnings)
        break
      case 'collaboration':
        readCollaboration(child, model, pools, warnings)
        break
      case 'dataStore':
        if (child.attrs.id) model.data.set(child.attrs.id, { id: child.attrs.id, name: cleanLabel(child.attrs.name), kind: 'system' })
        break
      case 'choreography':
      case 'globalConversation':
        warnings.add(`skip:${child.name}`, (n) => `${count(n, humanType(child.name))} skipped: flowstate maps processes, not ${humanType(child.name)}s`)
        break
      default:
        break
    }
  }
  for (const pool of pools) {
    const process = pool.processRef ? model.processes.find((p) => p.id === pool.processRef) : undefined
    if (process && !process.pool) process.pool = { id: pool.id, name: pool.name }
    else if (!process) model.emptyPools.set(pool.id, pool.name)
  }
  chooseShapes(model, drawn)
  return model
}

function readCollaboration(el: XmlElement, model: BpmnModel, pools: { id: string; name: string; processRef?: string }[], warnings: WarningList): void {
  for (const child of el.children) {
    if (!isModel(child) || !child.attrs.id) continue
    if (child.name === 'participant') {
      pools.push({ id: child.attrs.id, name: cleanLabel(child.attrs.name), processRef: child.attrs.processRef })
    } else if (child.name === 'messageFlow') {
      model.flows.push(flowOf(child, true))
    } else if (child.name === 'textAnnotation' || child.name === 'group') {
      warnArtifact(child, warnings)
    }
  }
}

function flowOf(el: XmlElement, message: boolean): BpmnFlow {
  return { id: el.attrs.id!, name: cleanLabel(el.attrs.name), source: el.attrs.sourceRef ?? '', target: el.attrs.targetRef ?? '', message }
}

function warnArtifact(el: XmlElement, warnings: WarningList): void {
  const what = el.name === 'group' ? 'group' : 'text annotation'
  const label = cleanLabel(el.name === 'group' ? el.attrs.categoryValueRef : el.children.find((c) => c.name === 'text')?.text)
  warnings.add(`skip:${what}`, (n) => `${count(n, what)} not imported: flowstate has no ${what}s`, label || el.attrs.id)
}

/** Reads the flow elements of a process or of a sub-process (then `parentId` is its id). */
function readContainer(container: XmlElement, processId: string, parentId: string | undefined, model: BpmnModel, warnings: WarningList): void {
  for (const el of container.children) {
    if (!isModel(el)) continue
    const id = el.attrs.id
    if (el.name === 'laneSet') {
      if (!parentId) readLaneSet(el, processId, undefined, 0, model)
      continue
    }
    if (el.name === 'sequenceFlow') {
      if (id) model.flows.push(flowOf(el, false))
      continue
    }
    if (el.name === 'dataObject' || el.name === 'dataObjectReference' || el.name === 'dataStoreReference') {
      if (id) {
        const kind = el.name === 'dataStoreReference' ? 'system' : 'item'
        const refersTo = el.name === 'dataObjectReference' ? el.attrs.dataObjectRef : el.attrs.dataStoreRef
        model.data.set(id, { id, name: cleanLabel(el.attrs.name), kind, refersTo })
      }
      continue
    }
    if (el.name === 'textAnnotation' || el.name === 'group') {
      warnArtifact(el, warnings)
      continue
    }
    if (SILENT_TYPES.has(el.name)) continue
    const kind = kindOf(el.name) ?? (EVENT_TYPES.has(el.name) ? 'task' : null)
    if (!kind || !id) {
      warnings.add(`skip:${el.name}`, (n) => `${count(n, humanType(el.name))} skipped: not a BPMN element flowstate maps`, el.attrs.name || id)
      continue
    }
    if (model.nodes.has(id)) {
      warnings.add('duplicate-id', (n) => `${count(n, 'element')} skipped: the id is used twice in the file`, id)
      continue
    }
    model.nodes.set(id, readNode(el, id, kind, processId, parentId, warnings))
    if (kind === 'subprocess' && el.name !== 'callActivity') readContainer(el, processId, id, model, warnings)
  }
}

function readNode(el: XmlElement, id: string, kind: StepKind, processId: string, parentId: string | undefined, warnings: WarningList): BpmnNode {
  const node: BpmnNode = {
    id,
    type: el.name,
    name: cleanLabel(el.attrs.name),
    kind,
    processId,
    trigger: null,
    writes: [],
    reads: [],
    documentation: '',
    extension: readStepExtension(el, warnings, cleanLabel(el.attrs.name) || id),
  }
  if (parentId) node.parentId = parentId
  if (el.attrs.attachedToRef) node.attachedTo = el.attrs.attachedToRef
  for (const c of el.children) {
    if (!isModel(c)) continue
    const trigger = eventTrigger(c.name)
    if (trigger && node.trigger === null) node.trigger = trigger
    else if (c.name === 'dataOutputAssociation') append(node.writes, refsIn(c, 'targetRef'))
    else if (c.name === 'dataInputAssociation') append(node.reads, refsIn(c, 'sourceRef'))
    else if (c.name === 'documentation' && !node.documentation) node.documentation = cleanLabel(c.text)
  }
  return node
}

function refsIn(association: XmlElement, ref: 'sourceRef' | 'targetRef'): string[] {
  return association.children.filter((c) => isModel(c) && c.name === ref).map((c) => c.text.trim()).filter(Boolean)
}

function readLaneSet(set: XmlElement, processId: string, parentId: string | undefined, depth: number, model: BpmnModel): string[] {
  const ids: string[] = []
  for (const el of set.children) {
    if (!isModel(el) || el.name !== 'lane' || !el.attrs.id || model.lanes.has(el.attrs.id)) continue
    const lane: BpmnLane = {
      id: el.attrs.id,
      name: cleanLabel(el.attrs.name),
      processId,
      depth,
      nodeRefs: el.children.filter((c) => isModel(c) && c.name === 'flowNodeRef').map((c) => c.text.trim()),
      childIds: [],
    }
    if (parentId) lane.parentId = parentId
    model.lanes.set(lane.id, lane)
    ids.push(lane.id)
    for (const c of el.children) {
      if (isModel(c) && c.name === 'childLaneSet') append(lane.childIds, readLaneSet(c, processId, lane.id, depth + 1, model))
    }
  }
  return ids
}

interface DrawnShape {
  ref: string
  shape: Shape
}

function readDiagram(diagram: XmlElement, drawn: DrawnShape[]): void {
  for (const plane of diagram.children) {
    if (plane.ns !== NS.bpmndi || plane.name !== 'BPMNPlane') continue
    const planeIndex = new Set(drawn.map((d) => d.shape.plane)).size
    for (const el of plane.children) {
      if (el.ns !== NS.bpmndi || el.name !== 'BPMNShape') continue
      const ref = el.attrs.bpmnElement
      const b = el.children.find((c) => c.ns === NS.dc && c.name === 'Bounds')
      if (!ref || !b) continue
      const bounds = { x: num(b.attrs.x), y: num(b.attrs.y), width: num(b.attrs.width), height: num(b.attrs.height) }
      if (![bounds.x, bounds.y, bounds.width, bounds.height].every(Number.isFinite)) continue
      const shape: Shape = { bounds, plane: planeIndex }
      if (el.attrs.isHorizontal === 'false') shape.horizontal = false
      else if (el.attrs.isHorizontal === 'true') shape.horizontal = true
      if (el.attrs.isExpanded === 'true') shape.expanded = true
      drawn.push({ ref, shape })
    }
  }
}

/**
 * Files with several diagrams may draw an element more than once (some tools add placeholder
 * shapes at 0,0 to the main diagram). Each process is read from the plane that draws most of its
 * elements at distinct places; other elements take their first shape.
 */
function chooseShapes(model: BpmnModel, drawn: readonly DrawnShape[]): void {
  const planes = new Set<number>()
  for (const d of drawn) planes.add(d.shape.plane)
  const processOf = new Map<string, string>()
  const planeOf = new Map<string, number>()
  if (planes.size > 1) {
    for (const n of model.nodes.values()) processOf.set(n.id, n.processId)
    for (const l of model.lanes.values()) processOf.set(l.id, l.processId)
    for (const p of model.processes) if (p.pool) processOf.set(p.pool.id, p.id)
    const spots = new Map<string, Set<string>>() // "process plane" -> distinct positions
    for (const d of drawn) {
      const process = processOf.get(d.ref)
      if (process === undefined) continue
      const key = `${process}\u0000${d.shape.plane}`
      const set = spots.get(key) ?? new Set<string>()
      set.add(`${d.shape.bounds.x},${d.shape.bounds.y}`)
      spots.set(key, set)
    }
    for (const p of model.processes) {
      let best = -1
      let score = 0
      for (const plane of planes) {
        const n = spots.get(`${p.id}\u0000${plane}`)?.size ?? 0
        if (n > score) [best, score] = [plane, n]
      }
      if (best >= 0) planeOf.set(p.id, best)
    }
  }
  for (const d of drawn) {
    const process = processOf.get(d.ref)
    const preferred = process === undefined ? undefined : planeOf.get(process)
    const prior = model.shapes.get(d.ref)
    if (!prior || (preferred !== undefined && prior.plane !== preferred && d.shape.plane === preferred)) model.shapes.set(d.ref, d.shape)
  }
}

const num = (v: string | undefined): number => (v === undefined || v.trim() === '' ? NaN : Number(v))
