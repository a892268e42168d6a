import type { Flow } from '../model/types'
import { CommandError, assertUniqueId, defineCommand, findState, findStep } from './define'

export const flowAdd = defineCommand('flow.add', (p, a: { stateId: string; flow: Flow }) => {
  const state = findState(p, a.stateId)
  findStep(state, a.flow.from)
  findStep(state, a.flow.to)
  if (state.flows.some((f) => f.from === a.flow.from && f.to === a.flow.to)) throw new CommandError('these steps are already connected')
  assertUniqueId(p, a.flow.id)
  state.flows.push(a.flow)
})
