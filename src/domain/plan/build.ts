// Builds the plan: one go-live phase per transition state and one for the target state, the work
// each phase needs (interfaces, implementation, role-based training, ending interim double
// documentation), a go-live milestone and go-live support, all linked finish-to-start.
import { diffStates } from '../diff'
import type { DiffResult } from '../diff/types'
import type { Project, WorkflowState } from '../model/types'
import { DEFAULT_DURATIONS, type Durations } from './durations'
import { documentationTasks } from './documentation'
import { implementationTasks } from './implementation'
import type { Segment, TaskDraft } from './segment'
import { stateRef } from './segment'
import { decisionTasks, judgePainPoints, planReview, signOffMilestones } from './review'
import { planStateChain } from './states'
import { trainingTasks } from './training'
import type { Plan, PlanPhase, PlanStatePick, PlanTask } from './types'
import { joinNames, unique } from './text'
import { append } from '../arrays'

/** The diff engine as the plan uses it: before and after state of one project. */
export type DiffFn = (before: WorkflowState, after: WorkflowState, project: Project) => DiffResult

export interface PlanOptions {
  durations?: Durations
  /** The diff engine; the project's own by default. */
  diff?: DiffFn
}

const projectDiff: DiffFn = (before, after, project) => diffStates(project, before, after)

export type PlanResult = { ok: true; plan: Plan; diffs: DiffResult[] } | { ok: false; error: string }

/** Picks the states, diffs each consecutive pair and builds the plan. */
export function planProject(project: Project, pick: PlanStatePick, options: PlanOptions = {}): PlanResult {
  const chain = planStateChain(project, pick)
  if (!chain.ok) return chain
  const diff = options.diff ?? projectDiff
  const diffs = chain.states.slice(1).map((after, i) => diff(chain.states[i]!, after, project))
  return { ok: true, plan: buildPlan(project, chain.states, diffs, options), diffs }
}

/**
 * `states` are the plan's states in go-live order ([from, T1, …, to]); `diffs[i]` is the diff from
 * `states[i]` to `states[i + 1]`. Same input, same plan: ids, order and wording are deterministic.
 */
export function buildPlan(project: Project, states: readonly WorkflowState[], diffs: readonly DiffResult[], options: PlanOptions = {}): Plan {
  if (states.length < 2 || diffs.length !== states.length - 1) {
    throw new Error(`a plan needs n states and n - 1 diffs (got ${states.length} states and ${diffs.length} diffs)`)
  }
  const durations = options.durations ?? DEFAULT_DURATIONS
  const segments: Segment[] = diffs.map((diff, i) => ({
    number: i + 1,
    phaseId: `phase:${states[i + 1]!.id}`,
    diff,
    before: states[i]!,
    after: states[i + 1]!,
    last: i === diffs.length - 1,
    project,
  }))
  const documentation = documentationTasks(segments, durations)
  const painPoints = judgePainPoints(project, states)

  const phases: PlanPhase[] = []
  const tasks: PlanTask[] = []
  const usedIds = new Set<string>()
  let previousGoLive: string | undefined
  let previousSupport: string | undefined

  for (const seg of segments) {
    const docs = documentation.tasks.get(seg.number) ?? []
    const work: TaskDraft[] = [
      ...decisionTasks(seg, painPoints, durations),
      ...docs.filter((t) => t.type === 'interface'),
      ...implementationTasks(seg, durations),
      ...trainingTasks(seg, durations),
      ...docs.filter((t) => t.type === 'interim'),
      ...signOffMilestones(seg),
    ].map((t) => ({ ...t, id: uniqueId(t.id, usedIds) }))

    // Work of a later phase starts once the previous phase is live.
    for (const t of work) {
      if ((t.predecessors ?? []).length === 0 && previousGoLive) t.predecessors = [previousGoLive]
    }
    const feeding = new Set(work.flatMap((t) => t.predecessors ?? []))
    const goLive = goLiveTask(seg, usedIds, [
      ...work.filter((t) => !feeding.has(t.id)).map((t) => t.id),
      // A phased go-live: the next phase goes live once the previous one has had its support weeks.
      ...(previousSupport ? [previousSupport] : []),
    ])
    const support = supportTask(seg, usedIds, goLive.id, durations)
    const phaseTasks = [...work, goLive, support].map((t, i) => finishTask(t, `${seg.number}.${i + 1}`))
    append(tasks, phaseTasks)
    phases.push({
      id: seg.phaseId,
      number: seg.number,
      name: `Phase ${seg.number}: ${seg.after.name}`,
      state: stateRef(seg.after),
      previous: stateRef(seg.before),
      taskIds: phaseTasks.map((t) => t.id),
    })
    previousGoLive = goLive.id
    previousSupport = support.id
  }

  return {
    project: { id: project.id, name: project.name },
    from: stateRef(states[0]!),
    to: stateRef(states[states.length - 1]!),
    phases,
    tasks,
    warnings: documentation.warnings,
    review: planReview(project, states, painPoints),
  }
}

function goLiveTask(seg: Segment, used: Set<string>, predecessors: string[]): TaskDraft {
  const s = seg.diff.summary
  const m = seg.diff.metrics
  return {
    id: uniqueId(`go-live:${seg.after.id}`, used),
    phaseId: seg.phaseId,
    type: 'go-live',
    name: `Go-live: ${seg.after.name}`,
    role: null,
    description: seg.last
      ? `${seg.after.name} becomes the way of working. Go when training is complete by role, interfaces are tested and every interim workaround has ended.`
      : `${seg.after.name} becomes the way of working, old and new methods side by side until the next phase. Go when training is complete by role and interfaces are tested.`,
    details: [
      `Steps: ${s.stepsAdded} added, ${s.stepsRemoved} removed, ${s.stepsChanged} changed`,
      `Handoffs: ${s.handoffsBefore} before, ${s.handoffsAfter} after`,
      `Duplicate documentation: ${s.duplicatesBefore} before, ${s.duplicatesAfter} after`,
      `Lead time: ${m.before.leadTimeMinutes} min before, ${m.after.leadTimeMinutes} min after`,
    ],
    durationMinutes: 0,
    milestone: true,
    predecessors,
    diffIds: [],
  }
}

function supportTask(seg: Segment, used: Set<string>, goLiveId: string, durations: Durations): TaskDraft {
  const roles = seg.diff.roles.map((r) => r.role)
  return {
    id: uniqueId(`support:${seg.after.id}`, used),
    phaseId: seg.phaseId,
    type: 'support',
    name: `Go-live support: ${seg.after.name}`,
    role: null,
    description:
      'Intensive support in the first weeks after go-live: floor-level assistance, rapid issue triage and a daily review of user feedback. ' +
      'Watch for reversion to paper and unofficial parallel processes.',
    details: roles.length > 0 ? [`On the floor for: ${joinNames(roles)}`] : [],
    durationMinutes: durations.support,
    milestone: false,
    predecessors: [goLiveId],
    diffIds: [],
  }
}

/** One key order for every task, so serialized plans diff cleanly. */
function finishTask(t: TaskDraft, wbs: string): PlanTask {
  const task: PlanTask = {
    id: t.id,
    wbs,
    phaseId: t.phaseId,
    type: t.type,
    name: t.name,
    role: t.role,
    description: t.description,
    details: t.details,
    durationMinutes: t.durationMinutes,
    milestone: t.milestone,
    predecessors: unique(t.predecessors ?? []),
    diffIds: t.diffIds,
  }
  if (t.done) task.done = true
  if (t.dataItem !== undefined) task.dataItem = t.dataItem
  if (t.systems !== undefined) task.systems = t.systems
  return task
}

function uniqueId(id: string, used: Set<string>): string {
  let candidate = id
  for (let n = 2; used.has(candidate); n++) candidate = `${id}~${n}`
  used.add(candidate)
  return candidate
}
