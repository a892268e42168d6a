// The diff turned into work: training, interfaces, implementation and go-live phases.
export * from './types'
export { DEFAULT_DURATIONS, MINUTES_PER_DAY, trainingMinutes, type Durations } from './durations'
export { buildPlan, planProject, type DiffFn, type PlanOptions, type PlanResult } from './build'
export { defaultPlanStates, findState, planStateChain, type StateChain } from './states'
export { schedulePlan, type Offsets, type Schedule, type Span } from './schedule'
export { checkStartDate, isoDate, PlanDateError, FIRST_YEAR, LAST_YEAR } from './dates'
export { taskNotes } from './text'
export { handoffText, roleChanges } from './training'
