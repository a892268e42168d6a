// The diff result: a plain, serializable object. The app, the plan export and `flowstate diff --json`
// all use this one shape. Every item has an `id` so plan tasks can name the diff items that caused them.
import type { Phase, StepKind } from '../model/types'

export type MatchedBy = 'lineage' | 'label' | 'similarity' | 'manual'

/** A step as the diff reports it: ids for the app, names for people. */
export interface StepRef {
  id: string
  label: string
  kind: StepKind
  /** The role's name, or null when the step has no role. */
  role: string | null
  roleId: string | null
}

export interface StepMatch {
  before: string
  after: string
  by: MatchedBy
  /** 1 for lineage, label and manual matches; the similarity (0..1) otherwise. */
  score: number
}

export type StepField = 'label' | 'role' | 'kind' | 'systems' | 'records' | 'touchMinutes' | 'waitMinutes'

export interface AddedStep extends StepRef {
  /** `step-added:<after step id>` */
  diffId: string
}
export interface RemovedStep extends StepRef {
  /** `step-removed:<before step id>` */
  diffId: string
}

export interface ChangedStep {
  /** `step-changed:<before id>:<after id>` */
  diffId: string
  before: StepRef
  after: StepRef
  fields: StepField[]
  /** Set when the role changed: someone else now does the step. Role names. */
  reassigned?: { from: string | null; to: string | null }
}

export interface FlowRef {
  /** `flow-added:<after flow id>` or `flow-removed:<before flow id>` */
  diffId: string
  id: string
  from: StepRef
  to: StepRef
  label?: string
}

/** A flow whose two steps have different roles: work passes from one role to another. */
export interface Handoff {
  /** `handoff-added:<after flow id>` or `handoff-removed:<before flow id>` */
  diffId: string
  flowId: string
  from: StepRef
  to: StepRef
}

export interface RecordRef {
  stepId: string
  stepLabel: string
  role: string | null
  system: string | null
  entry: 'manual' | 'automatic'
}

/** One data item documented by hand more than once in a state. */
export interface Duplicate {
  /** `duplicate-introduced:<item key>`, `duplicate-resolved:<item key>`, `duplicate-persisting:<item key>` or `duplicate:<item key>` */
  diffId: string
  /** The data item's name. */
  item: string
  /** The manual records that make it a duplicate (in the after state, or the before state for resolved ones). */
  records: RecordRef[]
  /** The systems it is documented in, by name (null for "no system"). */
  systems: (string | null)[]
}

export interface Metrics {
  steps: number
  decisions: number
  waits: number
  handoffs: number
  manualRecords: number
  duplicates: number
  roles: number
  systems: number
  touchMinutes: number
  waitMinutes: number
  /** Longest start-to-end path of touch + wait minutes, rework loops (back edges) ignored. */
  leadTimeMinutes: number
}

/** "Who must adapt": what changes for one role. */
export interface RoleImpact {
  /** `role:<role name>` */
  diffId: string
  role: string
  roleId: string | null
  stepsAdded: StepRef[]
  stepsRemoved: StepRef[]
  stepsChanged: StepRef[]
  reassignedIn: StepRef[]
  reassignedOut: StepRef[]
  handoffsGained: Handoff[]
  handoffsLost: Handoff[]
}

export interface DiffSummary {
  stepsAdded: number
  stepsRemoved: number
  stepsChanged: number
  flowsAdded: number
  flowsRemoved: number
  handoffsBefore: number
  handoffsAfter: number
  handoffsAdded: number
  handoffsRemoved: number
  duplicatesBefore: number
  duplicatesAfter: number
  duplicatesIntroduced: number
  duplicatesResolved: number
}

export interface StateRef {
  id: string
  name: string
  phase: Phase
}

export interface DiffResult {
  before: StateRef
  after: StateRef
  summary: DiffSummary
  matches: StepMatch[]
  steps: { added: AddedStep[]; removed: RemovedStep[]; changed: ChangedStep[] }
  flows: { added: FlowRef[]; removed: FlowRef[] }
  handoffs: { added: Handoff[]; removed: Handoff[] }
  duplicates: { before: Duplicate[]; after: Duplicate[]; introduced: Duplicate[]; resolved: Duplicate[]; persisting: Duplicate[] }
  metrics: { before: Metrics; after: Metrics; delta: Metrics }
  /** Only roles with at least one change, ordered by name. */
  roles: RoleImpact[]
}

export interface DiffOptions {
  /** 'label' ignores ids and lineage: for two files drawn independently. Default 'lineage'. */
  matchBy?: 'lineage' | 'label'
  /** Hand-made links and unlinks; they override every other rule. */
  overrides?: readonly { kind: 'link' | 'unlink'; beforeStepId: string; afterStepId: string }[]
}
