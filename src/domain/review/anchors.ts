// Where a comment shows. A step or flow comment is anchored by lineage, so it sits on that step in
// every state that shares the lineage (a derived state, a state of the same project). A state drawn
// independently (an import of another file) shares no lineage: there the comment follows the
// diff's matching from the state it was raised in.
import { diffStates } from '../diff'
import type { Comment, CommentAnchor, Project, Step, WorkflowState } from '../model/types'

/** Step id → the comments on that step, in one state; plus the state's own and its lanes' comments. */
export interface StateComments {
  byStep: Map<string, Comment[]>
  byFlow: Map<string, Comment[]>
  byLane: Map<string, Comment[]>
  onState: Comment[]
}

/**
 * Which step of `state` a step comment sits on, or null. Same lineage first; else, when the comment
 * was raised in a state drawn independently of this one (no lineage in common) that still holds
 * its step, the step the diff matches to it (by label or similarity, or a hand-made link).
 */
export function anchoredStep(project: Project, anchor: Extract<CommentAnchor, { kind: 'step' }>, state: WorkflowState, matcher = new Matcher(project)): Step | null {
  const own = state.steps.find((s) => s.lineage === anchor.lineage)
  if (own) return own
  const origin = project.states.find((s) => s.id === anchor.stateId)
  const raisedOn = origin?.steps.find((s) => s.lineage === anchor.lineage)
  if (!origin || !raisedOn || origin === state) return null
  // A state that shares history with the origin and lacks the lineage has removed the step (its
  // ghost carries the comment); only a state drawn independently needs the diff's matching.
  if (matcher.shareHistory(origin, state)) return null
  const afterId = matcher.counterpart(origin, state, raisedOn.id)
  return afterId === null ? null : (state.steps.find((s) => s.id === afterId) ?? null)
}

/** Every comment that shows in `state`, by what it sits on. */
export function commentsOfState(project: Project, state: WorkflowState, matcher = new Matcher(project)): StateComments {
  const out: StateComments = { byStep: new Map(), byFlow: new Map(), byLane: new Map(), onState: [] }
  const push = (map: Map<string, Comment[]>, key: string, c: Comment) => {
    const list = map.get(key)
    if (list) list.push(c)
    else map.set(key, [c])
  }
  for (const c of project.comments ?? []) {
    const a = c.anchor
    if (a.kind === 'state') {
      if (a.stateId === state.id) out.onState.push(c)
    } else if (a.kind === 'lane') {
      if (state.lanes.includes(a.roleId)) push(out.byLane, a.roleId, c)
    } else if (a.kind === 'flow') {
      const flow = state.flows.find((f) => f.lineage === a.lineage)
      if (flow) push(out.byFlow, flow.id, c)
    } else {
      const step = anchoredStep(project, a, state, matcher)
      if (step) push(out.byStep, step.id, c)
    }
  }
  return out
}

/**
 * Anchors that point at nothing: a state, role, step or flow that no longer exists. The comment is
 * kept (its discussion may still matter); `flowstate validate` lists these as warnings.
 */
export function danglingAnchors(project: Project): string[] {
  const problems: string[] = []
  const states = new Map(project.states.map((s) => [s.id, s]))
  const roles = new Set(project.roles.map((r) => r.id))
  const lineages = new Set<string>()
  const flowLineages = new Set<string>()
  for (const s of project.states) {
    for (const x of s.steps) lineages.add(x.lineage)
    for (const x of s.flows) flowLineages.add(x.lineage)
  }
  ;(project.comments ?? []).forEach((c, i) => {
    const at = `comments[${i}].anchor`
    const a = c.anchor
    if (a.kind === 'state' && !states.has(a.stateId)) problems.push(`${at}.stateId: no state "${a.stateId}"`)
    if (a.kind === 'lane' && !roles.has(a.roleId)) problems.push(`${at}.roleId: no role "${a.roleId}"`)
    if (a.kind === 'step' && !lineages.has(a.lineage)) problems.push(`${at}.lineage: no step of lineage "${a.lineage}" in any state`)
    if (a.kind === 'flow' && !flowLineages.has(a.lineage)) problems.push(`${at}.lineage: no flow of lineage "${a.lineage}" in any state`)
    if (c.roleId !== undefined && !roles.has(c.roleId)) problems.push(`comments[${i}].roleId: no role "${c.roleId}"`)
  })
  return problems
}

/** The diff's step matching between two states of one project, computed once per pair. */
export class Matcher {
  private readonly pairs = new Map<string, Map<string, string>>()
  private readonly lineages = new Map<string, Set<string>>()

  constructor(private readonly project: Project) {}

  /** True when the two states have a step lineage in common (one derives from the other, or both from a third). */
  shareHistory(a: WorkflowState, b: WorkflowState): boolean {
    let own = this.lineages.get(a.id)
    if (!own) this.lineages.set(a.id, (own = new Set(a.steps.map((s) => s.lineage))))
    return b.steps.some((s) => own.has(s.lineage))
  }

  counterpart(from: WorkflowState, to: WorkflowState, stepId: string): string | null {
    const key = `${from.id}\u0000${to.id}`
    let map = this.pairs.get(key)
    if (!map) {
      map = new Map(diffStates(this.project, from, to).matches.map((m) => [m.before, m.after]))
      this.pairs.set(key, map)
    }
    return map.get(stepId) ?? null
  }
}
