// Role-based training: per role with impact in a phase, one task that lists exactly the steps and
// handoffs that change for that role. Training is a capability program, not an event, so each
// task names scenario training, a super user and reinforcement after go-live.
import type { ChangedStep, DiffResult, Handoff, RoleImpact, StepField, StepRef } from '../diff/types'
import { DEFAULT_DURATIONS, trainingMinutes, type Durations } from './durations'
import type { Segment, TaskDraft } from './segment'
import { byName, roleLabel, slug, stepLabel, unique } from './text'
import { append } from '../arrays'

/** A changed step's fields as the plan and the review say them. */
export const FIELD_WORDS: Record<StepField, string> = {
  label: 'name',
  role: 'role',
  kind: 'kind',
  systems: 'systems',
  records: 'what it documents',
  touchMinutes: 'touch time',
  waitMinutes: 'wait time',
}

export function trainingTasks(seg: Segment, durations: Durations = DEFAULT_DURATIONS): TaskDraft[] {
  return [...seg.diff.roles].sort(byName((r) => r.role)).flatMap((impact) => {
    const task = trainingTask(seg, impact, durations)
    return task ? [task] : []
  })
}

function trainingTask(seg: Segment, impact: RoleImpact, durations: Durations): TaskDraft | null {
  const { details, diffIds } = roleChanges(seg.diff, impact)
  if (details.length === 0) return null

  const role = impact.role
  const key = impact.roleId ?? slug(role)
  return {
    id: `training:${seg.after.id}:${key}`,
    phaseId: seg.phaseId,
    type: 'training',
    name: `Train ${role}: ${seg.after.name}`,
    role,
    description:
      `Role-based training for ${role} before the go-live of ${seg.after.name}: scenario training on the ` +
      `${details.length === 1 ? 'change' : `${details.length} changes`} below, a super user in the team, a quick-reference card, ` +
      `and reinforcement in the weeks after go-live.`,
    details,
    durationMinutes: trainingMinutes(details.length, durations),
    milestone: false,
    diffIds,
  }
}

/**
 * What changes for one role, one plain-text line per step or handoff, in the order people learn
 * it: new and taken-over work first, then what changes, what goes away, and the handoffs.
 */
export function roleChanges(diff: DiffResult, impact: RoleImpact): { details: string[]; diffIds: string[] } {
  const details: string[] = []
  const diffIds: string[] = [impact.diffId]
  const { changedByStep, addedById, removedById } = diffIndex(diff)

  for (const s of impact.stepsAdded) {
    details.push(`New step: ${stepLabel(s)}`)
    append(diffIds, addedById.get(s.id) ?? [])
  }
  for (const s of impact.reassignedIn) {
    const change = changedByStep.get(s.id)
    const from = change?.reassigned?.from ?? change?.before.role ?? null
    details.push(`Takes over from ${roleLabel(from)}: ${changedLabel(s, change)}`)
    if (change) diffIds.push(change.diffId)
  }
  const reassigned = new Set([...impact.reassignedIn, ...impact.reassignedOut].map((s) => s.id))
  for (const s of impact.stepsChanged) {
    if (reassigned.has(s.id)) continue
    const change = changedByStep.get(s.id)
    details.push(`Changed: ${changedLabel(s, change)}${fieldsNote(change)}`)
    if (change) diffIds.push(change.diffId)
  }
  for (const s of impact.reassignedOut) {
    const change = changedByStep.get(s.id)
    const to = change?.reassigned?.to ?? change?.after.role ?? null
    details.push(`Hands over to ${roleLabel(to)}: ${changedLabel(s, change)}`)
    if (change) diffIds.push(change.diffId)
  }
  for (const s of impact.stepsRemoved) {
    details.push(`No longer done: ${stepLabel(s)}`)
    append(diffIds, removedById.get(s.id) ?? [])
  }
  for (const h of impact.handoffsGained) {
    details.push(`New handoff: ${handoffText(h)}`)
    diffIds.push(h.diffId)
  }
  for (const h of impact.handoffsLost) {
    details.push(`Handoff that ends: ${handoffText(h)}`)
    diffIds.push(h.diffId)
  }
  return { details, diffIds: unique(diffIds) }
}

export function handoffText(h: Handoff): string {
  return `${stepLabel(h.from)} (${roleLabel(h.from.role)}) to ${stepLabel(h.to)} (${roleLabel(h.to.role)})`
}

interface DiffIndex {
  changedByStep: Map<string, ChangedStep>
  addedById: Map<string, string[]>
  removedById: Map<string, string[]>
}

// Built once per diff and kept while the diff lives: roleChanges runs once per role, and looking
// each step up in the lists instead made a plan of 20,000 new steps take minutes.
const indexes = new WeakMap<DiffResult, DiffIndex>()

function diffIndex(diff: DiffResult): DiffIndex {
  const known = indexes.get(diff)
  if (known) return known
  const changedByStep = new Map<string, ChangedStep>()
  for (const c of diff.steps.changed) {
    changedByStep.set(c.after.id, c)
    if (!changedByStep.has(c.before.id)) changedByStep.set(c.before.id, c)
  }
  const byId = (list: readonly { id: string; diffId: string }[]) => {
    const m = new Map<string, string[]>()
    for (const x of list) {
      const ids = m.get(x.id)
      if (ids) ids.push(x.diffId)
      else m.set(x.id, [x.diffId])
    }
    return m
  }
  const index = { changedByStep, addedById: byId(diff.steps.added), removedById: byId(diff.steps.removed) }
  indexes.set(diff, index)
  return index
}

function changedLabel(s: StepRef, change: ChangedStep | undefined): string {
  if (change && change.fields.includes('label') && stepLabel(change.before) !== stepLabel(change.after)) {
    return `${stepLabel(change.before)}, now ${stepLabel(change.after)}`
  }
  return stepLabel(s)
}

function fieldsNote(change: ChangedStep | undefined): string {
  const fields = (change?.fields ?? []).filter((f) => f !== 'label' && f !== 'role')
  return fields.length === 0 ? '' : ` (${fields.map((f) => FIELD_WORDS[f]).join(', ')})`
}
