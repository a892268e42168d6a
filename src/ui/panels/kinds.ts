import type { StepKind, ValueClass } from '../../domain/model'

export const KIND_LABELS: Record<StepKind, string> = {
  task: 'Task',
  decision: 'Decision',
  wait: 'Wait',
  subprocess: 'Subprocess',
  start: 'Start',
  end: 'End',
}

export const VALUE_LABELS: Record<ValueClass, string> = {
  'value-add': 'Adds value',
  necessary: 'Necessary',
  waste: 'Waste',
}
