import type { Comment } from '../model/types'
import { assertUniqueId, CommandError, defineCommand, requireRole } from './define'
import { requireAnchor, requireText } from './comment'

/** Raises a comment or, with `pain`, a pain point on a step, flow, lane or state. */
export const commentAdd = defineCommand('comment.add', (p, a: { comment: Comment }) => {
  const c = a.comment
  assertUniqueId(p, c.id)
  requireAnchor(p, c.anchor)
  if (c.roleId !== undefined) requireRole(p, c.roleId)
  if (c.resolved) throw new CommandError('a new comment is open')
  ;(p.comments ??= []).push({ ...c, author: requireText(c.author, 'your name'), text: requireText(c.text, 'the comment'), replies: [...c.replies] })
})
