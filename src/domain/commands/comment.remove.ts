import { defineCommand, without } from './define'
import { findComment } from './comment'

/** Deletes a comment with its thread. */
export const commentRemove = defineCommand('comment.remove', (p, a: { commentId: string }) => {
  findComment(p, a.commentId)
  p.comments = without(p.comments!, (c) => c.id === a.commentId)
})
