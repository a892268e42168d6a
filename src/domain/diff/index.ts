// diff(before, after): what changes between two workflow states, as one plain object.
// The app, the plan export and `flowstate diff --json` all read this result (see types.ts).
import type { Project, WorkflowState } from '../model/types'
import type { DiffOptions, DiffResult, DiffSummary, StateRef } from './types'
import { LabelShapes } from './normalize'
import { matchList, matchSteps, type OverrideLike } from './match'
import { prepareSide, type DiffSide } from './side'
import { diffSteps } from './steps'
import { diffFlows, matchFlows, prepareFlows } from './flows'
import { diffHandoffs, handoffFlags } from './handoffs'
import { diffDuplicates, findDuplicates } from './duplicates'
import { metricsDelta, stateMetrics } from './metrics'
import { roleImpact } from './roles'

export type * from './types'
export type { DiffProject, DiffSide } from './side'
export { SIMILARITY_THRESHOLD } from './similarity'
export { foldWhitespace, labelKey } from './normalize'
export { METRIC_KEYS } from './metrics'

/**
 * Compares two states. Each side names its project, whose catalogues (roles, systems, data items)
 * the state refers to. Both sides may come from one project (any two of its states) or from two
 * independent projects (two BPMN files): catalogues are matched by id within one project and by
 * normalized name across projects, or whenever `matchBy: 'label'` says the ids mean nothing.
 *
 * Manual links and unlinks come from `options.overrides`, or else from the projects'
 * `matchOverrides`. Pure and deterministic: the same input gives the same output.
 */
export function diff(before: DiffSide, after: DiffSide, options: DiffOptions = {}): DiffResult {
  const matchBy = options.matchBy ?? 'lineage'
  const sameCatalogue = before.project === after.project || (matchBy === 'lineage' && before.project.id === after.project.id)
  const b = prepareSide(before, sameCatalogue)
  const a = prepareSide(after, sameCatalogue)
  const shapes = new LabelShapes()

  const steps = matchSteps(b, a, matchBy, options.overrides ?? storedOverrides(before, after), shapes)
  const stepChanges = diffSteps(b, a, steps, sameCatalogue)

  const fb = prepareFlows(b)
  const fa = prepareFlows(a)
  const flows = matchFlows(fb, fa, steps, matchBy)
  const flowChanges = diffFlows(fb, fa, flows)
  const isHandoffB = handoffFlags(fb)
  const isHandoffA = handoffFlags(fa)
  const handoffs = diffHandoffs(fb, fa, flows, steps, isHandoffB, isHandoffA)

  const dupB = findDuplicates(b)
  const dupA = findDuplicates(a)
  const duplicates = diffDuplicates(dupB, dupA)

  const metricsBefore = stateMetrics(fb, count(isHandoffB), dupB.manualRecords, dupB.byKey.size)
  const metricsAfter = stateMetrics(fa, count(isHandoffA), dupA.manualRecords, dupA.byKey.size)

  const summary: DiffSummary = {
    stepsAdded: stepChanges.added.length,
    stepsRemoved: stepChanges.removed.length,
    stepsChanged: stepChanges.changed.length,
    flowsAdded: flowChanges.added.length,
    flowsRemoved: flowChanges.removed.length,
    handoffsBefore: metricsBefore.handoffs,
    handoffsAfter: metricsAfter.handoffs,
    handoffsAdded: handoffs.added.length,
    handoffsRemoved: handoffs.removed.length,
    duplicatesBefore: duplicates.before.length,
    duplicatesAfter: duplicates.after.length,
    duplicatesIntroduced: duplicates.introduced.length,
    duplicatesResolved: duplicates.resolved.length,
  }
  return {
    before: stateRef(before.state),
    after: stateRef(after.state),
    summary,
    matches: matchList(b, a, steps),
    steps: stepChanges,
    flows: flowChanges,
    handoffs,
    duplicates,
    metrics: { before: metricsBefore, after: metricsAfter, delta: metricsDelta(metricsBefore, metricsAfter) },
    roles: roleImpact(b, a, stepChanges, handoffs),
  }
}

/** Two states of one project, by id or by state: the usual call from the app and the CLI. */
export function diffStates(project: Project, before: WorkflowState | string, after: WorkflowState | string, options?: DiffOptions): DiffResult {
  const find = (s: WorkflowState | string): WorkflowState => {
    if (typeof s !== 'string') return s
    const state = project.states.find((x) => x.id === s)
    if (!state) throw new Error(`no state "${s}" in project "${project.name}"`)
    return state
  }
  return diff({ project, state: find(before) }, { project, state: find(after) }, options)
}

/** True when nothing changed between the two states: the result a user reads as "no changes". */
export function isEmptyDiff(result: DiffResult): boolean {
  const s = result.summary
  return (
    s.stepsAdded + s.stepsRemoved + s.stepsChanged + s.flowsAdded + s.flowsRemoved + s.handoffsAdded + s.handoffsRemoved === 0 &&
    s.duplicatesIntroduced + s.duplicatesResolved === 0 &&
    result.roles.length === 0
  )
}

function storedOverrides(before: DiffSide, after: DiffSide): OverrideLike[] {
  const mine = before.project.matchOverrides ?? []
  if (before.project === after.project || before.project.id === after.project.id) return mine
  return [...mine, ...(after.project.matchOverrides ?? [])]
}

function stateRef(s: WorkflowState): StateRef {
  return { id: s.id, name: s.name, phase: s.phase }
}

function count(flags: Uint8Array): number {
  let n = 0
  for (let i = 0; i < flags.length; i++) n += flags[i]!
  return n
}
