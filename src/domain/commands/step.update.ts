import type { Step } from '../model/types'
import { CommandError, defineCommand, ensureLane, findState, findStep, requireRole } from './define'

export type StepChanges = Partial<Omit<Step, 'id' | 'lineage' | 'position'>>

const OPTIONAL: ReadonlySet<string> = new Set(['roleId', 'touchMinutes', 'waitMinutes', 'value', 'notes'])

/** Changes step properties; a key given as `undefined` clears an optional property. */
export const stepUpdate = defineCommand('step.update', (p, a: { stateId: string; stepId: string; changes: StepChanges }) => {
  const state = findState(p, a.stateId)
  const step = findStep(state, a.stepId)
  for (const [key, value] of Object.entries(a.changes) as [keyof StepChanges, unknown][]) {
    if (value === undefined) {
      if (!OPTIONAL.has(key)) throw new CommandError(`${key} cannot be cleared`)
      delete step[key]
      continue
    }
    if (key === 'roleId') {
      requireRole(p, value as string)
      ensureLane(state, value as string)
    }
    ;(step as unknown as Record<string, unknown>)[key] = value
  }
})
