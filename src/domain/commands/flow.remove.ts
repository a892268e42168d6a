import { CommandError, defineCommand, findState, without } from './define'
import { dropOrphanedComments } from './reviewCleanup'

export const flowRemove = defineCommand('flow.remove', (p, a: { stateId: string; flowIds: string[] }) => {
  const state = findState(p, a.stateId)
  const gone = new Set(a.flowIds)
  const missing = a.flowIds.find((id) => !state.flows.some((f) => f.id === id))
  if (missing) throw new CommandError(`no flow "${missing}" in ${state.name}`)
  state.flows = without(state.flows, (f) => gone.has(f.id))
  dropOrphanedComments(p, a.stateId)
})
