// Generates a before/after pair of BPMN 2.0 files of N steps, shaped like the files clinical teams
// keep in bpmn.io / Camunda Modeler (compared with the real files in the shared corpus: about two
// flow elements and two and a half diagram elements per step, 1–3 KB per step):
// - one pool with eight lanes (the roles) listing their steps;
// - tasks of several types, start and end events, timer waits, a decision every ninth step whose
//   "no" branch loops back (rework) and whose "yes" goes on, with labelled branches;
// - data objects and an EHR data store written and read by steps (associations), documentation
//   on some tasks, a text annotation now and then;
// - elements in the order a modeller creates them (a step, then its outgoing flow), ids as
//   bpmn.io makes them (Activity_0k3…), and DI for everything: shapes, lane and pool bounds,
//   edges with waypoints, external labels of events, gateways, data and named flows.
// "After" is the same file edited as a team would: 2% of the steps renamed, 1% removed (their
// flows bridged), 1% added, 2% moved to another lane; the diagram is re-spaced (shapes after an
// insertion move). Deterministic: the same N gives the same files.
const LANES = ['Nurse', 'Physician', 'Lab technician', 'Pharmacist', 'Ward clerk', 'Porter', 'SPD technician', 'Radiographer']
const VERBS = ['Check', 'Record', 'Verify', 'Collect', 'Label', 'Send', 'Receive', 'Review', 'Order', 'Prepare', 'Document', 'Sign', 'Scan', 'Transport', 'Assess']
const OBJECTS = ['patient ID', 'sample', 'medication order', 'consent form', 'tray', 'allergy list', 'lab request', 'vital signs', 'discharge letter', 'CT order', 'specimen label', 'care plan']
const TASKS = ['task', 'userTask', 'userTask', 'manualTask', 'serviceTask', 'sendTask']
const DATA = ['Patient record', 'Lab request form', 'Medication chart', 'Consent form', 'Sample label']

function rng(seed) {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

/** Ids as bpmn.io writes them: a type prefix and seven base-36 characters. */
function idMaker(random) {
  const used = new Set()
  return (prefix) => {
    for (;;) {
      let tail = ''
      for (let i = 0; i < 7; i++) tail += '0123456789abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 36)]
      const id = `${prefix}_${Math.floor(random() * 2)}${tail.slice(1)}`
      if (!used.has(id)) {
        used.add(id)
        return id
      }
    }
  }
}

/** The "before" map: steps in reading order with their lanes and data, flows between them. */
function model(n, random, newId) {
  const pick = (xs) => xs[Math.floor(random() * xs.length)]
  const steps = []
  for (let i = 0; i < n; i++) {
    const kind = i === 0 ? 'startEvent' : i === n - 1 ? 'endEvent' : i % 9 === 5 ? 'exclusiveGateway' : i % 23 === 11 ? 'intermediateCatchEvent' : pick(TASKS)
    const prefix = kind.endsWith('Event') ? 'Event' : kind === 'exclusiveGateway' ? 'Gateway' : 'Activity'
    const name =
      kind === 'startEvent' ? 'Patient arrives' : kind === 'endEvent' ? 'Patient discharged' : kind === 'exclusiveGateway' ? `${pick(OBJECTS)} complete?` : kind === 'intermediateCatchEvent' ? `Wait for ${pick(OBJECTS)}` : `${pick(VERBS)} ${pick(OBJECTS)}`
    const step = { id: newId(prefix), kind, name: name[0].toUpperCase() + name.slice(1), lane: Math.floor(random() * LANES.length) }
    if (kind.endsWith('Task') || kind === 'task') {
      if (random() < 0.1) step.documentation = `${step.name} as the ward's procedure describes it; escalate to the charge nurse when it cannot be done.`
      if (random() < 0.12) step.writes = { id: newId('DataObjectReference'), name: pick(DATA), association: newId('DataOutputAssociation') }
      if (random() < 0.08) step.reads = { association: newId('DataInputAssociation') }
      if (random() < 0.05) step.store = { association: newId('DataOutputAssociation') }
      if (random() < 0.02) step.annotation = { id: newId('TextAnnotation'), association: newId('Association'), text: 'Often delayed at shift change' }
    }
    steps.push(step)
  }
  return steps
}

/** Flows for steps in reading order: each to the next, a decision's "no" back to a step before it. */
function flowsOf(steps, flowIds) {
  const flows = []
  const flowId = (key) => {
    let id = flowIds.get(key)
    if (!id) flowIds.set(key, (id = flowIds.newId('Flow')))
    return id
  }
  for (let i = 0; i + 1 < steps.length; i++) {
    const s = steps[i]
    const gateway = s.kind === 'exclusiveGateway'
    flows.push({ id: flowId(`${s.id}>${steps[i + 1].id}`), from: s.id, to: steps[i + 1].id, name: gateway ? 'yes' : undefined })
    if (gateway) {
      const back = steps[Math.max(1, i - 3)]
      flows.push({ id: flowId(`${s.id}>${back.id}`), from: s.id, to: back.id, name: 'no' })
    }
  }
  return flows
}

function edit(steps, random, newId) {
  const out = []
  let added = 0
  for (const s of steps) {
    const inner = s.kind !== 'startEvent' && s.kind !== 'endEvent'
    const r = random()
    if (inner && r < 0.01) continue // removed
    const copy = { ...s }
    if (inner && r < 0.03) copy.name = `${s.name} (revised)`
    else if (inner && r < 0.05) copy.lane = (s.lane + 1) % LANES.length
    out.push(copy)
    if (inner && s.kind !== 'exclusiveGateway' && random() < 0.01) out.push({ id: newId('Activity'), kind: 'userTask', name: `New check ${++added}`, lane: s.lane })
  }
  return out
}

function esc(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')
}

const SIZE = { startEvent: [36, 36], endEvent: [36, 36], intermediateCatchEvent: [36, 36], exclusiveGateway: [50, 50] }
const LANE_H = 250
const COLUMN = 150

export function toBpmn(steps, flows, ids) {
  const lines = []
  const push = (s) => lines.push(s)
  push('<?xml version="1.0" encoding="UTF-8"?>')
  push(
    `<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="Definitions_${ids.definitions}" targetNamespace="http://bpmn.io/schema/bpmn" exporter="Camunda Modeler" exporterVersion="5.31.0">`,
  )
  push('  <bpmn:collaboration id="Collaboration_ward">')
  push('    <bpmn:participant id="Participant_ward" name="Ward" processRef="Process_ward" />')
  push('  </bpmn:collaboration>')
  push('  <bpmn:process id="Process_ward" isExecutable="false">')
  push('    <bpmn:laneSet id="LaneSet_ward">')
  LANES.forEach((name, l) => {
    push(`      <bpmn:lane id="Lane_${l}" name="${name}">`)
    for (const s of steps) {
      if (s.lane !== l) continue
      push(`        <bpmn:flowNodeRef>${s.id}</bpmn:flowNodeRef>`)
    }
    push('      </bpmn:lane>')
  })
  push('    </bpmn:laneSet>')
  const incoming = new Map()
  const outgoing = new Map()
  for (const f of flows) {
    ;(outgoing.get(f.from) ?? outgoing.set(f.from, []).get(f.from)).push(f)
    ;(incoming.get(f.to) ?? incoming.set(f.to, []).get(f.to)).push(f)
  }
  for (const s of steps) {
    push(`    <bpmn:${s.kind} id="${s.id}" name="${esc(s.name)}">`)
    if (s.documentation) push(`      <bpmn:documentation>${esc(s.documentation)}</bpmn:documentation>`)
    for (const f of incoming.get(s.id) ?? []) push(`      <bpmn:incoming>${f.id}</bpmn:incoming>`)
    for (const f of outgoing.get(s.id) ?? []) push(`      <bpmn:outgoing>${f.id}</bpmn:outgoing>`)
    if (s.reads) {
      push(`      <bpmn:property id="Property_${s.id.slice(9)}" name="__targetRef_placeholder" />`)
      push(`      <bpmn:dataInputAssociation id="${s.reads.association}">`)
      push(`        <bpmn:sourceRef>DataStoreReference_ehr</bpmn:sourceRef>`)
      push(`        <bpmn:targetRef>Property_${s.id.slice(9)}</bpmn:targetRef>`)
      push('      </bpmn:dataInputAssociation>')
    }
    if (s.writes) {
      push(`      <bpmn:dataOutputAssociation id="${s.writes.association}">`)
      push(`        <bpmn:targetRef>${s.writes.id}</bpmn:targetRef>`)
      push('      </bpmn:dataOutputAssociation>')
    }
    if (s.store) {
      push(`      <bpmn:dataOutputAssociation id="${s.store.association}">`)
      push('        <bpmn:targetRef>DataStoreReference_ehr</bpmn:targetRef>')
      push('      </bpmn:dataOutputAssociation>')
    }
    if (s.kind === 'intermediateCatchEvent') push(`      <bpmn:timerEventDefinition id="TimerEventDefinition_${s.id.slice(6)}" />`)
    push(`    </bpmn:${s.kind}>`)
    if (s.writes) push(`    <bpmn:dataObjectReference id="${s.writes.id}" name="${esc(s.writes.name)}" dataObjectRef="DataObject_${s.writes.id.slice(20)}" />`)
    if (s.writes) push(`    <bpmn:dataObject id="DataObject_${s.writes.id.slice(20)}" />`)
    for (const f of outgoing.get(s.id) ?? []) push(`    <bpmn:sequenceFlow id="${f.id}"${f.name ? ` name="${f.name}"` : ''} sourceRef="${f.from}" targetRef="${f.to}" />`)
    if (s.annotation) {
      push(`    <bpmn:textAnnotation id="${s.annotation.id}">`)
      push(`      <bpmn:text>${esc(s.annotation.text)}</bpmn:text>`)
      push('    </bpmn:textAnnotation>')
      push(`    <bpmn:association id="${s.annotation.association}" associationDirection="None" sourceRef="${s.id}" targetRef="${s.annotation.id}" />`)
    }
  }
  push('    <bpmn:dataStoreReference id="DataStoreReference_ehr" name="EHR" />')
  push('  </bpmn:process>')

  // Diagram: columns in reading order, rows by lane.
  const width = 200 + steps.length * COLUMN
  const at = new Map()
  steps.forEach((s, i) => {
    const [w, h] = SIZE[s.kind] ?? [100, 80]
    const cx = 260 + i * COLUMN
    const cy = 80 + s.lane * LANE_H + 90
    at.set(s.id, { cx, cy, w, h })
  })
  const bounds = (x, y, w, h) => `<dc:Bounds x="${Math.round(x)}" y="${Math.round(y)}" width="${w}" height="${h}" />`
  const label = (x, y, w, h) => `        <bpmndi:BPMNLabel>\n          ${bounds(x, y, w, h)}\n        </bpmndi:BPMNLabel>`
  push('  <bpmndi:BPMNDiagram id="BPMNDiagram_1">')
  push('    <bpmndi:BPMNPlane id="BPMNPlane_1" bpmnElement="Collaboration_ward">')
  push(`      <bpmndi:BPMNShape id="Participant_ward_di" bpmnElement="Participant_ward" isHorizontal="true">\n        ${bounds(160, 80, width, LANES.length * LANE_H)}\n      </bpmndi:BPMNShape>`)
  LANES.forEach((_, l) => push(`      <bpmndi:BPMNShape id="Lane_${l}_di" bpmnElement="Lane_${l}" isHorizontal="true">\n        ${bounds(190, 80 + l * LANE_H, width - 30, LANE_H)}\n      </bpmndi:BPMNShape>`))
  for (const s of steps) {
    const { cx, cy, w, h } = at.get(s.id)
    const external = SIZE[s.kind] !== undefined // events and gateways carry their names beside them
    const marker = s.kind === 'exclusiveGateway' ? ' isMarkerVisible="true"' : ''
    const lines2 = [`      <bpmndi:BPMNShape id="${s.id}_di" bpmnElement="${s.id}"${marker}>`, `        ${bounds(cx - w / 2, cy - h / 2, w, h)}`]
    if (external) lines2.push(label(cx - 40, cy + h / 2 + 7, 80, 27))
    lines2.push('      </bpmndi:BPMNShape>')
    push(lines2.join('\n'))
    if (s.writes) push(`      <bpmndi:BPMNShape id="${s.writes.id}_di" bpmnElement="${s.writes.id}">\n        ${bounds(cx - 18, cy + 70, 36, 50)}\n${label(cx - 40, cy + 127, 80, 14)}\n      </bpmndi:BPMNShape>`)
    if (s.annotation) push(`      <bpmndi:BPMNShape id="${s.annotation.id}_di" bpmnElement="${s.annotation.id}">\n        ${bounds(cx + 30, cy - 110, 100, 41)}\n      </bpmndi:BPMNShape>`)
  }
  push(`      <bpmndi:BPMNShape id="DataStoreReference_ehr_di" bpmnElement="DataStoreReference_ehr">\n        ${bounds(200, 80 + LANES.length * LANE_H + 40, 50, 50)}\n${label(205, 80 + LANES.length * LANE_H + 97, 40, 14)}\n      </bpmndi:BPMNShape>`)
  const waypoints = (pts) => pts.map(([x, y]) => `        <di:waypoint x="${Math.round(x)}" y="${Math.round(y)}" />`).join('\n')
  for (const f of flows) {
    const a = at.get(f.from)
    const b = at.get(f.to)
    const pts =
      b.cx > a.cx
        ? a.cy === b.cy
          ? [[a.cx + a.w / 2, a.cy], [b.cx - b.w / 2, b.cy]]
          : [[a.cx + a.w / 2, a.cy], [(a.cx + b.cx) / 2, a.cy], [(a.cx + b.cx) / 2, b.cy], [b.cx - b.w / 2, b.cy]]
        : [[a.cx, a.cy + a.h / 2], [a.cx, a.cy + 110], [b.cx, a.cy + 110], [b.cx, b.cy + b.h / 2]] // a rework loop, routed below
    const named = f.name ? `\n${label(pts[0][0] + 8, pts[0][1] - 20, 18, 14)}` : ''
    push(`      <bpmndi:BPMNEdge id="${f.id}_di" bpmnElement="${f.id}">\n${waypoints(pts)}${named}\n      </bpmndi:BPMNEdge>`)
  }
  for (const s of steps) {
    const { cx, cy, h } = at.get(s.id)
    if (s.writes) push(`      <bpmndi:BPMNEdge id="${s.writes.association}_di" bpmnElement="${s.writes.association}">\n${waypoints([[cx, cy + h / 2], [cx, cy + 70]])}\n      </bpmndi:BPMNEdge>`)
    if (s.reads) push(`      <bpmndi:BPMNEdge id="${s.reads.association}_di" bpmnElement="${s.reads.association}">\n${waypoints([[225, 80 + LANES.length * LANE_H + 40], [cx - 20, cy + h / 2]])}\n      </bpmndi:BPMNEdge>`)
    if (s.store) push(`      <bpmndi:BPMNEdge id="${s.store.association}_di" bpmnElement="${s.store.association}">\n${waypoints([[cx + 20, cy + h / 2], [240, 80 + LANES.length * LANE_H + 40]])}\n      </bpmndi:BPMNEdge>`)
    if (s.annotation) push(`      <bpmndi:BPMNEdge id="${s.annotation.association}_di" bpmnElement="${s.annotation.association}">\n${waypoints([[cx + 20, cy - h / 2], [cx + 60, cy - 69]])}\n      </bpmndi:BPMNEdge>`)
  }
  push('    </bpmndi:BPMNPlane>')
  push('  </bpmndi:BPMNDiagram>')
  push('</bpmn:definitions>')
  return lines.join('\n') + '\n'
}

export function generatePair(n) {
  const random = rng(n)
  const newId = idMaker(random)
  const flowIds = new Map()
  flowIds.newId = newId
  const before = model(n, random, newId)
  const after = edit(before, random, newId)
  // A flow keeps its id while it joins the same two steps; bridged and new flows get new ids.
  return {
    before: toBpmn(before, flowsOf(before, flowIds), { definitions: 'ward' }),
    after: toBpmn(after, flowsOf(after, flowIds), { definitions: 'ward' }),
  }
}
