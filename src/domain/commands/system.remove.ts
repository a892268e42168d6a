import { CommandError, defineCommand } from './define'

/** Removes a system; steps stop using it and their records of it keep the data item without a system. */
export const systemRemove = defineCommand('system.remove', (p, a: { systemId: string }) => {
  const at = p.systems.findIndex((x) => x.id === a.systemId)
  if (at < 0) throw new CommandError(`no system "${a.systemId}"`)
  p.systems.splice(at, 1)
  for (const s of p.states) {
    for (const step of s.steps) {
      if (step.systemIds.includes(a.systemId)) step.systemIds = step.systemIds.filter((id) => id !== a.systemId)
      for (const r of step.records) if (r.systemId === a.systemId) delete r.systemId
    }
  }
})
