// The "State" choice of the export dialogs: every state of the project by name and region,
// starting on the state the user works in.
import { useMemo, useState } from 'react'
import { regionNames, type WorkflowState } from '../../domain/model'
import { useStore } from '../../store'

/** The chosen state's id, first the active state (else the first one). */
export function useChosenState(states: readonly WorkflowState[]): [string, (id: string) => void] {
  const active = useStore((s) => s.activeStateId)
  return useState(() => (states.some((s) => s.id === active) ? active! : (states[0]?.id ?? '')))
}

export function StateField({ states, value, onChange }: { states: readonly WorkflowState[]; value: string; onChange(id: string): void }) {
  const names = useMemo(() => regionNames(states), [states])
  return (
    <label className="field">
      State
      <select value={value} onChange={(e) => onChange(e.target.value)} autoFocus>
        {states.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name} ({names.get(s.id)})
          </option>
        ))}
      </select>
    </label>
  )
}
