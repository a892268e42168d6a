// Generates a before/after pair of BPMN 2.0 files of N steps, as a modelling tool would write
// them: one pool, five lanes, DI for every shape and edge, a decision every ten steps, a record
// every twentieth. "After" renames 2% of the steps, removes 1%, adds 1% and moves 2% to another
// lane. Deterministic: the same N gives the same files.
const LANES = ['Nurse', 'Physician', 'Lab technician', 'Pharmacist', 'Ward clerk']

function rng(seed) {
  let s = seed >>> 0
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

/** The steps of the "before" map and the edits that make "after". */
function model(n) {
  const steps = []
  for (let i = 0; i < n; i++) {
    const kind = i === 0 ? 'startEvent' : i === n - 1 ? 'endEvent' : i % 10 === 5 ? 'exclusiveGateway' : i % 20 === 3 ? 'userTask' : 'task'
    steps.push({ id: `Step_${i}`, kind, name: kind.endsWith('Event') ? (i === 0 ? 'Order received' : 'Done') : `Step ${i} ${kind === 'exclusiveGateway' ? 'ok?' : 'check'}`, lane: Math.floor(i / 7) % LANES.length, record: i % 20 === 3 })
  }
  return steps
}

function after(steps, seed) {
  const random = rng(seed)
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
    if (inner && random() < 0.01) out.push({ id: `Added_${added++}`, kind: 'task', name: `New step ${added}`, lane: s.lane, record: false })
  }
  return out
}

function esc(s) {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')
}

const SIZE = { startEvent: [36, 36], endEvent: [36, 36], exclusiveGateway: [50, 50], task: [100, 80], userTask: [100, 80] }

export function toBpmn(steps) {
  const laneH = 200
  const lines = []
  lines.push('<?xml version="1.0" encoding="UTF-8"?>')
  lines.push('<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" id="Definitions_bench" targetNamespace="http://example.org/bench">')
  lines.push('  <bpmn:collaboration id="Collaboration_bench"><bpmn:participant id="Pool_ward" name="Ward" processRef="Process_bench" /></bpmn:collaboration>')
  lines.push('  <bpmn:process id="Process_bench" isExecutable="false">')
  lines.push('    <bpmn:laneSet id="LaneSet_bench">')
  LANES.forEach((name, l) => {
    lines.push(`      <bpmn:lane id="Lane_${l}" name="${name}">`)
    for (const s of steps) if (s.lane === l) lines.push(`        <bpmn:flowNodeRef>${s.id}</bpmn:flowNodeRef>`)
    lines.push('      </bpmn:lane>')
  })
  lines.push('    </bpmn:laneSet>')
  const flowId = (i) => `Flow_${steps[i - 1].id}_${steps[i].id}`
  steps.forEach((s, i) => {
    // incoming/outgoing as bpmn.io and Camunda Modeler write them
    lines.push(`    <bpmn:${s.kind} id="${s.id}" name="${esc(s.name)}">`)
    if (i > 0) lines.push(`      <bpmn:incoming>${flowId(i)}</bpmn:incoming>`)
    if (i < steps.length - 1) lines.push(`      <bpmn:outgoing>${flowId(i + 1)}</bpmn:outgoing>`)
    if (s.record) lines.push(`      <bpmn:dataOutputAssociation id="${s.id}_writes"><bpmn:targetRef>${s.id}_pid</bpmn:targetRef></bpmn:dataOutputAssociation>`)
    lines.push(`    </bpmn:${s.kind}>`)
    if (s.record) lines.push(`    <bpmn:dataObjectReference id="${s.id}_pid" name="Patient ID" dataObjectRef="DataObject_pid" />`)
  })
  lines.push('    <bpmn:dataObject id="DataObject_pid" />')
  for (let i = 1; i < steps.length; i++) lines.push(`    <bpmn:sequenceFlow id="${flowId(i)}" sourceRef="${steps[i - 1].id}" targetRef="${steps[i].id}" />`)
  lines.push('  </bpmn:process>')
  lines.push('  <bpmndi:BPMNDiagram id="Diagram_bench"><bpmndi:BPMNPlane id="Plane_bench" bpmnElement="Collaboration_bench">')
  const width = 200 + steps.length * 150
  lines.push(`    <bpmndi:BPMNShape id="Pool_ward_di" bpmnElement="Pool_ward" isHorizontal="true"><dc:Bounds x="100" y="100" width="${width}" height="${LANES.length * laneH}" /></bpmndi:BPMNShape>`)
  LANES.forEach((_, l) => lines.push(`    <bpmndi:BPMNShape id="Lane_${l}_di" bpmnElement="Lane_${l}" isHorizontal="true"><dc:Bounds x="130" y="${100 + l * laneH}" width="${width - 30}" height="${laneH}" /></bpmndi:BPMNShape>`))
  const centre = new Map()
  steps.forEach((s, i) => {
    const [w, h] = SIZE[s.kind]
    const cx = 220 + i * 150
    const cy = 100 + s.lane * laneH + laneH / 2
    centre.set(s.id, [cx, cy, w])
    lines.push(`    <bpmndi:BPMNShape id="${s.id}_di" bpmnElement="${s.id}"><dc:Bounds x="${cx - w / 2}" y="${cy - h / 2}" width="${w}" height="${h}" /></bpmndi:BPMNShape>`)
    if (s.record) lines.push(`    <bpmndi:BPMNShape id="${s.id}_pid_di" bpmnElement="${s.id}_pid"><dc:Bounds x="${cx + 20}" y="${cy + 50}" width="36" height="50" /></bpmndi:BPMNShape>`)
  })
  for (let i = 1; i < steps.length; i++) {
    const [ax, ay, aw] = centre.get(steps[i - 1].id)
    const [bx, by, bw] = centre.get(steps[i].id)
    const id = `Flow_${steps[i - 1].id}_${steps[i].id}`
    lines.push(`    <bpmndi:BPMNEdge id="${id}_di" bpmnElement="${id}"><di:waypoint x="${ax + aw / 2}" y="${ay}" /><di:waypoint x="${(ax + bx) / 2}" y="${ay}" /><di:waypoint x="${(ax + bx) / 2}" y="${by}" /><di:waypoint x="${bx - bw / 2}" y="${by}" /></bpmndi:BPMNEdge>`)
  }
  lines.push('  </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>')
  lines.push('</bpmn:definitions>')
  return lines.join('\n') + '\n'
}

export function generatePair(n) {
  const before = model(n)
  return { before: toBpmn(before), after: toBpmn(after(before, n)) }
}
