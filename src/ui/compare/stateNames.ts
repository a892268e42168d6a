// The names by which the compare bar, the change list and the States menu offer states. Two
// states may share a name (a BPMN file added twice, a copy renamed back): those are told apart
// by their region, "Transition state 2 · Current state", which is unique in the project.
import { useMemo } from 'react'
import { regionNames, type WorkflowState } from '../../domain/model'
import { useStore } from '../../store'

export function distinctStateNames(states: readonly WorkflowState[]): Map<string, string> {
  const regions = regionNames(states)
  const count = new Map<string, number>()
  const key = (s: WorkflowState) => s.name.trim().toLowerCase()
  for (const s of states) count.set(key(s), (count.get(key(s)) ?? 0) + 1)
  return new Map(states.map((s) => [s.id, count.get(key(s))! > 1 ? `${regions.get(s.id)} · ${s.name}` : s.name]))
}

/** The open project's states by id, each under a name no other state has. */
export function useDistinctStateNames(): Map<string, string> {
  // Only names, phases and order matter: not the steps, which change on every key typed.
  const outline = useStore((s) => JSON.stringify(s.project?.states.map((st) => [st.id, st.phase, st.name]) ?? []))
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `outline` stands for the names, phases and order read from the store
  return useMemo(() => distinctStateNames(useStore.getState().project?.states ?? []), [outline])
}
