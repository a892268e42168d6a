import { newId } from './ids'
import {
  FORMAT,
  FORMAT_VERSION,
  type DataItem,
  type Flow,
  type Phase,
  type Project,
  type Role,
  type Step,
  type System,
  type WorkflowState,
} from './types'

export const PHASE_TITLES: Record<Phase, string> = {
  current: 'Current state',
  transition: 'Transition state',
  future: 'Future state',
}

/** Colours for new lanes, chosen to stay distinct on a projector and for common colour blindness. */
export const ROLE_COLORS = ['#4e79a7', '#f28e2b', '#59a14f', '#b07aa1', '#76b7b2', '#edc948', '#e15759', '#9c755f', '#bab0ac', '#ff9da7']

export function createProject(name: string, now = new Date().toISOString()): Project {
  return {
    format: FORMAT,
    version: FORMAT_VERSION,
    id: newId('p'),
    name,
    createdAt: now,
    updatedAt: now,
    roles: [],
    systems: [],
    dataItems: [],
    states: [],
  }
}

export function createRole(name: string, color?: string): Role {
  return color ? { id: newId('r'), name, color } : { id: newId('r'), name }
}

export function createSystem(name: string): System {
  return { id: newId('sys'), name }
}

export function createDataItem(name: string): DataItem {
  return { id: newId('d'), name }
}

export function createState(phase: Phase, name: string = PHASE_TITLES[phase], lanes: string[] = []): WorkflowState {
  return { id: newId('st'), name, phase, lanes: [...lanes], steps: [], flows: [] }
}

export type StepInit = Partial<Omit<Step, 'id' | 'lineage'>> & { id?: string; lineage?: string }

export function createStep(init: StepInit = {}): Step {
  const id = init.id ?? newId('s')
  return {
    ...init,
    id,
    lineage: init.lineage ?? id,
    kind: init.kind ?? 'task',
    label: init.label ?? '',
    systemIds: init.systemIds ? [...init.systemIds] : [],
    records: init.records ? init.records.map((r) => ({ ...r })) : [],
    position: init.position ? { ...init.position } : { x: 0, y: 0 },
  }
}

export function createFlow(from: string, to: string, init: Partial<Omit<Flow, 'from' | 'to'>> = {}): Flow {
  const id = init.id ?? newId('f')
  return { ...init, id, lineage: init.lineage ?? id, from, to }
}

/**
 * Copies a state into a new one of the given phase. Steps and flows get new ids and keep
 * their lineage, so the diff knows which step of the copy is which step of the original.
 */
export function deriveState(source: WorkflowState, phase: Phase, name: string = PHASE_TITLES[phase]): WorkflowState {
  const idMap = new Map<string, string>()
  const steps = source.steps.map((s) => {
    const copy = createStep({ ...s, id: newId('s'), lineage: s.lineage })
    idMap.set(s.id, copy.id)
    return copy
  })
  const flows = source.flows.map((f) =>
    createFlow(idMap.get(f.from)!, idMap.get(f.to)!, { ...f, id: newId('f'), lineage: f.lineage }),
  )
  return { id: newId('st'), name, phase, basedOn: source.id, lanes: [...source.lanes], steps, flows }
}

/**
 * Accessible region names: "Current state", "Transition state", "Transition state 2", "Future state".
 * The n-th state of a phase (n > 1) gets its number.
 */
export function regionNames(states: readonly WorkflowState[]): Map<string, string> {
  const seen: Record<Phase, number> = { current: 0, transition: 0, future: 0 }
  const names = new Map<string, string>()
  for (const s of states) {
    const n = ++seen[s.phase]
    names.set(s.id, n === 1 ? PHASE_TITLES[s.phase] : `${PHASE_TITLES[s.phase]} ${n}`)
  }
  return names
}
