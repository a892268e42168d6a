import { CommandError, defineCommand } from './define'

export const roleRename = defineCommand('role.rename', (p, a: { roleId: string; name: string; color?: string }) => {
  const role = p.roles.find((r) => r.id === a.roleId)
  if (!role) throw new CommandError(`no role "${a.roleId}"`)
  const name = a.name.trim()
  if (!name) throw new CommandError('a role needs a name')
  role.name = name
  if (a.color !== undefined) role.color = a.color
})
