import { CommandError, defineCommand } from './define'

/** Removes a data item and every record of it. */
export const dataItemRemove = defineCommand('dataItem.remove', (p, a: { dataItemId: string }) => {
  const at = p.dataItems.findIndex((x) => x.id === a.dataItemId)
  if (at < 0) throw new CommandError(`no data item "${a.dataItemId}"`)
  p.dataItems.splice(at, 1)
  for (const s of p.states) {
    for (const step of s.steps) {
      if (step.records.some((r) => r.dataItemId === a.dataItemId)) step.records = step.records.filter((r) => r.dataItemId !== a.dataItemId)
    }
  }
})
