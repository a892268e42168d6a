import type { Pain } from '../model/types'
import { defineCommand, requireRole } from './define'
import { findComment, requireText } from './comment'

export interface CommentChanges {
  text?: string
  /** A type and severity make the comment a pain point; `null` makes it a plain comment again. */
  pain?: Pain | null
  /** The role that raised it; `null` clears it. */
  roleId?: string | null
}

/** Edits a comment's text, its pain point type and severity, or the role that raised it. */
export const commentUpdate = defineCommand('comment.update', (p, a: { commentId: string; changes: CommentChanges }) => {
  const c = findComment(p, a.commentId)
  const { text, pain, roleId } = a.changes
  if (text !== undefined) c.text = requireText(text, 'the comment')
  if (pain === null) delete c.pain
  else if (pain !== undefined) c.pain = { type: pain.type, severity: pain.severity }
  if (roleId === null) delete c.roleId
  else if (roleId !== undefined) {
    requireRole(p, roleId)
    c.roleId = roleId
  }
})
