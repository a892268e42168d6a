import { createFlow, type Step, type WorkflowState } from '../../domain/model'
import { useStore } from '../../store'
import { useDraft } from './useDraft'

/** Where the step leads (with branch names for decisions), where it comes from, and "Connect to…". */
export function FlowsField({ state, step }: { state: WorkflowState; step: Step }) {
  const roles = useStore((s) => s.project!.roles)
  const out = state.flows.filter((f) => f.from === step.id)
  const into = state.flows.filter((f) => f.to === step.id)
  const labelOf = (id: string) => state.steps.find((s) => s.id === id)?.label || 'Untitled step'
  const laneOf = (id: string) => {
    const roleId = state.steps.find((s) => s.id === id)?.roleId
    return roles.find((r) => r.id === roleId)?.name ?? 'no lane'
  }
  const targets = state.steps.filter((s) => s.id !== step.id && !out.some((f) => f.to === s.id))
  const connect = (to: string) => {
    if (to) useStore.getState().dispatch({ type: 'flow.add', stateId: state.id, flow: createFlow(step.id, to) })
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
      <label className="visually-hidden" htmlFor="connect-to">
        Connect to
      </label>
      <select id="connect-to" value="" onChange={(e) => connect(e.target.value)}>
        <option value="">Connect to…</option>
        {targets.map((s) => (
          <option key={s.id} value={s.id}>
            {(s.label || 'Untitled step') + ' — ' + laneOf(s.id)}
          </option>
        ))}
      </select>
    </fieldset>
  )
}

function FlowLabel({ stateId, flowId, label, to }: { stateId: string; flowId: string; label: string; to: string }) {
  const { draft, change } = useDraft(label, (v) => useStore.getState().dispatch({ type: 'flow.label', stateId, flowId, label: v }, { coalesce: `flow.label:${flowId}` }), (v) => (v.trim() === '' ? '' : v))
  return <input className="flow-label" aria-label={`Name of the flow to ${to}`} placeholder="branch, e.g. yes" value={draft} onChange={(e) => change(e.target.value)} />
}
