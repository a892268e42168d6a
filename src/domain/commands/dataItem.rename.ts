import { CommandError, defineCommand } from './define'

export const dataItemRename = defineCommand('dataItem.rename', (p, a: { dataItemId: string; name: string }) => {
  const item = p.dataItems.find((x) => x.id === a.dataItemId)
  if (!item) throw new CommandError(`no data item "${a.dataItemId}"`)
  if (!a.name.trim()) throw new CommandError('a data item needs a name')
  item.name = a.name.trim()
})
