import { useId, useState } from 'react'
import type { Comment } from '../../domain/model'
import { PAIN_TYPE_WORDS } from '../../domain/review'
import { useStore } from '../../store'
import { PainBadge } from './PainBadge'
import { readReviewer } from './reviewer'

const when = (at: string) => at.slice(0, 16).replace('T', ' ')

/** One comment or pain point with its replies: reply, resolve with a reason, reopen, delete. */
export function CommentThread({ comment, readOnly = false }: { comment: Comment; readOnly?: boolean }) {
  const id = useId()
  const roleName = useStore((s) => (comment.roleId ? s.project?.roles.find((r) => r.id === comment.roleId)?.name : undefined))
  const [mode, setMode] = useState<'idle' | 'reply' | 'resolve' | 'reopen'>('idle')
  const [text, setText] = useState('')
  const [name, setName] = useState(() => readReviewer().name)
  const dispatch = useStore((s) => s.dispatch)
  const at = () => new Date().toISOString()
  const done = (ok: boolean) => {
    if (!ok) return
    setMode('idle')
    setText('')
  }
  const submit = (e: React.FormEvent) => {
    e.preventDefault()
    if (mode === 'reply') done(dispatch({ type: 'comment.reply', commentId: comment.id, reply: { author: name, at: at(), text } }))
    if (mode === 'resolve') done(dispatch({ type: 'comment.resolve', commentId: comment.id, resolution: { by: name, at: at(), why: text } }))
    if (mode === 'reopen') done(dispatch({ type: 'comment.reopen', commentId: comment.id, by: name, at: at(), why: text }))
  }
  const label = comment.pain ? 'Pain point' : 'Comment'
  return (
    <article className={`thread${comment.resolved ? ' is-resolved' : ''}`} aria-label={`${label} by ${comment.author}`}>
      <div className="thread-head">
        {comment.pain && <PainBadge badge={{ count: 1, highest: comment.pain.severity }} />}
        {comment.pain && <span>{PAIN_TYPE_WORDS[comment.pain.type]}</span>}
        <span>
          {comment.author}
          {roleName ? ` for ${roleName}` : ''} · {when(comment.createdAt)}
        </span>
      </div>
      <p className="thread-text">{comment.text}</p>
      {comment.replies.length > 0 && (
        <ul className="thread-replies" aria-label="Replies">
          {comment.replies.map((r, i) => (
            <li key={i} className={r.event ? 'thread-event' : undefined}>
              <strong>{r.author}</strong>
              {r.event === 'resolved' ? ' resolved' : r.event === 'reopened' ? ' reopened' : ''}
              {r.text ? `: ${r.text}` : ''} <span className="hint">{when(r.at)}</span>
            </li>
          ))}
        </ul>
      )}
      {comment.resolved && (
        <p className="resolved-note">
          Resolved by {comment.resolved.by}
          {comment.resolved.why ? `: ${comment.resolved.why}` : ''}
        </p>
      )}
      {!readOnly && mode === 'idle' && (
        <div className="thread-actions">
          <button type="button" onClick={() => setMode('reply')}>
            Reply
          </button>
          {comment.resolved ? (
            <button type="button" onClick={() => setMode('reopen')}>
              Reopen
            </button>
          ) : (
            <button type="button" onClick={() => setMode('resolve')}>
              Resolve
            </button>
          )}
          <button type="button" className="quiet" onClick={() => dispatch({ type: 'comment.remove', commentId: comment.id })}>
            Delete
          </button>
        </div>
      )}
      {mode !== 'idle' && (
        <form className="review-form" onSubmit={submit}>
          <div className="field">
            <label htmlFor={`${id}-text`}>{mode === 'reply' ? 'Reply' : mode === 'resolve' ? 'Why is it resolved?' : 'Why reopen it?'}</label>
            <textarea id={`${id}-text`} rows={2} value={text} autoFocus onChange={(e) => setText(e.target.value)} />
          </div>
          <div className="field">
            <label htmlFor={`${id}-name`}>Your name</label>
            <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} />
          </div>
          <div className="thread-actions">
            <button type="submit" disabled={!name.trim() || (mode === 'reply' && !text.trim()) || (mode === 'resolve' && comment.pain !== undefined && !text.trim())}>
              {mode === 'reply' ? 'Send reply' : mode === 'resolve' ? 'Resolve' : 'Reopen'}
            </button>
            <button type="button" className="quiet" onClick={() => setMode('idle')}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </article>
  )
}
