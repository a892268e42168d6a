import { CommandError, defineCommand } from './define'
import { findComment, requireText } from './comment'

/** Opens a resolved thread again, recording who and why in the thread. */
export const commentReopen = defineCommand('comment.reopen', (p, a: { commentId: string; by: string; at: string; why: string }) => {
  const c = findComment(p, a.commentId)
  if (!c.resolved) throw new CommandError('this comment is open')
  delete c.resolved
  c.replies.push({ author: requireText(a.by, 'your name'), at: a.at, text: a.why.trim(), event: 'reopened' })
})
