import { useId, useState } from 'react'
import { useStore } from '../../store'
import { addLane } from '../actions/edits'
import { Dialog } from '../actions/Dialog'
import { NONE } from '../panels/none'

/** Adds a lane: a role of the project (shared by every state) or a new one, typed by name. */
export function AddLaneDialog({ stateId, onClose }: { stateId: string; onClose(): void }) {
  const roles = useStore((s) => s.project?.roles ?? NONE)
  const lanes: readonly string[] = useStore((s) => s.project?.states.find((x) => x.id === stateId)?.lanes ?? NONE)
  const [name, setName] = useState('')
  const listId = useId()
  const unused = roles.filter((r) => !lanes.includes(r.id))
  const submit = (e: React.FormEvent) => {
    e.preventDefault()
    if (addLane(stateId, name)) onClose()
  }
  return (
    <Dialog title="Add lane" onClose={onClose}>
      <form onSubmit={submit}>
        <label className="field">
          <span>Role, team or department</span>
          <input autoFocus list={listId} value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Porter" />
        </label>
        <datalist id={listId}>
          {unused.map((r) => (
            <option key={r.id} value={r.name} />
          ))}
        </datalist>
        {unused.length > 0 && (
          <p className="hint">
            Roles of this project without a lane here:{' '}
            {unused.map((r, i) => (
              <span key={r.id}>
                {i > 0 && ', '}
                <button type="button" className="link" onClick={() => addLane(stateId, r.name) && onClose()}>
                  {r.name}
                </button>
              </span>
            ))}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!name.trim()}>
            Add lane
          </button>
        </div>
      </form>
    </Dialog>
  )
}
