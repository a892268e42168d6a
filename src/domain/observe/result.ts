// What observing a log against a project finds: a plain, serializable object. The app, the
// Markdown report and `flowstate observe --json` all read this one shape.
import type { Phase } from '../model/types'
import type { DeviationKind } from './deviations'
import type { MappingEntry } from './mapping'
import type { Spread } from './sketch'
import type { ReadingNotes } from './types'

export interface Observation {
  /** The state the log is measured against. */
  focus: { stateId: string; name: string; phase: Phase }
  /** The go-live that splits "before" from "after", and where it came from. */
  goLive: { date: string; source: 'given' | 'project' | 'detected' } | null
  log: ReadingNotes & { variants: number }
  states: StateFitness[]
  mappings: { stateId: string; entries: (MappingEntry & { events: number })[] }[]
  /** Activities of the log the chosen state does not map, most frequent first. */
  unmapped: { activity: string; events: number }[]
  adoption: Adoption
  /** All cases; before and after the go-live when there is one; each department. */
  segments: { all: SegmentSummary; before: SegmentSummary | null; after: SegmentSummary | null; departments: SegmentSummary[] }
}

export interface StateFitness {
  stateId: string
  name: string
  phase: Phase
  /** Alignment-based log fitness: 1 − total cost / total worst cost. Null when the map has no way from a start to an end. */
  fitness: number | null
  averageTraceFitness: number | null
  fittingCases: number
  cases: number
  /** Cases that look most like this state. */
  looksLike: number
}

export interface AdoptionWeek {
  /** Monday of the week (YYYY-MM-DD), in the log's zone. */
  week: string
  cases: number
  /** Per state (project order): cases that look most like it. */
  byState: number[]
}

export interface Adoption {
  weeks: AdoptionWeek[]
  /** Per state after the first: the go-live set in the project, and the one the log shows. */
  goLives: { stateId: string; planned: string | null; detected: string | null }[]
}

export interface StepObservation {
  stepId: string
  label: string
  events: number
  cases: number
  /** Minutes; duration needs start times in the log. */
  duration: Spread | null
  /** Minutes from the case's previous event to this one's start (or end, when there is no start). */
  waiting: Spread | null
  plannedTouch: number | null
  plannedWait: number | null
}

export interface FlowObservation {
  flowId: string
  from: string
  to: string
  cases: number
  waiting: Spread | null
}

export interface ExtraPath {
  from: string
  to: string
  cases: number
}

export interface DeviationSummary {
  kind: DeviationKind
  /** The chosen state's step (for reverting: the same step in this state, if it kept it). */
  stepId?: string
  activity?: string
  olderStateId?: string
  olderStepId?: string
  inMap?: boolean
  /** In words, in the map's words: "skipped: Read biological indicator". */
  text: string
  count: number
  cases: number
  byDepartment: { department: string; cases: number }[]
  byRole?: { role: string; cases: number }[]
  people?: number
}

export interface SegmentSummary {
  /** "All cases", "Before go-live", "After go-live", or the department's name. */
  name: string
  cases: number
  fittingCases: number
  fitness: number | null
  leadTime: Spread | null
  plannedLeadTime: number
  handoffs: { mean: number; median: number; p90: number } | null
  plannedHandoffs: number
  steps: StepObservation[]
  flows: FlowObservation[]
  extraPaths: ExtraPath[]
  deviations: DeviationSummary[]
}

/** One case against the chosen state: a row of the deviations export. */
export interface CaseResult {
  case: string
  start: number
  end: number
  department: string | null
  events: number
  /** The state it looks most like (id), or null. */
  looksLike: string | null
  fitness: number | null
  fits: boolean
  afterGoLive: boolean | null
  deviations: { kind: DeviationKind; text: string }[]
}
