// Every user action, in the order the shortcut list shows them. When two actions share a key
// (Enter adds the next step with a step selected, the first step without), the first whose
// `when` holds wins.
import { showShortcuts } from './helpActions'
import { redo, undo } from './historyActions'
import { copy, cut, duplicate, paste, selectAbove, selectAll, selectBelow, selectFirst, selectNext, selectNone, selectPrevious } from './selectActions'
import { addNextStep, addStepAction, deleteSteps, editLabel, finishLabel, kindActions, nextLane, previousLane } from './stepActions'
import type { Action } from './types'
import { presentAction } from '../present/presentAction'
import { addLaneAction, connectTo, maximisePane, tidyUp, toggleOutline, zoomToFit } from './viewActions'

export const ACTIONS: readonly Action[] = [
  undo,
  redo,
  addNextStep,
  addStepAction,
  nextLane,
  previousLane,
  addLaneAction,
  finishLabel,
  editLabel,
  deleteSteps,
  connectTo,
  ...kindActions,
  selectNext,
  selectPrevious,
  selectAbove,
  selectBelow,
  selectFirst,
  selectAll,
  selectNone,
  copy,
  cut,
  paste,
  duplicate,
  zoomToFit,
  tidyUp,
  toggleOutline,
  maximisePane,
  presentAction,
  showShortcuts,
]

const BY_ID = new Map(ACTIONS.map((a) => [a.id, a]))

export function actionById(id: string): Action {
  const action = BY_ID.get(id)
  if (!action) throw new Error(`no action "${id}"`)
  return action
}
