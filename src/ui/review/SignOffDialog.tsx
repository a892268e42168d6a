import { useId, useState } from 'react'
import { newId } from '../../domain/model'
import type { RoleSignOff } from '../../domain/review'
import { useStore } from '../../store'
import { Dialog } from '../actions/Dialog'
import { readReviewer, saveReviewer } from './reviewer'
import { useSignOffs } from './useSignOffs'

const STATUS_WORDS = { signed: 'Signed', stale: 'Stale', outstanding: 'Outstanding' } as const

/**
 * Each role of the state: signed, stale (with what changed since) or outstanding, and a form to
 * sign off one role's part. In a solo project the reviewer types their name and the sign-off is
 * marked local.
 */
export function SignOffDialog({ stateId, onClose }: { stateId: string; onClose(): void }) {
  const id = useId()
  const s = useSignOffs(stateId)
  const stateName = useStore((st) => st.project?.states.find((x) => x.id === stateId)?.name ?? '')
  const [roleId, setRoleId] = useState(() => s?.roles.find((r) => r.status !== 'signed')?.roleId ?? s?.roles[0]?.roleId ?? '')
  const [name, setName] = useState(() => readReviewer().name)
  const [comment, setComment] = useState('')
  if (!s) return null
  const sign = (e: React.FormEvent) => {
    e.preventDefault()
    const ok = useStore.getState().dispatch({ type: 'signOff.sign', id: newId('so'), stateId, roleId, by: name, at: new Date().toISOString(), comment, local: true })
    if (ok) {
      saveReviewer({ ...readReviewer(), name: name.trim() })
      setComment('')
    }
  }
  return (
    <Dialog title={`Sign-off: ${stateName}`} onClose={onClose}>
      <p>
        {s.signed} signed, {s.stale} stale, {s.outstanding} outstanding. Each role signs off its part: its steps, their flows and what they document. Any
        later change to that part makes the sign-off stale.
      </p>
      <table className="signoff-table">
        <thead>
          <tr>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Signed by</th>
          </tr>
        </thead>
        <tbody>
          {s.roles.map((r) => (
            <RoleRow key={r.roleId} r={r} stateId={stateId} />
          ))}
        </tbody>
      </table>
      <form className="review-form" onSubmit={sign} aria-label="Sign off a role">
        <div className="field-row">
          <div className="field">
            <label htmlFor={`${id}-role`}>Role</label>
            <select id={`${id}-role`} value={roleId} onChange={(e) => setRoleId(e.target.value)}>
              {s.roles.map((r) => (
                <option key={r.roleId} value={r.roleId}>
                  {r.role}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-name`}>Reviewer</label>
            <input id={`${id}-name`} value={name} autoComplete="name" onChange={(e) => setName(e.target.value)} />
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-comment`}>Comment</label>
          <textarea id={`${id}-comment`} rows={2} value={comment} onChange={(e) => setComment(e.target.value)} />
        </div>
        <p className="hint">Signed here, on this computer: the sign-off is marked local.</p>
        <div className="thread-actions">
          <button type="submit" disabled={!name.trim() || !roleId}>
            Sign off
          </button>
          <button type="button" className="quiet" onClick={onClose}>
            Close
          </button>
        </div>
      </form>
    </Dialog>
  )
}

function RoleRow({ r, stateId }: { r: RoleSignOff; stateId: string }) {
  const s = r.signOff
  return (
    <tr>
      <th scope="row">{r.role}</th>
      <td>
        <span className={`signoff-status is-${r.status}`}>
          {r.status === 'signed' ? '✓ ' : r.status === 'stale' ? '! ' : '○ '}
          {STATUS_WORDS[r.status]}
        </span>
        {r.status === 'stale' && (
          <>
            <div>
              signed before {r.changes.length} {r.changes.length === 1 ? 'change' : 'changes'}:
            </div>
            <ul className="signoff-changes">
              {r.changes.map((c, i) => (
                <li key={i}>{c}</li>
              ))}
            </ul>
          </>
        )}
      </td>
      <td>
        {s && (
          <>
            {s.by}
            {s.local ? ' (local)' : ''}, {s.at.slice(0, 10)}
            {s.comment && <div className="hint">“{s.comment}”</div>}
            <button type="button" className="quiet" onClick={() => useStore.getState().dispatch({ type: 'signOff.withdraw', stateId, roleId: r.roleId })}>
              Withdraw
            </button>
          </>
        )}
      </td>
    </tr>
  )
}
