import { useId, useState } from 'react'
import { createFlow, type Step, type WorkflowState } from '../../domain/model'
import { useStore } from '../../store'
import { useDraft } from './useDraft'
import { NONE } from './none'

/** Where the step leads (with branch names for decisions), where it comes from, and "Connect to…". */
export function FlowsField({ state, step }: { state: WorkflowState; step: Step }) {
  const roles = useStore((s) => s.project?.roles ?? NONE)
  const out = state.flows.filter((f) => f.from === step.id)
  const into = state.flows.filter((f) => f.to === step.id)
  const labelOf = (id: string) => state.steps.find((s) => s.id === id)?.label || 'Untitled step'
  const laneOf = (id: string) => {
    const roleId = state.steps.find((s) => s.id === id)?.roleId
    return roles.find((r) => r.id === roleId)?.name ?? 'no lane'
  }
  const targets = state.steps.filter((s) => s.id !== step.id && !out.some((f) => f.to === s.id))
  const optionText = (s: Step) => `${s.label || 'Untitled step'} — ${laneOf(s.id)}`
  const [query, setQuery] = useState('')
  const listId = useId()
  /** The step the typed text names: an exact option, else the only step whose label starts with it. */
  const chosen = (): Step | undefined => {
    const q = query.trim().toLowerCase()
    if (!q) return undefined
    const exact = targets.find((s) => optionText(s).toLowerCase() === q || s.label.toLowerCase() === q)
    if (exact) return exact
    const starting = targets.filter((s) => s.label.toLowerCase().startsWith(q))
    return starting.length === 1 ? starting[0] : undefined
  }
  const connect = () => {
    const to = chosen()
    if (!to) return
    useStore.getState().dispatch({ type: 'flow.add', stateId: state.id, flow: createFlow(step.id, to.id) })
    setQuery('')
  }

  return (
    <fieldset className="field flows">
      <legend>Flows</legend>
      {into.length > 0 && <p className="flows-in">From: {into.map((f) => labelOf(f.from)).join('; ')}</p>}
      {out.length > 0 && (
        <ul className="flow-list">
          {out.map((f) => (
            <li key={f.id}>
              <span className="flow-to">→ {labelOf(f.to)}</span>
              <FlowLabel stateId={state.id} flowId={f.id} label={f.label ?? ''} to={labelOf(f.to)} />
              <button type="button" aria-label={`Remove flow to ${labelOf(f.to)}`} onClick={() => useStore.getState().dispatch({ type: 'flow.remove', stateId: state.id, flowIds: [f.id] })}>
                ✕
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="inline-add">
        <label className="visually-hidden" htmlFor="connect-to">
          Connect to
        </label>
        <input
          id="connect-to"
          list={listId}
          value={query}
          placeholder="Connect to… (type a step)"
          onChange={(e) => setQuery(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault()
              connect()
            }
          }}
        />
        <button type="button" onClick={connect} disabled={!chosen()}>
          Connect
        </button>
      </div>
      <datalist id={listId}>
        {targets.map((s) => (
          <option key={s.id} value={optionText(s)} />
        ))}
      </datalist>
    </fieldset>
  )
}

function FlowLabel({ stateId, flowId, label, to }: { stateId: string; flowId: string; label: string; to: string }) {
  const { draft, change } = useDraft(label, (v) => useStore.getState().dispatch({ type: 'flow.label', stateId, flowId, label: v }, { coalesce: `flow.label:${flowId}` }), (v) => (v.trim() === '' ? '' : v))
  return <input className="flow-label" aria-label={`Name of the flow to ${to}`} placeholder="branch, e.g. yes" value={draft} onChange={(e) => change(e.target.value)} />
}
