// The review in the plan: a decision task for every high-severity pain point the target state
// leaves as it is, a sign-off milestone for every role before each go-live, and the review's
// state for the report (pain points with their status, sign-offs per phase).
import { diffStates } from '../diff'
import type { Project, WorkflowState } from '../model/types'
import { painPointRecord, reviewPainPoints, type PainPointReview } from '../review/painPoints'
import { stateSignOffs } from '../review/signOff'
import { PAIN_TYPE_WORDS } from '../review/words'
import type { Durations } from './durations'
import type { Segment, TaskDraft } from './segment'
import type { PlanReview, PlanSignOffs } from './types'

/** A pain point judged against the plan's target, with the index of the state it was raised in. */
export interface JudgedPainPoint {
  review: PainPointReview
  /** Index in the plan's states: its decision belongs to the phase that leaves that state. */
  origin: number
}

/**
 * The pain points of the plan's first state, and those raised in its transition states, each as
 * the plan's target state treats it. A pain point shows once, where it was first seen.
 */
export function judgePainPoints(project: Project, states: readonly WorkflowState[]): JudgedPainPoint[] {
  if (!(project.comments ?? []).some((c) => c.pain)) return []
  const target = states[states.length - 1]!
  const seen = new Set<string>()
  const out: JudgedPainPoint[] = []
  states.slice(0, -1).forEach((origin, i) => {
    const reviews = reviewPainPoints(project, origin, target, diffStates(project, origin, target))
    for (const r of reviews) {
      if (seen.has(r.comment.id) || (i > 0 && r.comment.anchor.stateId !== origin.id)) continue
      seen.add(r.comment.id)
      out.push({ review: r, origin: i })
    }
  })
  return out
}

export function planReview(project: Project, states: readonly WorkflowState[], judged: readonly JudgedPainPoint[]): PlanReview {
  const signOffs = states.slice(1).map((state): PlanSignOffs => {
    const s = stateSignOffs(project, state)
    return {
      stateId: state.id,
      state: state.name,
      signed: s.signed,
      stale: s.stale,
      outstanding: s.outstanding,
      roles: s.roles.map((r) => ({
        role: r.role,
        status: r.status,
        by: r.signOff?.by ?? null,
        at: r.signOff?.at ?? null,
        local: r.signOff?.local ?? false,
        comment: r.signOff?.comment ?? null,
        changes: r.changes,
      })),
    }
  })
  return { painPoints: judged.map((j) => painPointRecord(j.review)), signOffs }
}

export function decisionTasks(seg: Segment, judged: readonly JudgedPainPoint[], durations: Durations): TaskDraft[] {
  const target = seg.last ? seg.after.name : 'the target state'
  return judged
    .filter((j) => j.origin === seg.number - 1 && j.review.status === 'not addressed' && j.review.comment.pain.severity === 'high')
    .map(({ review: r }) => {
      const c = r.comment
      return {
        id: `decide:${c.id}`,
        phaseId: seg.phaseId,
        type: 'decision' as const,
        name: `Decide: ${r.on.replace(/\s+/g, ' ').trim()} (${PAIN_TYPE_WORDS[c.pain.type]})`,
        role: r.raisedBy,
        description:
          `A high-severity pain point raised in ${seg.before.name} that ${target} leaves unchanged. ` +
          'Decide whether to change the step, accept it or resolve the pain point with a reason, before go-live.',
        details: [`Pain point: ${c.text.replace(/\s+/g, ' ').trim()}`, `Raised by ${c.author}${r.raisedBy ? ` for ${r.raisedBy}` : ''}`],
        durationMinutes: durations.decision,
        milestone: false,
        diffIds: [`pain-point:${c.id}`],
      }
    })
}

/** One milestone per role of the phase's state: done when that role signed it and nothing changed since. */
export function signOffMilestones(seg: Segment): TaskDraft[] {
  return stateSignOffs(seg.project, seg.after).roles.map((r) => {
    const s = r.signOff
    const when = s ? `${s.by} on ${s.at.slice(0, 10)}${s.local ? ' (local)' : ''}` : ''
    const status =
      r.status === 'signed'
        ? `Signed by ${when}`
        : r.status === 'stale'
          ? `Signed by ${when}, before ${r.changes.length} ${r.changes.length === 1 ? 'change' : 'changes'}: to sign again`
          : 'Outstanding'
    return {
      id: `sign-off:${seg.after.id}:${r.roleId}`,
      phaseId: seg.phaseId,
      type: 'sign-off' as const,
      name: `Sign-off: ${r.role} on ${seg.after.name}`,
      role: r.role,
      description: `${r.role} checks its part of ${seg.after.name} (its steps, their flows and records) and signs it off before go-live.`,
      details: [status, ...r.changes.map((c) => `Changed since: ${c}`)],
      durationMinutes: 0,
      milestone: true,
      ...(r.status === 'signed' ? { done: true as const } : {}),
      diffIds: [],
    }
  })
}
