import type { System } from '../model/types'
import { CommandError, defineCommand } from './define'

export const systemAdd = defineCommand('system.add', (p, a: { system: System }) => {
  if (p.systems.some((x) => x.id === a.system.id)) throw new CommandError(`system "${a.system.id}" exists already`)
  if (!a.system.name.trim()) throw new CommandError('a system needs a name')
  p.systems.push({ ...a.system, name: a.system.name.trim() })
})
