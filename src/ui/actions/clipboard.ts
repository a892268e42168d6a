// Copy and paste of steps, within a state and across states. The clipboard lives in the page:
// pasted steps are new work (new ids, their own lineage), made by preparePaste at paste time.
import { preparePaste, type StepClip } from '../../domain/commands'
import { useStore } from '../../store'
import { removeSteps, stateOf } from './edits'

let clip: (StepClip & { fromStateId: string; pastes: number }) | null = null

export function hasClip(): boolean {
  return clip !== null
}

export function copySteps(stateId: string, stepIds: readonly string[]): boolean {
  const state = stateOf(stateId)
  if (!state || stepIds.length === 0) return false
  const ids = new Set(stepIds)
  const steps = state.steps.filter((s) => ids.has(s.id))
  const flows = state.flows.filter((f) => ids.has(f.from) && ids.has(f.to))
  clip = { steps: structuredClone(steps), flows: structuredClone(flows), fromStateId: stateId, pastes: 0 }
  return steps.length > 0
}

export function cutSteps(stateId: string, stepIds: readonly string[]): boolean {
  return copySteps(stateId, stepIds) && removeSteps(stateId, stepIds)
}

/** Pastes into `stateId`: shifted down-right in the state it came from, in place in another state. */
export function pasteSteps(stateId: string): string[] {
  const project = useStore.getState().project
  if (!clip || !project) return []
  const sameState = clip.fromStateId === stateId
  if (sameState) clip.pastes++
  const shift = sameState ? 40 * clip.pastes : 0
  const copies = preparePaste(project, clip, { x: shift, y: shift })
  if (copies.steps.length === 0) return []
  if (!useStore.getState().dispatch({ type: 'step.paste', stateId, ...copies })) return []
  const ids = copies.steps.map((s) => s.id)
  useStore.getState().select(stateId, ids)
  return ids
}
