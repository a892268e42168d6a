// What a screen reader hears for a flow on the canvas: "Flow from Scan tray to Check tray".
// Each drawn flow asks for its own name from the store. The names of a state are indexed once per
// edit of that state, so a typed label costs one index and re-renders only that step's flows.
import type { WorkflowState } from '../../domain/model'
import type { AppState } from '../../store'

const indexes = new WeakMap<WorkflowState, Map<string, string>>()

/** "Flow from Scan tray to Check tray", with the branch name when the flow has one. */
export function flowName(from: string, to: string, branch?: string): string {
  return `Flow from ${from || 'Untitled step'} to ${to || 'Untitled step'}${branch ? `, labelled ${branch}` : ''}`
}

function namesOf(state: WorkflowState): Map<string, string> {
  let names = indexes.get(state)
  if (!names) {
    const labels = new Map(state.steps.map((s) => [s.id, s.label]))
    names = new Map(state.flows.map((f) => [f.id, flowName(labels.get(f.from) ?? '', labels.get(f.to) ?? '', f.label)]))
    indexes.set(state, names)
  }
  return names
}

/** A store selector: the name of flow `flowId` of state `stateId`, or '' when there is none. */
export function flowNameIn(s: AppState, stateId: string, flowId: string): string {
  const state = s.project?.states.find((x) => x.id === stateId)
  return state ? (namesOf(state).get(flowId) ?? '') : ''
}
