// What BPMN has no words for travels in flowstate's own extension element, so
// flowstate -> BPMN -> flowstate loses nothing:
//
//   <bpmn:definitions xmlns:flowstate="https://flowstate.dev/bpmn/1.0" …>
//     <bpmn:task id="Task_scan" name="Scan tray">
//       <bpmn:documentation>the step's notes</bpmn:documentation>
//       <bpmn:extensionElements>
//         <flowstate:step touchMinutes="2" waitMinutes="15" value="necessary">
//           <flowstate:record dataItem="Tray ID" system="Tracking" entry="manual" />
//           <flowstate:record dataItem="Tray ID" system="Paper log" entry="manual" />
//           <flowstate:uses system="EHR" />
//         </flowstate:step>
//
// - touchMinutes, waitMinutes, value: the step's times and value class.
// - record / uses: only when the diagram's data objects and stores cannot say the step's exact
//   records (which item goes into which system, manual and automatic mixed, a gateway's systems).
//   They refine the diagram, never overrule it: the import takes them only while the diagram
//   still draws the same data items and systems, so an edit in another tool wins.
//
// extensionElements is where BPMN 2.0 puts vendor data: bpmn.io, Camunda Modeler and other tools
// keep what they do not know and ignore it. The namespace URI is an identifier, never fetched;
// a later, incompatible form would take a new one (…/bpmn/2.0).
import type { Step, ValueClass } from '../../domain/model/types'
import { VALUE_CLASSES } from '../../domain/model/types'
import { NS } from './vocabulary'
import { count, type WarningList } from './warnings'
import type { XmlElement } from './xml'
import type { Attrs, XmlWriter } from './xmlWriter'
import { plainNumber } from '../decimal'

export const EXTENSION_PREFIX = 'flowstate'

/** The same bound as the file format's (schema.ts), so what is read always validates. */
const MAX_MINUTES = 1e7

/** A record by the names of its data item and system, as the diagram names them. */
export interface NamedRecord {
  dataItem: string
  system?: string
  entry: 'manual' | 'automatic'
}

export interface ExactData {
  records: NamedRecord[]
  /** Systems the step uses without recording into them. */
  uses: string[]
}

export interface StepExtension {
  touchMinutes?: number
  waitMinutes?: number
  value?: ValueClass
  data?: ExactData
}

/** Writes <bpmn:extensionElements> for a step, or nothing when BPMN says all there is to say. */
export function writeStepExtension(w: XmlWriter, step: Step, exact: ExactData | undefined): void {
  const attrs: Attrs = {}
  // Written as text, not through the writer's coordinate rounding: 7.25 minutes stay 7.25.
  if (step.touchMinutes !== undefined) attrs.touchMinutes = plainNumber(step.touchMinutes)
  if (step.waitMinutes !== undefined) attrs.waitMinutes = plainNumber(step.waitMinutes)
  if (step.value !== undefined) attrs.value = step.value
  if (Object.keys(attrs).length === 0 && !exact) return
  w.open('bpmn:extensionElements')
  const tag = `${EXTENSION_PREFIX}:step`
  if (!exact) w.leaf(tag, attrs)
  else {
    w.open(tag, attrs)
    for (const r of exact.records) w.leaf(`${EXTENSION_PREFIX}:record`, { dataItem: r.dataItem, system: r.system, entry: r.entry })
    for (const s of exact.uses) w.leaf(`${EXTENSION_PREFIX}:uses`, { system: s })
    w.close(tag)
  }
  w.close('bpmn:extensionElements')
}

/** Does a step need <flowstate:step> at all? (Decides whether its element gets a body.) */
export const hasStepExtension = (step: Step, exact: ExactData | undefined): boolean =>
  step.touchMinutes !== undefined || step.waitMinutes !== undefined || step.value !== undefined || exact !== undefined

/** Reads <flowstate:step> inside a flow node's extensionElements; what is not valid is said in a warning and left out. */
export function readStepExtension(node: XmlElement, warnings: WarningList, label: string): StepExtension {
  const out: StepExtension = {}
  const el = node.children
    .find((c) => c.ns === NS.model && c.name === 'extensionElements')
    ?.children.find((c) => c.ns === NS.flowstate && c.name === 'step')
  if (!el) return out
  const touch = minutes(el.attrs.touchMinutes)
  const wait = minutes(el.attrs.waitMinutes)
  if (typeof touch === 'number') out.touchMinutes = touch
  if (typeof wait === 'number') out.waitMinutes = wait
  if (touch === null || wait === null) {
    warnings.add('ext-minutes', (n) => `${count(n, 'step')} with a touch or wait time that is not a number of minutes from 0 to 10,000,000: left out`, label)
  }
  const value = el.attrs.value
  if (value !== undefined) {
    if ((VALUE_CLASSES as readonly string[]).includes(value)) out.value = value as ValueClass
    else warnings.add('ext-value', (n) => `${count(n, 'step')} with an unknown value class left unclassified (${VALUE_CLASSES.join(', ')})`, label)
  }
  const data: ExactData = { records: [], uses: [] }
  for (const c of el.children) {
    if (c.ns !== NS.flowstate) continue
    const item = c.attrs.dataItem?.trim()
    const system = c.attrs.system?.trim()
    const entry = c.attrs.entry
    if (c.name === 'record' && item && (entry === 'manual' || entry === 'automatic')) data.records.push(system ? { dataItem: item, system, entry } : { dataItem: item, entry })
    else if (c.name === 'uses' && system) data.uses.push(system)
  }
  if (data.records.length + data.uses.length > 0) out.data = data
  return out
}

/** undefined: not given; null: given but not valid. */
function minutes(raw: string | undefined): number | null | undefined {
  if (raw === undefined) return undefined
  const n = raw.trim() === '' ? NaN : Number(raw)
  return Number.isFinite(n) && n >= 0 && n <= MAX_MINUTES ? n : null
}
