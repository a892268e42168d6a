import type { Resolution } from '../model/types'
import { CommandError, defineCommand } from './define'
import { findComment, requireText } from './comment'

/**
 * Closes a thread, recording who and why. A pain point needs a reason ("the scanner replaces the
 * paper sheet"), so a resolved pain point never disappears without one; the thread keeps the entry.
 */
export const commentResolve = defineCommand('comment.resolve', (p, a: { commentId: string; resolution: Resolution }) => {
  const c = findComment(p, a.commentId)
  if (c.resolved) throw new CommandError('this comment is already resolved')
  const by = requireText(a.resolution.by, 'your name')
  const why = c.pain ? requireText(a.resolution.why, 'the reason') : a.resolution.why.trim()
  c.resolved = { by, at: a.resolution.at, why }
  c.replies.push({ author: by, at: a.resolution.at, text: why, event: 'resolved' })
})
