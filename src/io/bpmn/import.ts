// BPMN 2.0 -> one flowstate state (DESIGN "BPMN 2.0 mapping"). Runs the same in the browser
// and in Node: string in, state and warnings out, never a throw at the user.
//
// Decisions beyond DESIGN, each for what a team importing its Signavio/Camunda map expects:
// - One file is one state. A collaboration's pools are all roles of that state, so message
//   flows between pools stay flows (they are the handoffs between departments). A pool whose
//   process has no steps adds no lane.
// - Sub-processes: an expanded one is dissolved into its steps, a collapsed one (and a call
//   activity) is one subprocess step whose notes list its content and which records what its
//   content documents. See structure.ts.
// - Intermediate catch events other than timers (message, signal …) are waits too: the work
//   waits for something. Intermediate throw events are tasks. A boundary event is a decision
//   after its activity (the work goes on one way or the other), linked to it by a flow.
// - dataInputAssociation reads data: no record. Reading from a data store still means the
//   step uses that system, so the store joins the step's systems.
import { newId } from '../../domain/model/ids'
import { clipText, LIMITS, thousands } from '../../domain/model/limits'
import type { Flow, Phase, Step, StepKind, StepRecord, WorkflowState } from '../../domain/model/types'
import { PHASE_TITLES } from '../../domain/model/factories'
import { CatalogueResolver, catalogueKey, type Catalogue } from './catalogue'
import type { ExactData } from './extension'
import { automaticPositions, positionsFromDi, type Placeable } from './positions'
import { readModel, type BpmnModel, type BpmnNode } from './read'
import { contractFlows, placeNodes, type Placement, type StepFlow } from './structure'
import { assignRoles } from './roles'
import { checkRoot, sniffText } from './sniff'
import { AUTOMATIC_TYPES, READS_DATA, WRITES_DATA, isBpmnNamespace } from './vocabulary'
import { WarningList, count } from './warnings'
import { readXml } from './xml'

/** The only BPMN elements whose character data the import reads. */
const TEXT_ELEMENTS = new Set(['flowNodeRef', 'sourceRef', 'targetRef', 'documentation', 'text'])
/** Diagram elements the import never reads (it takes positions from shapes only). */
const UNREAD_DIAGRAM = new Set(['BPMNEdge', 'BPMNLabel', 'BPMNLabelStyle'])

export interface BpmnImportOptions {
  phase?: Phase
  /** The state's name; default: the process's or pool's name, else the file's. */
  name?: string
  /** Used for the state's name when the file names nothing. */
  fileName?: string
  /** The open project's catalogues: roles, systems and data items with the same name are reused. */
  catalogue?: Catalogue
}

export interface BpmnImport {
  state: WorkflowState
  /** Catalogue entries the state refers to that `options.catalogue` did not have. */
  added: Catalogue
  warnings: string[]
}

export type BpmnImportResult = ({ ok: true } & BpmnImport) | { ok: false; error: string }

export function importBpmn(text: string, options: BpmnImportOptions = {}): BpmnImportResult {
  const sniffed = sniffText(text)
  if (sniffed) return { ok: false, error: sniffed }
  const xml = readXml(text, isBpmnNamespace, (name) => TEXT_ELEMENTS.has(name), (name) => UNREAD_DIAGRAM.has(name))
  if (!xml.ok) return xml
  const wrongRoot = checkRoot(xml.root)
  if (wrongRoot) return { ok: false, error: wrongRoot }
  const warnings = new WarningList()
  const model = readModel(xml.root, warnings)
  if (model.processes.length === 0) warnings.add('no-process', () => 'the file holds no process: nothing to import')
  const built = buildState(model, options, warnings)
  if (typeof built === 'string') return { ok: false, error: built }
  return { ok: true, ...built, warnings: warnings.list() }
}

function buildState(model: BpmnModel, options: BpmnImportOptions, warnings: WarningList): Omit<BpmnImport, 'warnings'> | string {
  const placement = placeNodes(model)
  const stepNodes = [...model.nodes.values()].filter((n) => placement.get(n.id)!.as === 'step')
  if (stepNodes.length > LIMITS.stepsPerState) {
    return `refused: the file has ${thousands(stepNodes.length)} steps; a state holds at most ${thousands(LIMITS.stepsPerState)}`
  }
  const catalogue = new CatalogueResolver(options.catalogue)
  const { bands, bandOf } = assignRoles(model, stepNodes)
  const roleOfBand = new Map(bands.map((b) => [b.key, catalogue.role(b.name).id]))
  const lanes = [...new Set(bands.map((b) => roleOfBand.get(b.key)!))]

  const stepOf = new Map<string, Step>()
  for (const node of stepNodes) {
    const step: Step = {
      id: newId('s'),
      lineage: node.id.slice(0, 200),
      kind: stepKind(node, warnings),
      label: clip(node.name, LIMITS.labelChars, warnings),
      systemIds: [],
      records: [],
      position: { x: 0, y: 0 },
    }
    const band = bandOf.get(node.id)
    if (band) step.roleId = roleOfBand.get(band)!
    if (node.documentation) step.notes = clipText(node.documentation, LIMITS.notesChars)
    const { touchMinutes, waitMinutes, value } = node.extension
    if (touchMinutes !== undefined) step.touchMinutes = touchMinutes
    if (waitMinutes !== undefined) step.waitMinutes = waitMinutes
    if (value !== undefined) step.value = value
    stepOf.set(node.id, step)
  }
  listContents(model, placement, stepOf, warnings)
  const { flows: stepFlows, lastSteps } = contractFlows(model, placement, warnings)
  let before: Map<string, string[]> | undefined
  for (const node of model.nodes.values()) {
    const p = placement.get(node.id)!
    if (node.writes.length + node.reads.length === 0) continue
    if (p.as !== 'dissolved') {
      addData(stepOf.get(p.as === 'step' ? node.id : p.host)!, node, model, catalogue, warnings)
    } else {
      // What an open sub-process documents is documented as its work ends: by its last steps.
      before ??= predecessors(stepFlows)
      for (const id of recordingSteps(node.id, lastSteps.get(node.id) ?? [], before, stepOf, model)) {
        addData(stepOf.get(id)!, node, model, catalogue, warnings)
      }
      warnings.add('data-open-sub', (n) => `${count(n, 'open sub-process', 'open sub-processes')} ${n === 1 ? 'documents data itself' : 'document data themselves'}: recorded on the steps that end ${n === 1 ? 'it' : 'them'}`, node.name || node.id)
    }
  }
  for (const node of stepNodes) {
    if (node.extension.data) refineData(stepOf.get(node.id)!, node, node.extension.data, model, catalogue, warnings)
  }
  if (stepFlows.length > LIMITS.flowsPerState) return `refused: the file has more than ${thousands(LIMITS.flowsPerState)} flows`
  const flows = stepFlows.map((f): Flow => {
    const flow: Flow = { id: newId('f'), lineage: f.lineage.slice(0, 200), from: stepOf.get(f.from)!.id, to: stepOf.get(f.to)!.id }
    if (f.label) flow.label = clip(f.label, LIMITS.labelChars, warnings)
    return flow
  })

  const placeable: Placeable[] = stepNodes.map((n) => ({ id: n.id, kind: stepOf.get(n.id)!.kind, band: bandOf.get(n.id), shape: model.shapes.get(n.id) }))
  const withShape = placeable.filter((p) => p.shape).length
  let positions
  if (withShape === placeable.length) positions = positionsFromDi(placeable, bands)
  else {
    if (withShape > 0) warnings.add('partial-di', () => `${count(placeable.length - withShape, 'element')} had no diagram position: the whole state was laid out automatically`)
    positions = automaticPositions(placeable, stepFlows.map((f) => [f.from, f.to]))
  }
  for (const node of stepNodes) stepOf.get(node.id)!.position = positions.get(node.id)!

  const phase = options.phase ?? 'current'
  const steps = stepNodes.map((n) => stepOf.get(n.id)!)
  const state: WorkflowState = { id: newId('st'), name: stateName(model, options) || PHASE_TITLES[phase], phase, lanes, steps, flows }
  return { state, added: catalogue.added }
}

/**
 * The steps that end an open sub-process and can document something: a closing gateway or end
 * is passed back to the steps before it, inside the sub-process.
 */
function recordingSteps(sub: string, last: readonly string[], before: Map<string, string[]>, stepOf: Map<string, Step>, model: BpmnModel): string[] {
  const inside = (id: string) => {
    for (let p = model.nodes.get(id)?.parentId; p; p = model.nodes.get(p)?.parentId) if (p === sub) return true
    return false
  }
  const found: string[] = []
  const seen = new Set<string>(last)
  const queue = [...last]
  for (let i = 0; i < queue.length; i++) {
    const id = queue[i]!
    const kind = stepOf.get(id)!.kind
    if (kind !== 'decision' && kind !== 'end') {
      found.push(id)
      continue
    }
    for (const p of before.get(id) ?? []) {
      if (!seen.has(p) && inside(p)) {
        seen.add(p)
        queue.push(p)
      }
    }
  }
  return found
}

/** Step id -> the steps with a flow into it. */
function predecessors(flows: readonly StepFlow[]): Map<string, string[]> {
  const before = new Map<string, string[]>()
  for (const f of flows) {
    const list = before.get(f.to)
    if (list) list.push(f.from)
    else before.set(f.to, [f.from])
  }
  return before
}

function stepKind(node: BpmnNode, warnings: WarningList): StepKind {
  const what = node.trigger ? `${node.trigger} ` : ''
  switch (node.type) {
    case 'intermediateCatchEvent':
      if (node.trigger !== 'timer') {
        warnings.add(`catch:${node.trigger}`, (n) => `${count(n, `intermediate ${what}catch event`)} imported as ${n === 1 ? 'a wait' : 'waits'} (the work waits for it)`, node.name || node.id)
      }
      return 'wait'
    case 'intermediateThrowEvent':
      warnings.add(`throw:${node.trigger}`, (n) => `${count(n, `intermediate ${what}throw event`)} imported as ${n === 1 ? 'a task' : 'tasks'}`, node.name || node.id)
      return 'task'
    case 'boundaryEvent':
      warnings.add('boundary', (n) => `${count(n, 'boundary event')} imported as ${n === 1 ? 'a decision' : 'decisions'} after the activity it sits on`, node.name || node.id)
      return 'decision'
    default:
      return node.kind
  }
}

/** A collapsed sub-process's notes list the named work inside it. */
function listContents(model: BpmnModel, placement: Map<string, Placement>, stepOf: Map<string, Step>, warnings: WarningList): void {
  const contents = new Map<Step, string[]>()
  // Unnamed tasks alone only carry records (as flowstate's export writes them): nothing is lost.
  const structured = new Set<Step>()
  for (const node of model.nodes.values()) {
    const p = placement.get(node.id)!
    if (p.as !== 'inner') continue
    const host = stepOf.get(p.host)!
    const names = contents.get(host) ?? []
    if (node.name && (node.kind === 'task' || node.kind === 'subprocess')) names.push(node.name.replace(/\s+/g, ' '))
    if (node.name || node.kind !== 'task') structured.add(host)
    contents.set(host, names)
  }
  for (const [host, names] of contents) {
    if (!structured.has(host)) continue
    warnings.add('collapsed', (n) => `${count(n, 'collapsed sub-process', 'collapsed sub-processes')} imported as one step${n === 1 ? '' : ' each'}: the steps inside are listed in the notes, their records kept on the step`, host.label || host.lineage)
    if (names.length === 0) continue
    const shown = names.slice(0, 20).join(', ') + (names.length > 20 ? `, and ${names.length - 20} more` : '')
    host.notes = clipText([host.notes, `Contains: ${shown}`].filter(Boolean).join('\n\n'), LIMITS.notesChars)
  }
}

/** "A step records each of its data items into each of its systems, or into no system." */
function addData(step: Step, node: BpmnNode, model: BpmnModel, catalogue: CatalogueResolver, warnings: WarningList): void {
  const items: string[] = []
  const written: string[] = []
  const used: string[] = []
  const resolve = (refId: string, into: 'write' | 'read') => {
    const ref = model.data.get(refId)
    if (!ref) {
      if (!model.nodes.has(refId)) warnings.add('data-unknown', (n) => `${count(n, 'data association')} to an unknown element skipped`, refId)
      return
    }
    const name = dataName(refId, model)
    if (!name) {
      warnings.add(`data-unnamed:${ref.kind}`, (n) => `${count(n, ref.kind === 'item' ? 'data object' : 'data store')} without a name not recorded`, ref.id)
      return
    }
    if (ref.kind === 'system') (into === 'write' ? written : used).push(catalogue.system(name).id)
    else if (into === 'write') items.push(catalogue.dataItem(name).id)
  }
  for (const id of node.writes) resolve(id, 'write')
  for (const id of node.reads) resolve(id, 'read')
  const entry = AUTOMATIC_TYPES.has(node.type) ? 'automatic' : 'manual'
  const systems = [...new Set(written)]
  for (const dataItemId of new Set(items)) {
    for (const systemId of systems.length > 0 ? systems : [undefined]) addRecord(step, systemId === undefined ? { dataItemId, entry } : { dataItemId, systemId, entry })
  }
  for (const s of [...systems, ...used]) if (!step.systemIds.includes(s)) step.systemIds.push(s)
}

/** A data reference's name, else the name of the data object or store it refers to. */
function dataName(refId: string, model: BpmnModel): string {
  const ref = model.data.get(refId)
  if (!ref) return ''
  return ref.name || (ref.refersTo ? (model.data.get(ref.refersTo)?.name ?? '') : '')
}

/**
 * flowstate's extension says a step's exact records where the diagram cannot (extension.ts). It
 * is taken only while the diagram still draws the same data items and systems for the step:
 * when another tool changed the data associations, the diagram wins.
 */
function refineData(step: Step, node: BpmnNode, exact: ExactData, model: BpmnModel, catalogue: CatalogueResolver, warnings: WarningList): void {
  const drawnItems: string[] = []
  const drawnSystems: string[] = []
  for (const [ids, written] of [[node.writes, true], [node.reads, false]] as const) {
    for (const id of ids) {
      const name = dataName(id, model)
      const kind = model.data.get(id)?.kind
      if (!name || !kind) continue
      if (kind === 'system') drawnSystems.push(name)
      else if (written) drawnItems.push(name)
    }
  }
  const recorded = exact.records.flatMap((r) => (r.system === undefined ? [] : [r.system]))
  const usedOnly = exact.uses.filter((u) => !recorded.some((s) => catalogueKey(s) === catalogueKey(u)))
  const writes = WRITES_DATA[step.kind]
  const expectedItems = writes ? exact.records.map((r) => r.dataItem) : []
  const expectedSystems = [...(writes ? recorded : []), ...(writes || READS_DATA[step.kind] ? usedOnly : [])]
  if (!sameNames(drawnItems, expectedItems) || !sameNames(drawnSystems, expectedSystems)) {
    warnings.add('ext-data-stale', (n) => `${count(n, 'step')} whose data objects or stores were changed in another tool: records read from the diagram`, step.label || step.lineage)
    return
  }
  step.records = exact.records.map((r) => {
    const dataItemId = catalogue.dataItem(r.dataItem).id
    return r.system === undefined ? { dataItemId, entry: r.entry } : { dataItemId, systemId: catalogue.system(r.system).id, entry: r.entry }
  })
  step.systemIds = [...new Set([...recorded, ...exact.uses].map((name) => catalogue.system(name).id))]
}

function sameNames(x: readonly string[], y: readonly string[]): boolean {
  const sx = new Set(x.map(catalogueKey))
  const sy = new Set(y.map(catalogueKey))
  return sx.size === sy.size && [...sx].every((k) => sy.has(k))
}

/** One record per item and system; when a sub-process's inner steps disagree, manual wins (someone types it). */
function addRecord(step: Step, record: StepRecord): void {
  const same = step.records.find((r) => r.dataItemId === record.dataItemId && r.systemId === record.systemId)
  if (!same) step.records.push(record)
  else if (record.entry === 'manual') same.entry = 'manual'
}

function clip(label: string, max: number, warnings: WarningList): string {
  if (label.length <= max) return label
  warnings.add('long-label', (n) => `${count(n, 'label')} longer than ${thousands(max)} characters cut short`)
  return clipText(label, max)
}

function stateName(model: BpmnModel, options: BpmnImportOptions): string {
  if (options.name?.trim()) return options.name.trim()
  const single = model.processes.length === 1 ? model.processes[0]! : undefined
  const candidates = [single?.pool?.name, single?.name, model.name, options.fileName?.replace(/^.*[\\/]/, '').replace(/\.bpmn(\.xml)?$|\.xml$/i, '')]
  const found = candidates.find((c) => c && c.trim())
  return clipText((found ?? '').replace(/\s+/g, ' ').trim(), LIMITS.nameChars)
}

