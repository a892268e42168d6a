import { LIMITS } from '../model/limits'
import { CommandError, defineCommand, findState } from './define'

/** Names the branch a flow stands for ("yes", "tray incomplete"); an empty label clears it. */
export const flowLabel = defineCommand('flow.label', (p, a: { stateId: string; flowId: string; label: string }) => {
  const state = findState(p, a.stateId)
  const flow = state.flows.find((f) => f.id === a.flowId)
  if (!flow) throw new CommandError(`no flow "${a.flowId}" in ${state.name}`)
  if (a.label.length > LIMITS.labelChars) throw new CommandError(`a label holds at most ${LIMITS.labelChars} characters`)
  if (a.label.trim() === '') delete flow.label
  else flow.label = a.label
})
