// Copy and paste of steps, within a state, across states and across tabs. The clipboard lives in
// the page, and on the system clipboard as the labels (for notes) plus a payload of the whole
// steps (see clipboardPayload.ts): pasted steps are new work (new ids, their own lineage), made by
// preparePaste at paste time.
import { preparePaste, type Command, type StepClip } from '../../domain/commands'
import { clipText, createFlow, createStep, LIMITS, type Project, type Step } from '../../domain/model'
import { useStore } from '../../store'
import { canvasOf } from '../canvas/canvasRegistry'
import { endOfLane, pasteOffset, positionAfter } from '../canvas/placement'
import { adoptCatalogue, payloadInHtml, readStepsPayload, STEPS_MIME, stepsAsHtml, writeStepsPayload } from './clipboardPayload'
import { removeSteps, stateOf } from './edits'

/** `onSystem`: the labels reached the system clipboard, so a different text there is newer. */
let clip: (StepClip & { fromStateId: string; text: string; payload: string; onSystem: boolean }) | null = null

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
  const project = useStore.getState().project!
  const copied = { steps: structuredClone(steps), flows: structuredClone(flows), fromStateId: stateId, text, payload: writeStepsPayload(project, { steps, flows }), onSystem: false }
  clip = copied
  // The labels go to the system clipboard too, for notes and other tools, with the whole steps
  // in the HTML for another tab of flowstate; pasting them back here is recognised as these steps.
  void toSystemClipboard(copied.text, stepsAsHtml(steps.map((s) => s.label), copied.payload))
    .then(() => (copied.onSystem = true))
    .catch(() => {})
  return steps.length > 0
}

/** Through the asynchronous clipboard (a menu's Copy), as text and HTML where the browser can. */
async function toSystemClipboard(text: string, html: string): Promise<void> {
  const clipboard = globalThis.navigator?.clipboard
  if (!clipboard) throw new Error('no clipboard')
  if (typeof ClipboardItem === 'undefined' || !clipboard.write) return clipboard.writeText(text)
  const item = new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) })
  return clipboard.write([item])
}

/**
 * Puts the copied labels, and the whole steps (in the HTML and under their own type), on a copy or
 * cut event's clipboard (no permission needed there). Another tab of flowstate pastes the whole steps.
 */
export function writeClipTo(data: DataTransfer): void {
  if (!clip) return
  data.setData('text/plain', clip.text)
  data.setData('text/html', stepsAsHtml(clip.steps.map((s) => s.label), clip.payload))
  data.setData(STEPS_MIME, clip.payload)
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
  if (!clip || !project) return []
  return pasteClip(stateId, project, clip, [])
}

/**
 * Pastes `from` (already in `project`'s terms) after `before` (the catalogue entries it needs),
 * as one undo step.
 */
function pasteClip(stateId: string, project: Project, from: StepClip, before: Command[]): string[] {
  const target = stateOf(stateId)
  if (!target) return []
  const copies = preparePaste(project, from, pasteOffset(target, from.steps))
  if (copies.steps.length === 0) return []
  const paste: Command = { type: 'step.paste', stateId, ...copies }
  const done = before.length === 0 ? useStore.getState().dispatch(paste) : useStore.getState().dispatchAll('Paste steps', [...before, paste])
  if (!done) return []
  const ids = copies.steps.map((s) => s.id)
  useStore.getState().select(stateId, ids)
  // After the canvas has drawn them (no canvas in tests without a DOM).
  globalThis.requestAnimationFrame?.(() => canvasOf(stateId)?.show(ids))
  return ids
}

/** What a paste event offers: its plain text, its HTML, and flowstate's own type where the browser kept it. */
export interface ClipboardOffer {
  text: string
  html?: string
  steps?: string
}

/**
 * What a paste from the system clipboard means: whole steps copied in flowstate (in this tab or
 * another), with the roles, systems and data items they use; else the steps copied here when the
 * text is their labels (or there is no text); else a list typed elsewhere (one step per line).
 * Text that only looks like a payload is pasted as lines of text, never run or rendered.
 */
export function pasteFromClipboard(stateId: string, offer: ClipboardOffer, selection: readonly string[]): string[] {
  const { text } = offer
  const payload = readStepsPayload(offer.steps) ?? readStepsPayload(payloadInHtml(offer.html)) ?? readStepsPayload(text)
  const project = useStore.getState().project
  if (payload && project) {
    const adopted = adoptCatalogue(project, payload)
    return pasteClip(stateId, adopted.project, adopted.clip, adopted.commands)
  }
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
    const step = createStep({ label: clipText(line, LIMITS.labelChars), ...(lane ? { roleId: lane } : {}), position })
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
