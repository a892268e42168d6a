// "Does the future address it?" Every pain point of the compared before state, with what the
// after state does to the step it sits on. A pain point is addressed when its step is removed,
// changed in any field the diff compares, or moved to another role; not addressed when the step is
// still there unchanged. A resolved pain point says so, with who resolved it and why.
import { isEmptyDiff } from '../diff'
import type { DiffResult, StepField } from '../diff'
import type { Comment, Pain, Project, Resolution, Severity, WorkflowState } from '../model/types'
import { anchoredStep, Matcher } from './anchors'

export type PainOutcome = 'removed' | 'changed' | 'moved' | 'unchanged'
export type PainStatus = 'addressed' | 'not addressed' | 'resolved'

export interface PainPointReview {
  comment: Comment & { pain: Pain }
  /** What it sits on, in words: a step's label, "flow A → B", "lane OR nurse", "the whole state". */
  on: string
  /** The before state's step, for a pain point on a step. */
  stepId: string | null
  /** The after state's matched step, when there is one. */
  afterStepId: string | null
  /** The raising role's name (null when none was given). */
  raisedBy: string | null
  outcome: PainOutcome
  /** The fields that changed (for changed and moved steps). */
  fields: StepField[]
  /** The role the step moved to (for moved steps). */
  movedTo: string | null
  status: PainStatus
  resolved: Resolution | null
}

const SEVERITY_RANK: Record<Severity, number> = { high: 0, medium: 1, low: 2 }

/** The pain points of `before` as `after` treats them, most severe first, then in map order. */
export function reviewPainPoints(project: Project, before: WorkflowState, after: WorkflowState, diff: DiffResult, matcher = new Matcher(project)): PainPointReview[] {
  const ctx: Context = {
    project,
    before,
    after,
    diff,
    matcher,
    roleNames: new Map(project.roles.map((r) => [r.id, r.name])),
    stepOrder: new Map(before.steps.map((s, i) => [s.id, i])),
    removed: new Set(diff.steps.removed.map((s) => s.id)),
    changed: new Map(diff.steps.changed.map((c) => [c.before.id, c])),
    matched: new Map(diff.matches.map((m) => [m.before, m.after])),
  }
  const out: { review: PainPointReview; order: number }[] = []
  for (const c of project.comments ?? []) {
    if (!c.pain) continue
    const found = judge(ctx, c as Comment & { pain: Pain })
    if (!found) continue
    const status: PainStatus = c.resolved ? 'resolved' : found.outcome === 'unchanged' ? 'not addressed' : 'addressed'
    const { order, ...rest } = found
    out.push({ review: { ...rest, status }, order })
  }
  out.sort((x, y) => SEVERITY_RANK[x.review.comment.pain.severity] - SEVERITY_RANK[y.review.comment.pain.severity] || x.order - y.order)
  return out.map((x) => x.review)
}

interface Context {
  project: Project
  before: WorkflowState
  after: WorkflowState
  diff: DiffResult
  matcher: Matcher
  roleNames: Map<string, string>
  stepOrder: Map<string, number>
  removed: Set<string>
  changed: Map<string, DiffResult['steps']['changed'][number]>
  matched: Map<string, string>
}

type Judged = Omit<PainPointReview, 'status'> & { order: number }

/** What the after state does to what one pain point sits on; null when it is not in the before state. */
function judge(ctx: Context, comment: Comment & { pain: Pain }): Judged | null {
  const base = {
    comment,
    raisedBy: comment.roleId ? (ctx.roleNames.get(comment.roleId) ?? null) : null,
    resolved: comment.resolved ?? null,
    fields: [] as StepField[],
    movedTo: null,
    stepId: null,
    afterStepId: null,
  }
  const a = comment.anchor
  if (a.kind === 'step') {
    const step = anchoredStep(ctx.project, a, ctx.before, ctx.matcher)
    if (!step) return null
    const at = { ...base, on: step.label, stepId: step.id, order: ctx.stepOrder.get(step.id) ?? 0 }
    if (ctx.removed.has(step.id)) return { ...at, outcome: 'removed' }
    const afterStepId = ctx.matched.get(step.id) ?? null
    const ch = ctx.changed.get(step.id)
    if (!ch) return { ...at, afterStepId, outcome: 'unchanged' }
    if (ch.reassigned) return { ...at, afterStepId, outcome: 'moved', fields: ch.fields, movedTo: ch.reassigned.to ?? 'no role' }
    return { ...at, afterStepId, outcome: 'changed', fields: ch.fields }
  }
  if (a.kind === 'flow') {
    const flow = ctx.before.flows.find((f) => f.lineage === a.lineage)
    if (!flow) return null
    const label = (id: string) => ctx.before.steps.find((s) => s.id === id)?.label ?? '?'
    const counterpart = ctx.after.flows.find((f) => f.lineage === a.lineage)
    const at = { ...base, on: `flow ${label(flow.from)} → ${label(flow.to)}`, order: ctx.stepOrder.get(flow.from) ?? 0 }
    if (!counterpart) return { ...at, outcome: 'removed' }
    const rewired = ctx.matched.get(flow.from) !== counterpart.from || ctx.matched.get(flow.to) !== counterpart.to || (counterpart.label ?? '') !== (flow.label ?? '')
    const endsChanged = ctx.changed.has(flow.from) || ctx.changed.has(flow.to)
    return { ...at, outcome: rewired || endsChanged ? 'changed' : 'unchanged' }
  }
  if (a.kind === 'lane') {
    if (!ctx.before.lanes.includes(a.roleId)) return null
    const impact = ctx.diff.roles.some((r) => r.roleId === a.roleId)
    return { ...base, on: `lane ${ctx.roleNames.get(a.roleId) ?? a.roleId}`, order: -1, outcome: impact ? 'changed' : 'unchanged' }
  }
  if (a.stateId !== ctx.before.id) return null
  return { ...base, on: 'the whole state', order: -2, outcome: isEmptyDiff(ctx.diff) ? 'unchanged' : 'changed' }
}

/** Open pain points (not resolved) on the comments given: their count and the highest severity. */
export function painSummary(comments: readonly Comment[]): { count: number; highest: Severity | null } {
  let count = 0
  let highest: Severity | null = null
  for (const c of comments) {
    if (!c.pain || c.resolved) continue
    count++
    if (highest === null || SEVERITY_RANK[c.pain.severity] < SEVERITY_RANK[highest]) highest = c.pain.severity
  }
  return { count, highest }
}

/** A pain point as `flowstate diff --json` and the plan export report it: plain words and ids. */
export type PainPointRecord = Omit<PainPointReview, 'comment'> & Pick<Comment, 'id' | 'text' | 'author'> & Pain

export function painPointRecord(r: PainPointReview): PainPointRecord {
  const c = r.comment
  return {
    id: c.id,
    on: r.on,
    stepId: r.stepId,
    afterStepId: r.afterStepId,
    type: c.pain.type,
    severity: c.pain.severity,
    text: c.text,
    author: c.author,
    raisedBy: r.raisedBy,
    outcome: r.outcome,
    fields: r.fields,
    movedTo: r.movedTo,
    status: r.status,
    resolved: r.resolved,
  }
}
