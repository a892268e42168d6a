import type { Position } from '../model/types'
import { defineCommand, ensureLane, findState, findStep, requireRole } from './define'

export interface StepMove {
  stepId: string
  position: Position
  /** The lane the step was dropped in: moving into another lane reassigns the step. */
  roleId?: string | null
}

/** Moves one or more steps, as one undo step (a drag ends here, not on every frame). */
export const stepMove = defineCommand('step.move', (p, a: { stateId: string; moves: StepMove[] }) => {
  const state = findState(p, a.stateId)
  for (const m of a.moves) {
    const step = findStep(state, m.stepId)
    if (step.position.x !== m.position.x || step.position.y !== m.position.y) step.position = { x: m.position.x, y: m.position.y }
    if (m.roleId === null) delete step.roleId
    else if (m.roleId !== undefined && m.roleId !== step.roleId) {
      requireRole(p, m.roleId)
      ensureLane(state, m.roleId)
      step.roleId = m.roleId
    }
  }
})
