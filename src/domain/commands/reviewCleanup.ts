// The invariants of comments and sign-offs when the map under them is removed, in one place:
// the removal commands call these, so no edit leaves a sign-off of a missing state or role, and a
// comment goes only with the last copy of what it is about.
import type { Comment, Project } from '../model/types'
import { without } from './define'

/** Drops the comments raised in `stateId` on steps or flows whose lineage no state holds any more. */
export function dropOrphanedComments(p: Project, stateId: string): void {
  if (!p.comments?.length) return
  const steps = new Set<string>()
  const flows = new Set<string>()
  for (const s of p.states) {
    for (const x of s.steps) steps.add(x.lineage)
    for (const x of s.flows) flows.add(x.lineage)
  }
  const orphan = (c: Comment) =>
    c.anchor.stateId === stateId && ((c.anchor.kind === 'step' && !steps.has(c.anchor.lineage)) || (c.anchor.kind === 'flow' && !flows.has(c.anchor.lineage)))
  if (p.comments.some(orphan)) p.comments = without(p.comments, orphan)
}

/**
 * A removed state takes its sign-offs and the comments on it; a comment raised there on a step or
 * lane that another state still shows moves its origin to that state, so it stays on the map.
 */
export function rehomeCommentsOfState(p: Project, stateId: string): void {
  if (p.signOffs?.some((s) => s.stateId === stateId)) p.signOffs = without(p.signOffs, (s) => s.stateId === stateId)
  if (!p.comments?.length) return
  const home = (c: Comment): string | undefined => {
    const a = c.anchor
    if (a.kind === 'state') return undefined
    if (a.kind === 'lane') return p.states.find((s) => s.lanes.includes(a.roleId))?.id
    if (a.kind === 'step') return p.states.find((s) => s.steps.some((x) => x.lineage === a.lineage))?.id
    return p.states.find((s) => s.flows.some((x) => x.lineage === a.lineage))?.id
  }
  const gone = (c: Comment) => c.anchor.stateId === stateId && home(c) === undefined
  for (const c of p.comments) if (c.anchor.stateId === stateId && c.anchor.kind !== 'state' && !gone(c)) c.anchor.stateId = home(c)!
  if (p.comments.some(gone)) p.comments = without(p.comments, gone)
}

/** A removed role takes its sign-offs; its comments move to `reassignTo`, or lose the role. */
export function rehomeCommentsOfRole(p: Project, roleId: string, reassignTo: string | undefined): void {
  if (p.signOffs?.some((s) => s.roleId === roleId)) p.signOffs = without(p.signOffs, (s) => s.roleId === roleId)
  for (const c of p.comments ?? []) {
    if (c.roleId === roleId) {
      if (reassignTo === undefined) delete c.roleId
      else c.roleId = reassignTo
    }
    if (c.anchor.kind === 'lane' && c.anchor.roleId === roleId && reassignTo !== undefined) c.anchor.roleId = reassignTo
  }
  const laneGone = (c: Comment) => c.anchor.kind === 'lane' && c.anchor.roleId === roleId
  if (p.comments?.some(laneGone)) p.comments = without(p.comments, laneGone)
}
