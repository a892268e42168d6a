// The BPMN 2.0 vocabulary flowstate reads and writes: namespaces and how element types map to
// step kinds (DESIGN "BPMN 2.0 mapping").
import type { StepKind } from '../../domain/model/types'

export const NS = {
  model: 'http://www.omg.org/spec/BPMN/20100524/MODEL',
  bpmndi: 'http://www.omg.org/spec/BPMN/20100524/DI',
  dc: 'http://www.omg.org/spec/DD/20100524/DC',
  di: 'http://www.omg.org/spec/DD/20100524/DI',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  /** flowstate's own extension: what BPMN cannot say about a step (extension.ts). */
  flowstate: 'https://flowstate.dev/bpmn/1.0',
} as const

/** The namespaces the import reads; every other vendor's extension is skipped unread. */
const KEPT = new Set<string>([NS.model, NS.bpmndi, NS.dc, NS.di, NS.flowstate])
export const isBpmnNamespace = (ns: string): boolean => KEPT.has(ns)

/** Tasks of every type. Their records are automatic when an interface writes them. */
export const TASK_TYPES = new Set([
  'task',
  'userTask',
  'manualTask',
  'serviceTask',
  'scriptTask',
  'businessRuleTask',
  'sendTask',
  'receiveTask',
])

/** Work that a machine does: what it documents is documented by an interface, not by a person. */
export const AUTOMATIC_TYPES = new Set(['serviceTask', 'scriptTask', 'businessRuleTask', 'sendTask'])

export const SUBPROCESS_TYPES = new Set(['subProcess', 'callActivity', 'transaction', 'adHocSubProcess'])

export const GATEWAY_TYPES = new Set([
  'exclusiveGateway',
  'inclusiveGateway',
  'parallelGateway',
  'eventBasedGateway',
  'complexGateway',
])

export const EVENT_TYPES = new Set(['startEvent', 'endEvent', 'intermediateCatchEvent', 'intermediateThrowEvent', 'boundaryEvent'])

/** Elements of a process that carry no step and need no warning. */
export const SILENT_TYPES = new Set([
  'sequenceFlow',
  'laneSet',
  'dataObject',
  'dataObjectReference',
  'dataStoreReference',
  'association',
  'documentation',
  'extensionElements',
  'ioSpecification',
  'property',
  'auditing',
  'monitoring',
  'resourceRole',
  'performer',
  'humanPerformer',
  'potentialOwner',
  'supportedInterfaceRef',
  'correlationSubscription',
  'dataInputAssociation',
  'dataOutputAssociation',
  'incoming',
  'outgoing',
  'multiInstanceLoopCharacteristics',
  'standardLoopCharacteristics',
  'completionCondition',
  'eventDefinitionRef',
  'categoryValueRef',
])

/** Event definitions by their element name, e.g. timerEventDefinition -> "timer". */
export function eventTrigger(name: string): string | null {
  const m = /^(\w+)EventDefinition$/.exec(name)
  return m ? m[1]! : null
}

export function kindOf(type: string): StepKind | null {
  if (TASK_TYPES.has(type)) return 'task'
  if (SUBPROCESS_TYPES.has(type)) return 'subprocess'
  if (GATEWAY_TYPES.has(type)) return 'decision'
  if (type === 'startEvent') return 'start'
  if (type === 'endEvent') return 'end'
  return null
}

/** Which data associations BPMN allows on each kind: catch events write, throw events read, gateways neither. */
export const WRITES_DATA: Record<StepKind, boolean> = { task: true, subprocess: true, start: true, wait: true, end: false, decision: false }
export const READS_DATA: Record<StepKind, boolean> = { task: true, subprocess: true, start: false, wait: false, end: true, decision: false }

/** "userTask" -> "user task", for warnings people read. */
export function humanType(type: string): string {
  return type.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
}
