// One flowstate state -> a BPMN 2.0 file with diagram interchange (DI): one pool, a lane per
// role, every step and flow, data objects and data stores for records, shapes and edges, so
// bpmn.io, Camunda Modeler and Signavio open it with its lanes where flowstate drew them.
// Notes go into bpmn:documentation; touch time, wait time, value class and records the diagram
// cannot draw exactly go into flowstate's extension element (extension.ts).
// A state without lanes is written as a plain process (no pool), so a re-import gives it back
// without roles; steps without a role sit in the pool below the lanes, in no lane.
import type { Project, WorkflowState } from '../../domain/model/types'
import { EXTENSION_PREFIX, hasStepExtension, writeStepExtension } from './extension'
import { layoutDiagram, type Box } from './exportLayout'
import { planExport, type DataRefOut, type ExportPlan } from './exportPlan'
import { NS } from './vocabulary'
import { XmlWriter } from './xmlWriter'

export interface BpmnExport {
  xml: string
  /** What BPMN could not say about the state, for the user. */
  warnings: string[]
}

export function exportBpmn(project: Pick<Project, 'roles' | 'systems' | 'dataItems'>, state: WorkflowState): BpmnExport {
  const plan = planExport(project, state)
  const pooled = state.lanes.length > 0
  const lanes = pooled ? state.lanes.map((roleId) => ({ roleId, id: plan.ids.take(`Lane_${roleId}`, 'Lane') })) : []
  const ids = {
    definitions: plan.ids.next('Definitions'),
    collaboration: plan.ids.next('Collaboration'),
    participant: plan.ids.next('Participant'),
    process: plan.ids.next('Process'),
    laneSet: plan.ids.next('LaneSet'),
    diagram: plan.ids.next('BPMNDiagram'),
    plane: plan.ids.next('BPMNPlane'),
  }
  const layout = layoutDiagram(project, state, plan, pooled)
  const roleName = new Map(project.roles.map((r) => [r.id, r.name]))

  const w = new XmlWriter()
  w.open('bpmn:definitions', {
    'xmlns:bpmn': NS.model,
    'xmlns:bpmndi': NS.bpmndi,
    'xmlns:dc': NS.dc,
    'xmlns:di': NS.di,
    [`xmlns:${EXTENSION_PREFIX}`]: NS.flowstate,
    id: ids.definitions,
    targetNamespace: 'urn:flowstate:bpmn',
    exporter: 'flowstate',
    exporterVersion: '1',
  })
  if (pooled) {
    w.open('bpmn:collaboration', { id: ids.collaboration })
    w.leaf('bpmn:participant', { id: ids.participant, name: state.name, processRef: ids.process })
    w.close('bpmn:collaboration')
  }
  w.open('bpmn:process', { id: ids.process, name: state.name, isExecutable: 'false' })
  if (pooled) {
    w.open('bpmn:laneSet', { id: ids.laneSet })
    for (const lane of lanes) {
      w.open('bpmn:lane', { id: lane.id, name: roleName.get(lane.roleId) ?? lane.roleId })
      for (const s of plan.steps) if (s.step.roleId === lane.roleId) w.text('bpmn:flowNodeRef', s.id)
      w.close('bpmn:lane')
    }
    w.close('bpmn:laneSet')
  }
  writeFlowElements(w, plan)
  w.close('bpmn:process')
  for (const store of plan.dataStores) w.leaf('bpmn:dataStore', { id: store.id, name: store.system.name })

  w.open('bpmndi:BPMNDiagram', { id: ids.diagram })
  w.open('bpmndi:BPMNPlane', { id: ids.plane, bpmnElement: pooled ? ids.collaboration : ids.process })
  if (pooled) {
    shape(w, plan, ids.participant, layout.pool, { isHorizontal: 'true' })
    lanes.forEach((lane, i) => shape(w, plan, lane.id, layout.lanes[i]!, { isHorizontal: 'true' }))
  }
  for (const s of plan.steps) {
    const extra: Record<string, string> = s.type === 'subProcess' ? { isExpanded: 'false' } : s.type === 'exclusiveGateway' ? { isMarkerVisible: 'true' } : {}
    shape(w, plan, s.id, layout.steps.get(s.id)!, extra, layout.labels.get(s.id))
    for (const d of s.data) shape(w, plan, d.id, layout.data.get(d.id)!, {}, layout.labels.get(d.id))
  }
  for (const f of plan.flows) edge(w, plan, f.id, layout.flows.get(f.id)!)
  for (const s of plan.steps) for (const d of s.data) edge(w, plan, d.associationId, layout.associations.get(d.associationId)!)
  w.close('bpmndi:BPMNPlane')
  w.close('bpmndi:BPMNDiagram')
  w.close('bpmn:definitions')
  return { xml: w.toString(), warnings: plan.warnings.list() }
}

function writeFlowElements(w: XmlWriter, plan: ExportPlan): void {
  for (const s of plan.steps) {
    const tag = `bpmn:${s.type}`
    const inputs = s.data.filter((d) => d.direction === 'input')
    const outputs = s.data.filter((d) => d.direction === 'output')
    const hasBody = Boolean(s.step.notes) || hasStepExtension(s.step, s.exact) || s.data.length > 0 || s.type === 'intermediateCatchEvent' || Boolean(s.inner?.length)
    const attrs = { id: s.id, name: s.step.label || undefined }
    if (!hasBody) {
      w.leaf(tag, attrs)
      continue
    }
    w.open(tag, attrs)
    // BPMN's element order: documentation, extensionElements, then the element's own content.
    if (s.step.notes) w.text('bpmn:documentation', s.step.notes)
    writeStepExtension(w, s.step, s.exact)
    // BPMN's element order: input associations, output associations, then event definitions.
    for (const d of inputs) {
      w.open('bpmn:dataInputAssociation', { id: d.associationId })
      w.text('bpmn:sourceRef', d.id)
      w.close('bpmn:dataInputAssociation')
    }
    writeOutputs(w, outputs)
    if (s.type === 'intermediateCatchEvent') w.leaf('bpmn:timerEventDefinition', { id: plan.ids.next('TimerEventDefinition') })
    for (const task of s.inner ?? []) {
      w.open(`bpmn:${task.type}`, { id: task.id })
      writeOutputs(w, task.data)
      w.close(`bpmn:${task.type}`)
    }
    for (const task of s.inner ?? []) writeReferences(w, task.data)
    w.close(tag)
  }
  for (const s of plan.steps) writeReferences(w, s.data)
  for (const o of plan.dataObjects) w.leaf('bpmn:dataObject', { id: o.id, name: o.item.name })
  for (const f of plan.flows) w.leaf('bpmn:sequenceFlow', { id: f.id, name: f.label || undefined, sourceRef: f.from.id, targetRef: f.to.id })
}

function writeOutputs(w: XmlWriter, data: readonly DataRefOut[]): void {
  for (const d of data) {
    if (d.direction !== 'output') continue
    w.open('bpmn:dataOutputAssociation', { id: d.associationId })
    w.text('bpmn:targetRef', d.id)
    w.close('bpmn:dataOutputAssociation')
  }
}

function writeReferences(w: XmlWriter, data: readonly DataRefOut[]): void {
  for (const d of data) {
    if (d.kind === 'object') w.leaf('bpmn:dataObjectReference', { id: d.id, name: d.name, dataObjectRef: d.refersTo })
    else w.leaf('bpmn:dataStoreReference', { id: d.id, name: d.name, dataStoreRef: d.refersTo })
  }
}

/** A shape, with where its name goes when that is not where bpmn.io would put it. */
function shape(w: XmlWriter, plan: ExportPlan, element: string, box: Box, extra: Record<string, string>, label?: Box): void {
  w.open('bpmndi:BPMNShape', { id: plan.ids.take(`${element}_di`, 'Shape'), bpmnElement: element, ...extra })
  w.leaf('dc:Bounds', { x: box.x, y: box.y, width: box.width, height: box.height })
  if (label) {
    w.open('bpmndi:BPMNLabel')
    w.leaf('dc:Bounds', { x: label.x, y: label.y, width: label.width, height: label.height })
    w.close('bpmndi:BPMNLabel')
  }
  w.close('bpmndi:BPMNShape')
}

function edge(w: XmlWriter, plan: ExportPlan, element: string, points: readonly { x: number; y: number }[]): void {
  w.open('bpmndi:BPMNEdge', { id: plan.ids.take(`${element}_di`, 'Edge'), bpmnElement: element })
  for (const p of points) w.leaf('di:waypoint', { x: p.x, y: p.y })
  w.close('bpmndi:BPMNEdge')
}
