import { current, isDraft } from 'immer'
import type { Project, Step, WorkflowState } from '../model/types'

/** A refusal a user can read ("no step "s_1" in this state"); the store shows it and changes nothing. */
export class CommandError extends Error {
  override name = 'CommandError'
}

/**
 * A named edit. `run` mutates an immer draft of the project; the store records immer's patches,
 * so every command can be undone and redone without writing an inverse by hand.
 */
export interface CommandDef<T extends string, A> {
  type: T
  run(draft: Project, args: A): void
}

export function defineCommand<const T extends string, A>(type: T, run: (draft: Project, args: A) => void): CommandDef<T, A> {
  return { type, run }
}

export function findState(p: Project, stateId: string): WorkflowState {
  const s = p.states.find((x) => x.id === stateId)
  if (!s) throw new CommandError(`no state "${stateId}"`)
  return s
}

export function findStep(s: WorkflowState, stepId: string): Step {
  const step = s.steps.find((x) => x.id === stepId)
  if (!step) throw new CommandError(`no step "${stepId}" in ${s.name}`)
  return step
}

export function requireRole(p: Project, roleId: string): void {
  if (!p.roles.some((r) => r.id === roleId)) throw new CommandError(`no role "${roleId}"`)
}

/** A step's role is the lane it sits in: giving a step a role gives the state that lane. */
export function ensureLane(s: WorkflowState, roleId: string | undefined): void {
  if (roleId !== undefined && !s.lanes.includes(roleId)) s.lanes.push(roleId)
}

/**
 * Filters a (possibly huge) draft array without touching every element through a proxy.
 * The result replaces the array in one patch, so removing one step of 50,000 records one
 * patch, not a patch per shifted index.
 */
export function without<T>(items: T[], drop: (item: T) => boolean): T[] {
  const plain: T[] = isDraft(items) ? (current(items as never) as T[]) : items
  return plain.filter((x) => !drop(x))
}

export function assertUniqueId(p: Project, id: string): void {
  const lists = [p.roles, p.systems, p.dataItems, p.comments ?? [], p.signOffs ?? []]
  if (lists.some((list) => list.some((x) => x.id === id))) throw new CommandError(`id "${id}" is already used`)
  for (const s of p.states) {
    if (s.id === id || s.steps.some((x) => x.id === id) || s.flows.some((x) => x.id === id)) throw new CommandError(`id "${id}" is already used`)
  }
}
