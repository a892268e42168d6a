// Copy and paste of steps, within a state and across states. The clipboard lives in the page:
// pasted steps are new work (new ids, their own lineage), made by preparePaste at paste time.
import { preparePaste, type Command, type StepClip } from '../../domain/commands'
import { createFlow, createStep, LIMITS, type Step } from '../../domain/model'
import { useStore } from '../../store'
import { canvasOf } from '../canvas/canvasRegistry'
import { endOfLane, pasteOffset, positionAfter } from '../canvas/placement'
import { removeSteps, stateOf } from './edits'

/** `onSystem`: the labels reached the system clipboard, so a different text there is newer. */
let clip: (StepClip & { fromStateId: string; text: string; onSystem: boolean }) | null = null

export function hasClip(): boolean {
  return clip !== null
}

export function copySteps(stateId: string, stepIds: readonly string[]): boolean {
  const state = stateOf(stateId)
  if (!state || stepIds.length === 0) return false
  const ids = new Set(stepIds)
  const steps = state.steps.filter((s) => ids.has(s.id))
  const flows = state.flows.filter((f) => ids.has(f.from) && ids.has(f.to))
  const text = steps.map((s) => s.label).join('\n')
  const copied = { steps: structuredClone(steps), flows: structuredClone(flows), fromStateId: stateId, text, onSystem: false }
  clip = copied
  // The labels go to the system clipboard too, for notes and other tools; pasting them back
  // here is recognised as these steps.
  void globalThis.navigator?.clipboard
    ?.writeText(text)
    .then(() => (copied.onSystem = true))
    .catch(() => {})
  return steps.length > 0
}

/** Puts the copied labels on a copy or cut event's clipboard (no permission needed there). */
export function writeClipTo(data: DataTransfer): void {
  if (!clip) return
  data.setData('text/plain', clip.text)
  clip.onSystem = true
}

export function cutSteps(stateId: string, stepIds: readonly string[]): boolean {
  return copySteps(stateId, stepIds) && removeSteps(stateId, stepIds)
}

/**
 * Pastes into `stateId`, in the same lanes: where the steps were when that place is free (another
 * state), else after the last step of those lanes (see pasteOffset). The copies are selected and
 * brought into view.
 */
export function pasteSteps(stateId: string): string[] {
  const project = useStore.getState().project
  const target = stateOf(stateId)
  if (!clip || !project || !target) return []
  const copies = preparePaste(project, clip, pasteOffset(target, clip.steps))
  if (copies.steps.length === 0) return []
  if (!useStore.getState().dispatch({ type: 'step.paste', stateId, ...copies })) return []
  const ids = copies.steps.map((s) => s.id)
  useStore.getState().select(stateId, ids)
  // After the canvas has drawn them (no canvas in tests without a DOM).
  globalThis.requestAnimationFrame?.(() => canvasOf(stateId)?.show(ids))
  return ids
}

/**
 * What a paste of `text` from the system clipboard means: the steps copied here when it is
 * their labels (or there is no text), else a list typed elsewhere (one step per line).
 */
export function pasteFromClipboard(stateId: string, text: string, selection: readonly string[]): string[] {
  if (clip && (!clip.onSystem || text.trim() === '' || text === clip.text)) return pasteSteps(stateId)
  return pasteLines(stateId, text, selection)
}

/**
 * A list from notes becomes a sequence of steps, connected in order: after the selected step
 * in its lane, else at the end of the first lane. One undo step.
 */
export function pasteLines(stateId: string, text: string, selection: readonly string[]): string[] {
  const state = stateOf(stateId)
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').trim())
    .filter(Boolean)
    .slice(0, 500)
  if (!state || lines.length === 0) return []
  const from = selection.length === 1 ? state.steps.find((s) => s.id === selection[0]) : undefined
  const lane = from ? (from.roleId ?? null) : (state.lanes[0] ?? null)
  let working = state
  let previous: Step | undefined = from
  const commands: Command[] = []
  const ids: string[] = []
  for (const line of lines) {
    const position = previous ? positionAfter(working, previous, 'task') : endOfLane(working, lane, 'task')
    const step = createStep({ label: line.slice(0, LIMITS.labelChars), ...(lane ? { roleId: lane } : {}), position })
    commands.push({ type: 'step.add', stateId, step })
    if (previous) commands.push({ type: 'flow.add', stateId, flow: createFlow(previous.id, step.id) })
    working = { ...working, steps: [...working.steps, step] }
    previous = step
    ids.push(step.id)
  }
  if (!useStore.getState().dispatchAll('Paste steps', commands)) return []
  useStore.getState().select(stateId, ids)
  return ids
}
