import { CommandError, defineCommand, findState } from './define'

export const stateRename = defineCommand('state.rename', (p, a: { stateId: string; name: string }) => {
  const name = a.name.trim()
  if (!name) throw new CommandError('a state needs a name')
  findState(p, a.stateId).name = name
})
