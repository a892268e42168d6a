// What match.link and match.unlink share: finding the two steps and clearing earlier decisions.
import type { MatchOverride, Project } from '../model/types'
import { assertUniqueId, CommandError, without } from './define'

export interface MatchArgs {
  /** The override's id (unique in the project). */
  id: string
  beforeStepId: string
  afterStepId: string
}

/** The state ids of the two steps; refuses steps that do not exist or share a state. */
export function statesOfPair(p: Project, a: MatchArgs): { beforeState: string; afterState: string } {
  const where = (stepId: string) => p.states.find((s) => s.steps.some((x) => x.id === stepId))?.id
  const beforeState = where(a.beforeStepId)
  const afterState = where(a.afterStepId)
  if (beforeState === undefined) throw new CommandError(`no step "${a.beforeStepId}"`)
  if (afterState === undefined) throw new CommandError(`no step "${a.afterStepId}"`)
  if (beforeState === afterState) throw new CommandError('both steps are in the same state')
  assertUniqueId(p, a.id)
  if (p.matchOverrides?.some((o) => o.id === a.id)) throw new CommandError(`id "${a.id}" is already used`)
  return { beforeState, afterState }
}

/** Drops the overrides that `drop` names, as one patch; keeps the field absent when it was. */
export function dropOverrides(p: Project, drop: (o: MatchOverride) => boolean): void {
  if (p.matchOverrides?.some(drop)) p.matchOverrides = without(p.matchOverrides, drop)
}

/** The same two steps, in either direction (an override made while comparing the other way round). */
export function samePair(o: MatchOverride, a: MatchArgs): boolean {
  return (o.beforeStepId === a.beforeStepId && o.afterStepId === a.afterStepId) || (o.beforeStepId === a.afterStepId && o.afterStepId === a.beforeStepId)
}
