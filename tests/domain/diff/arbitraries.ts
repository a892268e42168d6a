// fast-check generators of whole projects with one messy state: repeated and similar labels,
// steps on top of each other, loops, steps without a role, records by hand and by interface.
import fc from 'fast-check'
import { FORMAT_VERSION, STEP_KINDS, type Flow, type Project, type Step, type WorkflowState } from '../../../src/domain/model'

const WORDS = ['scan', 'tray', 'log', 'load', 'check', 'wash', 'pack', 'receive', 'order', 'sample', 'label', 'ct', 'report', 'sign']
const label = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((w) => w.join(' ')) },
  { weight: 1, arbitrary: fc.constantFrom('', 'Check tray?', 'CHECK  tray', 'Réceive tray', 'scan-tray') },
)

export const ROLE_IDS = ['r_or', 'r_spd', 'r_porter']
const SYSTEM_IDS = ['sys_paper', 'sys_trace']
const ITEM_IDS = ['d_tray', 'd_load']

const record = fc.record(
  { dataItemId: fc.constantFrom(...ITEM_IDS), systemId: fc.constantFrom(...SYSTEM_IDS), entry: fc.constantFrom('manual' as const, 'automatic' as const) },
  { requiredKeys: ['dataItemId', 'entry'] },
)

const stepShape = fc.record(
  {
    kind: fc.constantFrom(...STEP_KINDS),
    label,
    roleId: fc.constantFrom(...ROLE_IDS),
    systemIds: fc.uniqueArray(fc.constantFrom(...SYSTEM_IDS), { maxLength: 2 }),
    records: fc.array(record, { maxLength: 3 }),
    touchMinutes: fc.integer({ min: 0, max: 30 }),
    waitMinutes: fc.integer({ min: 0, max: 60 }),
    x: fc.integer({ min: 0, max: 4 }),
    y: fc.integer({ min: 0, max: 1 }),
  },
  { requiredKeys: ['kind', 'label', 'systemIds', 'records', 'x', 'y'] },
)

export function makeStep(i: number, prefix: string, s: typeof stepShape extends fc.Arbitrary<infer T> ? T : never): Step {
  const step: Step = {
    id: `${prefix}${i}`,
    lineage: `l${i}`,
    kind: s.kind,
    label: s.label,
    systemIds: s.systemIds,
    records: s.records.map((r) => ({ ...r })),
    position: { x: s.x * 100, y: s.y * 40 },
  }
  if (s.roleId !== undefined) step.roleId = s.roleId
  if (s.touchMinutes !== undefined) step.touchMinutes = s.touchMinutes
  if (s.waitMinutes !== undefined) step.waitMinutes = s.waitMinutes
  return step
}

export const stateArb: fc.Arbitrary<WorkflowState> = fc
  .record({ steps: fc.array(stepShape, { maxLength: 24 }), edges: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 40 }) })
  .map(({ steps, edges }) => {
    const made = steps.map((s, i) => makeStep(i, 's', s))
    const flows: Flow[] =
      made.length === 0
        ? []
        : edges.map(([a, b], k) => ({ id: `f${k}`, lineage: `lf${k}`, from: made[a % made.length]!.id, to: made[b % made.length]!.id }))
    return { id: 'st_a', name: 'Current state', phase: 'current' as const, lanes: [...ROLE_IDS], steps: made, flows }
  })

export function projectWith(states: WorkflowState[]): Project {
  return {
    format: 'flowstate',
    version: FORMAT_VERSION,
    id: 'p_prop',
    name: 'Generated',
    createdAt: '2026-11-02T09:00:00.000Z',
    updatedAt: '2026-11-02T09:00:00.000Z',
    roles: [
      { id: 'r_or', name: 'OR nurse' },
      { id: 'r_spd', name: 'SPD technician' },
      { id: 'r_porter', name: 'Porter' },
    ],
    systems: [
      { id: 'sys_paper', name: 'Paper log' },
      { id: 'sys_trace', name: 'Traceability system' },
    ],
    dataItems: [
      { id: 'd_tray', name: 'Tray ID' },
      { id: 'd_load', name: 'Load contents' },
    ],
    states,
  }
}

/** Edits a workshop might make to a derived copy: rename, reword, reassign, remove, add, re-record, reconnect. */
export const editsArb = fc.array(
  fc.oneof(
    fc.record({ op: fc.constant('rename' as const), at: fc.nat(), label }),
    fc.record({ op: fc.constant('typo' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('reassign' as const), at: fc.nat(), roleId: fc.constantFrom(...ROLE_IDS) }),
    fc.record({ op: fc.constant('remove' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('add' as const), step: stepShape, to: fc.nat() }),
    fc.record({ op: fc.constant('redraw' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('record' as const), at: fc.nat(), record }),
    fc.record({ op: fc.constant('connect' as const), from: fc.nat(), to: fc.nat() }),
  ),
  { maxLength: 8 },
)

export function applyEdits(state: WorkflowState, edits: fc.Arbitrary<unknown> extends never ? never : (typeof editsArb extends fc.Arbitrary<infer T> ? T : never)): WorkflowState {
  const s = structuredClone(state)
  let added = 0
  for (const e of edits) {
    const n = s.steps.length
    const at = 'at' in e ? s.steps[e.at % Math.max(n, 1)] : undefined
    switch (e.op) {
      case 'rename':
        if (at) at.label = e.label
        break
      case 'typo':
        if (at && at.label.length > 3) at.label = at.label.slice(0, 2) + at.label[3] + at.label[2] + at.label.slice(4)
        break
      case 'reassign':
        if (at) at.roleId = e.roleId
        break
      case 'remove':
        if (at) {
          s.steps = s.steps.filter((x) => x !== at)
          s.flows = s.flows.filter((f) => f.from !== at.id && f.to !== at.id)
        }
        break
      case 'add': {
        const step = makeStep(added++, `${s.id}_new`, e.step)
        step.lineage = step.id
        s.steps.push(step)
        if (n > 0) s.flows.push({ id: `${step.id}_f`, lineage: `${step.id}_f`, from: step.id, to: s.steps[e.to % n]!.id })
        break
      }
      case 'redraw':
        // deleted and drawn again: a new lineage, the same label
        if (at) at.lineage = `${at.lineage}_redrawn`
        break
      case 'record':
        if (at) at.records.push({ ...e.record })
        break
      case 'connect':
        if (n > 0) s.flows.push({ id: `${s.id}_c${s.flows.length}`, lineage: `${s.id}_c${s.flows.length}`, from: s.steps[e.from % n]!.id, to: s.steps[e.to % n]!.id })
        break
    }
  }
  return s
}
