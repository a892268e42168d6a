import { CommandError, defineCommand } from './define'

export const systemRename = defineCommand('system.rename', (p, a: { systemId: string; name: string }) => {
  const system = p.systems.find((x) => x.id === a.systemId)
  if (!system) throw new CommandError(`no system "${a.systemId}"`)
  if (!a.name.trim()) throw new CommandError('a system needs a name')
  system.name = a.name.trim()
})
