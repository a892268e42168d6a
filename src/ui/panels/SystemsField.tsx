import { useId, useState } from 'react'
import { createSystem, type Step } from '../../domain/model'
import { useStore } from '../../store'
import { NONE } from './none'

/** The systems a step uses: pick one of the project's, or type a new name to create it. */
export function SystemsField({ stateId, step }: { stateId: string; step: Step }) {
  const systems = useStore((s) => s.project?.systems ?? NONE)
  const [name, setName] = useState('')
  const id = useId()
  const listId = useId()
  const used = step.systemIds.map((sid) => systems.find((s) => s.id === sid)).filter((s) => s !== undefined)

  const add = () => {
    const clean = name.trim()
    if (!clean) return
    const { dispatch, dispatchAll } = useStore.getState()
    const known = systems.find((s) => s.name.toLowerCase() === clean.toLowerCase())
    if (known) {
      if (!step.systemIds.includes(known.id)) dispatch({ type: 'step.update', stateId, stepId: step.id, changes: { systemIds: [...step.systemIds, known.id] } })
    } else {
      const system = createSystem(clean)
      dispatchAll('Add system', [
        { type: 'system.add', system },
        { type: 'step.update', stateId, stepId: step.id, changes: { systemIds: [...step.systemIds, system.id] } },
      ])
    }
    setName('')
  }
  const remove = (sid: string) =>
    useStore.getState().dispatch({ type: 'step.update', stateId, stepId: step.id, changes: { systemIds: step.systemIds.filter((x) => x !== sid) } })

  return (
    <div className="field">
      <label htmlFor={id}>Systems</label>
      {used.length > 0 && (
        <ul className="chips" aria-label="Systems used">
          {used.map((s) => (
            <li key={s.id} className="chip">
              {s.name}
              <button type="button" aria-label={`Remove ${s.name}`} onClick={() => remove(s.id)}>
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="inline-add">
        <input
          id={id}
          list={listId}
          value={name}
          placeholder="Pick or type a new system"
          onChange={(e) => setName(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              add()
            }
          }}
        />
        <button type="button" onClick={add} disabled={!name.trim()}>
          Add system
        </button>
      </div>
      <datalist id={listId}>
        {systems
          .filter((s) => !step.systemIds.includes(s.id))
          .map((s) => (
            <option key={s.id} value={s.name} />
          ))}
      </datalist>
    </div>
  )
}
