import { CommandError, defineCommand, findState } from './define'

/** Moves a state to `index` in the project's order (the order of the panes and of the plan's phases). */
export const stateReorder = defineCommand('state.reorder', (p, a: { stateId: string; index: number }) => {
  const state = findState(p, a.stateId)
  if (!Number.isInteger(a.index)) throw new CommandError('a place in the order must be a whole number')
  const from = p.states.indexOf(state)
  const to = Math.max(0, Math.min(a.index, p.states.length - 1))
  if (to === from) return
  p.states.splice(from, 1)
  p.states.splice(to, 0, state)
})
