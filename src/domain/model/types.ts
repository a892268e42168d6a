// The flowstate domain model: exactly the shape of a `.flowstate.json` file (format version 3).
// Everything in src/domain works on these plain, serializable objects.
import type { Comment, SignOff } from './review'

export type * from './review'
export { PAIN_TYPES, SEVERITIES } from './review'

export const FORMAT = 'flowstate'
export const FORMAT_VERSION = 3

export type Phase = 'current' | 'transition' | 'future'
export const PHASES: readonly Phase[] = ['current', 'transition', 'future']

export type StepKind = 'start' | 'end' | 'task' | 'decision' | 'wait' | 'subprocess'
export const STEP_KINDS: readonly StepKind[] = ['start', 'end', 'task', 'decision', 'wait', 'subprocess']

export type ValueClass = 'value-add' | 'necessary' | 'waste'
export const VALUE_CLASSES: readonly ValueClass[] = ['value-add', 'necessary', 'waste']

export type Entry = 'manual' | 'automatic'

/** A swimlane: a role, team or department. */
export interface Role {
  id: string
  name: string
  color?: string
}

/** Where data is kept: EHR, LIS, PACS, a traceability system, a paper log. */
export interface System {
  id: string
  name: string
}

/** What is documented: patient ID, tray ID, load contents, report. */
export interface DataItem {
  id: string
  name: string
}

/** "This step documents data item X in system Y", by hand or by an interface. */
export interface StepRecord {
  dataItemId: string
  systemId?: string
  entry: Entry
}

export interface Position {
  x: number
  /** Offset from the top of the step's lane, so reordering lanes never moves steps. */
  y: number
}

export interface Step {
  id: string
  /** Shared by the copies of one step across states; the diff matches on it first. */
  lineage: string
  kind: StepKind
  label: string
  roleId?: string
  systemIds: string[]
  records: StepRecord[]
  touchMinutes?: number
  waitMinutes?: number
  value?: ValueClass
  notes?: string
  position: Position
}

export interface Flow {
  id: string
  lineage: string
  from: string
  to: string
  label?: string
}

export interface WorkflowState {
  id: string
  name: string
  phase: Phase
  basedOn?: string
  /** Role ids in their order on screen, top to bottom. */
  lanes: string[]
  steps: Step[]
  flows: Flow[]
}

/**
 * A hand-made correction of the step matcher: `link` pairs two steps of different states,
 * `unlink` keeps two steps apart that the matcher would pair. Overrides lineage and labels.
 */
export interface MatchOverride {
  id: string
  kind: 'link' | 'unlink'
  beforeStepId: string
  afterStepId: string
}

/**
 * How the activities of the hospital's event logs map to one state's steps, as the user confirmed
 * them, and the day the state went live. Nothing personal: activity names and step ids only.
 */
export interface ActivityMap {
  id: string
  stateId: string
  /** The day the state went live (YYYY-MM-DD), when the user set it. */
  goLive?: string
  /** stepId null: confirmed as not in this state. */
  activities: ActivityLink[]
}

export interface ActivityLink {
  activity: string
  stepId: string | null
}

export interface Project {
  format: typeof FORMAT
  version: typeof FORMAT_VERSION
  id: string
  name: string
  description?: string
  createdAt: string
  updatedAt: string
  roles: Role[]
  systems: System[]
  dataItems: DataItem[]
  states: WorkflowState[]
  matchOverrides?: MatchOverride[]
  /** One per state that has a confirmed mapping or a go-live date. */
  activityMaps?: ActivityMap[]
  /** Comments and pain points; absent in a project nobody has commented on. */
  comments?: Comment[]
  /** Per-role sign-offs of transition and future states. */
  signOffs?: SignOff[]
}
