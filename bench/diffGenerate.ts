// Generated workflow states for the diff benchmark: a deterministic pseudo-random "big map" and a
// derived copy with about 5% changes (renames, additions, removals, reassignments), like a future
// state a team has worked on. Seeded, so every run measures the same input.
import { deriveState, FORMAT_VERSION, type Project, type Step, type WorkflowState } from '../src/domain/model'

/** mulberry32: small, fast, good enough to scatter labels and changes. */
export function random(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const VERBS = ['Scan', 'Check', 'Log', 'Receive', 'Wash', 'Pack', 'Inspect', 'Label', 'Order', 'Verify', 'Collect', 'Transport', 'Assemble', 'Wrap', 'Load', 'Release', 'Sign', 'Report', 'Prepare', 'Document']
const OBJECTS = ['tray', 'load', 'instrument set', 'sample', 'tube', 'CT order', 'contrast', 'patient ID', 'report', 'label', 'cart', 'indicator', 'sterilizer cycle', 'loaner tray', 'count sheet', 'requisition', 'image set', 'protocol', 'consent', 'specimen']
const PLACES = ['in decontamination', 'at assembly', 'in the OR', 'at the bench', 'in the lab', 'at the scanner', 'in the EHR', 'on paper', 'at reception', 'in sterile storage', '', '', '']

export const ROLE_COUNT = 12

export function benchProject(steps: number, seed = 1): { project: Project; before: WorkflowState; after: WorkflowState } {
  const rnd = random(seed)
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!
  const roles = Array.from({ length: ROLE_COUNT }, (_, i) => ({ id: `r${i}`, name: `Role ${i}` }))
  const systems = Array.from({ length: 6 }, (_, i) => ({ id: `sys${i}`, name: `System ${i}` }))
  const dataItems = Array.from({ length: 10 }, (_, i) => ({ id: `d${i}`, name: `Item ${i}` }))
  const label = () => `${pick(VERBS)} ${pick(OBJECTS)} ${pick(PLACES)}`.trim() + (rnd() < 0.6 ? ` ${Math.floor(rnd() * steps)}` : '')

  const list: Step[] = []
  for (let i = 0; i < steps; i++) {
    const kind = i === 0 ? 'start' : i === steps - 1 ? 'end' : rnd() < 0.08 ? 'decision' : rnd() < 0.04 ? 'wait' : 'task'
    const step: Step = {
      id: `b${i}`,
      lineage: `l${i}`,
      kind,
      label: kind === 'start' ? 'Start' : kind === 'end' ? 'Done' : label(),
      roleId: `r${Math.floor(rnd() * ROLE_COUNT)}`,
      systemIds: [],
      records: [],
      touchMinutes: Math.floor(rnd() * 15),
      position: { x: i * 160, y: Math.floor(rnd() * 3) * 40 },
    }
    if (kind === 'wait') step.waitMinutes = Math.floor(rnd() * 60)
    if (kind === 'task' && rnd() < 0.3) {
      const sys = `sys${Math.floor(rnd() * 6)}`
      step.systemIds.push(sys)
      step.records.push({ dataItemId: `d${Math.floor(rnd() * 10)}`, systemId: sys, entry: rnd() < 0.7 ? 'manual' : 'automatic' })
    }
    list.push(step)
  }
  const flows = []
  for (let i = 0; i + 1 < steps; i++) {
    flows.push({ id: `bf${i}`, lineage: `lf${i}`, from: `b${i}`, to: `b${i + 1}` })
    if (list[i]!.kind === 'decision') {
      // a branch forward and, now and then, a rework loop back
      if (i + 3 < steps) flows.push({ id: `bfj${i}`, lineage: `lfj${i}`, from: `b${i}`, to: `b${i + 3}` })
      if (i > 4 && rnd() < 0.3) flows.push({ id: `bfr${i}`, lineage: `lfr${i}`, from: `b${i}`, to: `b${i - 4}` })
    }
  }
  const before: WorkflowState = { id: 'st_before', name: 'Current state', phase: 'current', lanes: roles.map((r) => r.id), steps: list, flows }
  const after = deriveState(before, 'future')
  changeAboutFivePercent(after, rnd, label)
  const project: Project = {
    format: 'flowstate',
    version: FORMAT_VERSION,
    id: 'p_bench',
    name: `Benchmark ${steps}`,
    createdAt: '2026-11-02T09:00:00.000Z',
    updatedAt: '2026-11-02T09:00:00.000Z',
    roles,
    systems,
    dataItems,
    states: [before, after],
  }
  return { project, before, after }
}

/** 1.25% each of renames (small rewordings), reassignments, removals (flow bridged) and additions. */
function changeAboutFivePercent(s: WorkflowState, rnd: () => number, label: () => string): void {
  const each = Math.max(1, Math.round(s.steps.length * 0.0125))
  const inner = () => 1 + Math.floor(rnd() * (s.steps.length - 2))
  for (let k = 0; k < each; k++) {
    const step = s.steps[inner()]!
    step.label = rnd() < 0.5 ? `${step.label} again` : step.label.replace(/^(\S+) /, '$1 and check ')
  }
  for (let k = 0; k < each; k++) {
    const step = s.steps[inner()]!
    step.roleId = `r${(Number(step.roleId!.slice(1)) + 1) % ROLE_COUNT}`
  }
  const removed = new Set<string>()
  for (let k = 0; k < each; k++) removed.add(s.steps[inner()]!.id)
  const into = new Map<string, string>()
  for (const f of s.flows) if (removed.has(f.to) && !removed.has(f.from)) into.set(f.to, f.from)
  s.flows = s.flows.filter((f) => {
    if (!removed.has(f.from)) return !removed.has(f.to)
    const source = into.get(f.from)
    if (source !== undefined && !removed.has(f.to)) f.from = source // bridge the gap, keeping the flow
    return source !== undefined && !removed.has(f.to)
  })
  s.steps = s.steps.filter((x) => !removed.has(x.id))
  for (let k = 0; k < each; k++) {
    const at = s.steps[inner()]!
    const id = `new${k}`
    s.steps.push({ id, lineage: id, kind: 'task', label: label(), roleId: at.roleId, systemIds: [], records: [], touchMinutes: 5, position: { x: at.position.x + 80, y: 80 } })
    s.flows.push({ id: `${id}_in`, lineage: `${id}_in`, from: at.id, to: id })
  }
}
