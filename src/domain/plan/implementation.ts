// Implementation: every step added in a phase is work to set up before its go-live (procedure,
// system configuration, forms). Start and end events are not work, so they get no task.
import type { Step } from '../model/types'
import { DEFAULT_DURATIONS, type Durations } from './durations'
import type { Segment, TaskDraft } from './segment'
import { joinNames, stepLabel } from './text'

export function implementationTasks(seg: Segment, durations: Durations = DEFAULT_DURATIONS): TaskDraft[] {
  const stepsById = new Map(seg.after.steps.map((s) => [s.id, s]))
  const systemNames = new Map(seg.project.systems.map((s) => [s.id, s.name]))
  const itemNames = new Map(seg.project.dataItems.map((d) => [d.id, d.name]))
  return seg.diff.steps.added
    .filter((a) => a.kind !== 'start' && a.kind !== 'end')
    .map((added) => {
      const step = stepsById.get(added.id)
      const label = stepLabel(added)
      const who = added.role ? ` by ${added.role}` : ''
      const details = step ? stepDetails(step, systemNames, itemNames) : []
      return {
        id: `implementation:${seg.after.id}:${added.id}`,
        phaseId: seg.phaseId,
        type: 'implementation' as const,
        name: added.kind === 'decision' ? `Set up the decision: ${label}` : `Set up: ${label}`,
        role: added.role,
        description:
          `New ${added.kind === 'task' ? 'step' : added.kind} in ${seg.after.name}, done${who}. ` +
          `Write the procedure, configure what it uses and prepare the quick-reference before go-live.`,
        details,
        durationMinutes: durations.implementation,
        milestone: false,
        diffIds: [added.diffId],
      }
    })
}

function stepDetails(step: Step, systemNames: Map<string, string>, itemNames: Map<string, string>): string[] {
  const details: string[] = []
  const systems = step.systemIds.map((id) => systemNames.get(id) ?? id)
  if (systems.length > 0) details.push(`Uses: ${joinNames(systems)}`)
  for (const r of step.records) {
    const item = itemNames.get(r.dataItemId) ?? r.dataItemId
    const where = r.systemId ? ` in ${systemNames.get(r.systemId) ?? r.systemId}` : ''
    details.push(`Documents: ${item}${where} (${r.entry === 'automatic' ? 'automatic, by interface' : 'by hand'})`)
  }
  const minutes = [
    step.touchMinutes !== undefined ? `${step.touchMinutes} min touch time` : '',
    step.waitMinutes !== undefined ? `${step.waitMinutes} min wait` : '',
  ].filter(Boolean)
  if (minutes.length > 0) details.push(`Time: ${minutes.join(', ')}`)
  return details
}
