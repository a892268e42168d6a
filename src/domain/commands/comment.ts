// What the comment and sign-off commands share: finding a comment and checking what it names.
import type { Comment, CommentAnchor, Project } from '../model/types'
import { CommandError, findState, requireRole } from './define'

export function findComment(p: Project, commentId: string): Comment {
  const c = p.comments?.find((x) => x.id === commentId)
  if (!c) throw new CommandError(`no comment "${commentId}"`)
  return c
}

/** A comment must be said: an empty text, name or reason is refused. */
export function requireText(value: string, what: string): string {
  const trimmed = value.trim()
  if (!trimmed) throw new CommandError(`${what} must not be empty`)
  return trimmed
}

/** The anchor must name something that exists now, in the state the comment is raised in. */
export function requireAnchor(p: Project, a: CommentAnchor): void {
  const state = findState(p, a.stateId)
  if (a.kind === 'step' && !state.steps.some((s) => s.lineage === a.lineage)) throw new CommandError(`no step of lineage "${a.lineage}" in ${state.name}`)
  if (a.kind === 'flow' && !state.flows.some((f) => f.lineage === a.lineage)) throw new CommandError(`no flow of lineage "${a.lineage}" in ${state.name}`)
  if (a.kind === 'lane') {
    requireRole(p, a.roleId)
    if (!state.lanes.includes(a.roleId)) throw new CommandError(`no lane for role "${a.roleId}" in ${state.name}`)
  }
}
