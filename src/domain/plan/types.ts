// The plan: the diff turned into work a project manager can import. Plain, serializable data;
// every exporter (CSV, Microsoft Project XML, Markdown) reads only this shape.
import type { StateRef } from '../diff/types'
import type { PainPointRecord } from '../review/painPoints'
import type { SignOffStatus } from '../review/signOff'

export type PlanTaskType =
  /** Build or configure what a new step needs: procedure, system set-up, forms. */
  | 'implementation'
  /** Move a data item between systems so nobody types it twice. */
  | 'interface'
  /** Role-based training on what changes for one role in one phase. */
  | 'training'
  /** End the double documentation that a transition state introduced on purpose. */
  | 'interim'
  /** The day a state becomes the way of working: a milestone. */
  | 'go-live'
  /** Floor-level support in the first weeks after a go-live. */
  | 'support'
  /** Decide what to do about a high-severity pain point the future leaves as it is. */
  | 'decision'
  /** One role signs off its part of the state before it goes live: a milestone. */
  | 'sign-off'

export const PLAN_TASK_TYPES: readonly PlanTaskType[] = ['implementation', 'interface', 'training', 'interim', 'go-live', 'support', 'decision', 'sign-off']

export const TASK_TYPE_TITLES: Record<PlanTaskType, string> = {
  implementation: 'Implementation',
  interface: 'Interface',
  training: 'Training',
  interim: 'Interim documentation',
  'go-live': 'Go-live',
  support: 'Go-live support',
  decision: 'Decision',
  'sign-off': 'Sign-off',
}

export interface PlanTask {
  /** Stable across exports of the same map: built from state ids, role ids, data item ids and step ids. */
  id: string
  /** Outline number: "2.3" is the third task of the second phase. */
  wbs: string
  phaseId: string
  type: PlanTaskType
  name: string
  /** The role that does or receives the work (a role name), or null when it is everyone's. */
  role: string | null
  /** One plain-text sentence or two. */
  description: string
  /** What exactly changes, one plain-text line each (no bullet characters). */
  details: string[]
  /** Working minutes; 0 for a milestone. */
  durationMinutes: number
  milestone: boolean
  /** Already done when the plan is exported (a sign-off that is signed and not stale). */
  done?: true
  /** Task ids that must finish before this one starts (finish-to-start). */
  predecessors: string[]
  /** The diff items that caused this task: `step-added:…`, `role:…`, `duplicate-resolved:…`. */
  diffIds: string[]
  /** For interface tasks: the data item and the systems it moves between. */
  dataItem?: string
  systems?: string[]
}

export interface PlanPhase {
  /** `phase:<state id>` */
  id: string
  /** 1-based position of the phase in the go-live sequence. */
  number: number
  /** "Phase 1: Barcode scanning alongside the paper log" */
  name: string
  state: StateRef
  /** The state the phase starts from: the previous phase's state, or the plan's `from` state. */
  previous: StateRef
  taskIds: string[]
}

export interface Plan {
  project: { id: string; name: string }
  from: StateRef
  to: StateRef
  phases: PlanPhase[]
  /** In outline order: phase by phase, each phase's tasks in the order they are listed. */
  tasks: PlanTask[]
  /** Things the plan cannot turn into work, said in a sentence each (for the report). */
  warnings: string[]
  /** Pain points and sign-offs, for the report's sections. */
  review: PlanReview
}

/** The review as the plan sees it: the pain points against the target state, sign-offs per phase. */
export interface PlanReview {
  painPoints: PainPointRecord[]
  signOffs: PlanSignOffs[]
}

/** The sign-offs of one phase's state, role by role. */
export interface PlanSignOffs {
  stateId: string
  state: string
  signed: number
  stale: number
  outstanding: number
  roles: { role: string; status: SignOffStatus; by: string | null; at: string | null; local: boolean; comment: string | null; changes: string[] }[]
}

export interface PlanStatePick {
  /** State ids. */
  from: string
  to: string
  /**
   * The transition states between them, in go-live order. Default: the transition states that lie
   * between `from` and `to` in `project.states`; when `from` is a current state and `to` a future
   * state, every transition state of the project, in project order.
   */
  via?: string[]
}
