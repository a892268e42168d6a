import type { DataItem } from '../model/types'
import { CommandError, defineCommand } from './define'

export const dataItemAdd = defineCommand('dataItem.add', (p, a: { dataItem: DataItem }) => {
  if (p.dataItems.some((x) => x.id === a.dataItem.id)) throw new CommandError(`data item "${a.dataItem.id}" exists already`)
  if (!a.dataItem.name.trim()) throw new CommandError('a data item needs a name')
  p.dataItems.push({ ...a.dataItem, name: a.dataItem.name.trim() })
})
