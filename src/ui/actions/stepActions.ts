// Capture and step editing actions: what Enter, Tab, Delete and typing do.
import type { StepKind } from '../../domain/model'
import { addStep, addStepAfter, moveToAdjacentLane, removeSteps, setKind, startEditing, stopEditing } from './edits'
import { defineAction, type ActionContext } from './types'

const one = (ctx: ActionContext) => ctx.stateId !== null && ctx.selection.length === 1
const some = (ctx: ActionContext) => ctx.stateId !== null && ctx.selection.length > 0
const editingHere = (ctx: ActionContext) => {
  const e = ctx.store().editing
  return e !== null && e.stateId === ctx.stateId
}

export const addNextStep = defineAction({
  id: 'step.addNext',
  label: 'Add next step',
  group: 'Capture',
  shortcuts: [{ keys: 'enter', on: ['canvas', 'label', 'outline'] }],
  when: one,
  perform: (ctx) => void addStepAfter(ctx.stateId!, ctx.selection[0]!),
})

export const addStepAction = defineAction({
  id: 'step.add',
  label: 'Add step',
  group: 'Capture',
  // With nothing selected, Enter on the canvas starts the first step.
  shortcuts: [{ keys: 'enter', on: ['canvas'] }],
  when: (ctx) => ctx.stateId !== null,
  perform: (ctx) => void addStep(ctx.stateId!, ctx.selection),
})

export const nextLane = defineAction({
  id: 'step.nextLane',
  label: 'Move to next lane',
  group: 'Capture',
  shortcuts: [
    { keys: 'tab', on: ['label'] },
    { keys: 'alt+arrowdown', on: ['canvas', 'label', 'outline'] },
  ],
  when: one,
  perform: (ctx) => void moveToAdjacentLane(ctx.stateId!, ctx.selection[0]!, 1),
})

export const previousLane = defineAction({
  id: 'step.previousLane',
  label: 'Move to previous lane',
  group: 'Capture',
  shortcuts: [
    { keys: 'shift+tab', on: ['label'] },
    { keys: 'alt+arrowup', on: ['canvas', 'label', 'outline'] },
  ],
  when: one,
  perform: (ctx) => void moveToAdjacentLane(ctx.stateId!, ctx.selection[0]!, -1),
})

export const editLabel = defineAction({
  id: 'step.editLabel',
  label: 'Edit label',
  group: 'Steps',
  shortcuts: [{ keys: 'f2', on: ['canvas'] }],
  when: one,
  perform: (ctx) => startEditing(ctx.stateId!, ctx.selection[0]!, 'append'),
})

export const finishLabel = defineAction({
  id: 'step.finishLabel',
  label: 'Finish typing',
  group: 'Capture',
  shortcuts: [{ keys: 'escape', on: ['label'] }],
  when: editingHere,
  perform: () => stopEditing(),
})

export const deleteSteps = defineAction({
  id: 'step.delete',
  label: 'Delete',
  group: 'Steps',
  shortcuts: [
    { keys: 'delete', on: ['canvas'] },
    { keys: 'backspace', on: ['canvas'] },
  ],
  when: some,
  perform: (ctx) => void removeSteps(ctx.stateId!, ctx.selection),
})

const KIND_NAMES: Record<StepKind, string> = {
  start: 'a start',
  task: 'a task',
  decision: 'a decision',
  wait: 'a wait',
  subprocess: 'a subprocess',
  end: 'an end',
}
const KIND_KEYS: StepKind[] = ['task', 'decision', 'wait', 'subprocess', 'start', 'end']

/** Alt+1 … Alt+6 turn the selected steps into a task, decision, wait, subprocess, start or end. */
export const kindActions = KIND_KEYS.map((kind, i) =>
  defineAction({
    id: `step.kind.${kind}`,
    label: `Make it ${KIND_NAMES[kind]}`,
    group: 'Steps',
    shortcuts: [{ keys: `alt+${i + 1}`, on: ['canvas', 'label', 'outline'] }],
    when: some,
    perform: (ctx) => void setKind(ctx.stateId!, ctx.selection, kind),
  }),
)
