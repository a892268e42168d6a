import { useId, useState } from 'react'
import { newId, PAIN_TYPES, SEVERITIES, type CommentAnchor, type PainType, type Severity } from '../../domain/model'
import { PAIN_TYPE_WORDS } from '../../domain/review'
import { useStore } from '../../store'
import { NONE } from '../panels/none'
import { readReviewer, saveReviewer } from './reviewer'

/**
 * Raises a comment, or a pain point when a type is chosen: what hurts, how much, and for which
 * role. The author's name is asked once and remembered in this browser.
 */
export function CommentForm({ anchor, defaultRoleId }: { anchor: CommentAnchor; defaultRoleId?: string | undefined }) {
  const id = useId()
  const roles = useStore((s) => s.project?.roles ?? NONE)
  const remembered = readReviewer()
  const [name, setName] = useState(remembered.name)
  const [text, setText] = useState('')
  const [type, setType] = useState<PainType | ''>('')
  const [severity, setSeverity] = useState<Severity>('medium')
  const [roleId, setRoleId] = useState(remembered.roleId ?? defaultRoleId ?? '')
  const pain = type !== ''

  const submit = (e: React.FormEvent) => {
    e.preventDefault()
    const comment = {
      id: newId('cm'),
      anchor,
      author: name,
      createdAt: new Date().toISOString(),
      text,
      replies: [],
      ...(roleId ? { roleId } : {}),
      ...(pain ? { pain: { type, severity } } : {}),
    }
    if (useStore.getState().dispatch({ type: 'comment.add', comment })) {
      saveReviewer({ name: name.trim(), ...(roleId ? { roleId } : {}) })
      setText('')
      setType('')
    }
  }

  return (
    <form className="review-form" onSubmit={submit} aria-label="Add a comment or pain point">
      <div className="field">
        <label htmlFor={`${id}-text`}>{pain ? 'What hurts' : 'Comment'}</label>
        <textarea id={`${id}-text`} value={text} rows={2} onChange={(e) => setText(e.target.value)} placeholder="What hurts today, or what to check" />
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-type`}>Pain point</label>
          <select id={`${id}-type`} value={type} onChange={(e) => setType(e.target.value as PainType | '')}>
            <option value="">No, a comment</option>
            {PAIN_TYPES.map((t) => (
              <option key={t} value={t}>
                {PAIN_TYPE_WORDS[t]}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-severity`}>Severity</label>
          <select id={`${id}-severity`} value={severity} disabled={!pain} onChange={(e) => setSeverity(e.target.value as Severity)}>
            {SEVERITIES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-name`}>Your name</label>
          <input id={`${id}-name`} value={name} autoComplete="name" onChange={(e) => setName(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-role`}>Raised for role</label>
          <select id={`${id}-role`} value={roleId} onChange={(e) => setRoleId(e.target.value)}>
            <option value="">No role</option>
            {roles.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      <button type="submit" disabled={!text.trim() || !name.trim()}>
        {pain ? 'Raise pain point' : 'Add comment'}
      </button>
    </form>
  )
}
