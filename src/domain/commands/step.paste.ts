import { createFlow, createStep } from '../model/factories'
import { newId } from '../model/ids'
import type { Flow, Project, Step } from '../model/types'
import { CommandError, defineCommand, ensureLane, findState } from './define'
import { append } from '../arrays'

/** Steps on the clipboard, with the flows between them. */
export interface StepClip {
  steps: Step[]
  flows: Flow[]
}

/**
 * Inserts copies made by `preparePaste`. The copies carry their ids in the command, so redo and
 * a later sync layer replay exactly the same paste. A copied step's role gets a lane where needed.
 */
export const stepPaste = defineCommand('step.paste', (p, a: { stateId: string } & StepClip) => {
  const state = findState(p, a.stateId)
  if (a.steps.length === 0) throw new CommandError('nothing to paste')
  const taken = usedIds(p)
  const pasted = new Set<string>()
  for (const step of a.steps) {
    if (taken.has(step.id) || pasted.has(step.id)) throw new CommandError(`id "${step.id}" is already used`)
    pasted.add(step.id)
    if (step.roleId !== undefined && !p.roles.some((r) => r.id === step.roleId)) throw new CommandError(`no role "${step.roleId}"`)
  }
  for (const flow of a.flows) {
    if (taken.has(flow.id) || pasted.has(flow.id)) throw new CommandError(`id "${flow.id}" is already used`)
    if (!pasted.has(flow.from) || !pasted.has(flow.to)) throw new CommandError('a pasted flow must connect two pasted steps')
    pasted.add(flow.id)
  }
  for (const step of a.steps) {
    ensureLane(state, step.roleId)
    state.steps.push(step)
  }
  append(state.flows, a.flows)
})

/**
 * Fresh copies of clipboard steps for pasting into `project`: new ids, each step its own lineage
 * (a pasted step is new work, not the same step as its original), flows between copied steps
 * come along, and references to roles, systems or data items the project no longer has are dropped.
 */
export function preparePaste(project: Project, clip: StepClip, offset: { x: number; y: number }): StepClip {
  const roles = new Set(project.roles.map((r) => r.id))
  const systems = new Set(project.systems.map((s) => s.id))
  const items = new Set(project.dataItems.map((d) => d.id))
  const ids = new Map<string, string>()
  const steps = clip.steps.map((s) => {
    const id = newId('s')
    ids.set(s.id, id)
    const { roleId, ...rest } = s
    return createStep({
      ...rest,
      ...(roleId !== undefined && roles.has(roleId) ? { roleId } : {}),
      id,
      lineage: id,
      systemIds: s.systemIds.filter((x) => systems.has(x)),
      records: s.records
        .filter((r) => items.has(r.dataItemId))
        .map((r) => (r.systemId !== undefined && !systems.has(r.systemId) ? { dataItemId: r.dataItemId, entry: r.entry } : r)),
      position: { x: s.position.x + offset.x, y: s.position.y + offset.y },
    })
  })
  const flows = clip.flows
    .filter((f) => ids.has(f.from) && ids.has(f.to))
    .map((f) => {
      const id = newId('f')
      return createFlow(ids.get(f.from)!, ids.get(f.to)!, f.label === undefined ? { id } : { id, label: f.label })
    })
  return { steps, flows }
}

function usedIds(p: Project): Set<string> {
  const ids = new Set<string>()
  for (const list of [p.roles, p.systems, p.dataItems]) for (const x of list) ids.add(x.id)
  for (const s of p.states) {
    ids.add(s.id)
    for (const x of s.steps) ids.add(x.id)
    for (const x of s.flows) ids.add(x.id)
  }
  return ids
}
