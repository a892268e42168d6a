import { current, isDraft } from 'immer'
import type { Flow, Phase, Project, Step, WorkflowState } from '../model/types'
import { CommandError, defineCommand, findState } from './define'

export interface StateDeriveArgs {
  /** The state to copy. */
  sourceId: string
  /** The new state's id; its steps and flows get ids made from it, so the command replays exactly. */
  stateId: string
  phase: Phase
  name: string
  /** Where it goes; by default a transition state goes before the first future state, others go last. */
  index?: number
}

/**
 * "Derive state": copies a state into a new transition or future state. Every step and flow gets
 * a new id and keeps its lineage, so the diff knows which step of the copy is which step of the
 * original; the copy remembers what it is based on.
 */
export const stateDerive = defineCommand('state.derive', (p, a: StateDeriveArgs) => {
  const name = a.name.trim()
  if (!name) throw new CommandError('a state needs a name')
  const found = findState(p, a.sourceId)
  const source: WorkflowState = isDraft(found) ? current(found) : found
  const copy = derivedCopy(source, a.stateId, a.phase, name)
  const taken = usedIds(p)
  for (const id of [copy.id, ...copy.steps.map((s) => s.id), ...copy.flows.map((f) => f.id)]) {
    if (taken.has(id)) throw new CommandError(`id "${id}" is already used`)
  }
  p.states.splice(insertionIndex(p, a), 0, copy)
})

function derivedCopy(source: WorkflowState, stateId: string, phase: Phase, name: string): WorkflowState {
  const idOf = new Map<string, string>()
  const steps = source.steps.map((s, i): Step => {
    const id = `${stateId}-s${i + 1}`
    idOf.set(s.id, id)
    return { ...s, id, systemIds: [...s.systemIds], records: s.records.map((r) => ({ ...r })), position: { ...s.position } }
  })
  const flows = source.flows.map((f, i): Flow => ({ ...f, id: `${stateId}-f${i + 1}`, from: idOf.get(f.from)!, to: idOf.get(f.to)! }))
  return { id: stateId, name, phase, basedOn: source.id, lanes: [...source.lanes], steps, flows }
}

function insertionIndex(p: Project, a: StateDeriveArgs): number {
  const n = p.states.length
  if (a.index !== undefined) return Math.max(0, Math.min(a.index, n))
  if (a.phase !== 'transition') return n
  const firstFuture = p.states.findIndex((s) => s.phase === 'future')
  return firstFuture < 0 ? n : firstFuture
}

/** Every id of the project, once: checking a 50,000-step copy one id at a time against every state would be quadratic. */
function usedIds(p: Project): Set<string> {
  const ids = new Set<string>()
  for (const list of [p.roles, p.systems, p.dataItems, p.matchOverrides ?? [], p.comments ?? [], p.signOffs ?? []]) for (const x of list) ids.add(x.id)
  for (const s of p.states) {
    ids.add(s.id)
    for (const x of s.steps) ids.add(x.id)
    for (const x of s.flows) ids.add(x.id)
  }
  return ids
}
