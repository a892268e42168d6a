import type { Reply } from '../model/types'
import { defineCommand } from './define'
import { findComment, requireText } from './comment'

/** Adds a reply to a comment's thread. */
export const commentReply = defineCommand('comment.reply', (p, a: { commentId: string; reply: Omit<Reply, 'event'> }) => {
  const c = findComment(p, a.commentId)
  c.replies.push({ author: requireText(a.reply.author, 'your name'), at: a.reply.at, text: requireText(a.reply.text, 'the reply') })
})
