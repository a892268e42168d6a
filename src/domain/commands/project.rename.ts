import { CommandError, defineCommand } from './define'

export const projectRename = defineCommand('project.rename', (p, a: { name: string }) => {
  const name = a.name.trim()
  if (!name) throw new CommandError('a project needs a name')
  p.name = name
})
