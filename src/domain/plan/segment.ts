// One phase of the plan seen from the diff: the step from the previous state to the phase's state.
import type { DiffResult, StateRef } from '../diff/types'
import type { Project, WorkflowState } from '../model/types'
import type { PlanTask } from './types'

export interface Segment {
  /** 1-based phase number. */
  number: number
  phaseId: string
  /** The diff from the previous state to this phase's state. */
  diff: DiffResult
  before: WorkflowState
  after: WorkflowState
  /** True when the phase's state is the last of the plan (its target). */
  last: boolean
  project: Project
}

/** A task before it gets its outline number and its links to other tasks. */
export type TaskDraft = Omit<PlanTask, 'wbs' | 'predecessors'> & { predecessors?: string[] }

export const stateRef = (s: WorkflowState): StateRef => ({ id: s.id, name: s.name, phase: s.phase })
