// The diff as the image draws it on one state: which steps are added, changed or removed, which
// flows gained or lost a handoff, where data is documented twice, and the removed steps drawn as
// ghosts on the after side. Pure function of the diff result, like the canvas's overlay.
import type { ChangedStep, DiffResult, Duplicate, StepField } from '../../domain/diff/types'
import type { Step, WorkflowState } from '../../domain/model/types'
import type { BadgeTone } from './theme'

export interface Badge {
  text: string
  tone: BadgeTone
  /** The whole story, for the tooltip (badges are cut to fit). */
  title?: string
  /** Never cut: who the step moved between. */
  wide?: boolean
  /** For "Changed": the fields, so the image can list as many as fit ("Changed: label, systems +2"). */
  fields?: string[]
}

export interface StepMark {
  status?: 'added' | 'changed' | 'removed'
  badges: Badge[]
}

export interface FlowMark {
  status: 'added' | 'removed'
  note: string
}

export interface StateOverlay {
  steps: Map<string, StepMark>
  flows: Map<string, FlowMark>
  /** Removed steps of the before state, drawn faintly where they were. */
  ghosts: Step[]
}

/** Which side of the compared pair a pane shows; 'other' is a third state (its duplicates only). */
export type Side = 'before' | 'after' | 'other'

const FIELD_WORDS: Record<StepField, string> = {
  label: 'label',
  role: 'role',
  kind: 'kind',
  systems: 'systems',
  records: 'documentation',
  touchMinutes: 'touch time',
  waitMinutes: 'wait time',
}

const role = (name: string | null): string => name ?? 'no role'

/**
 * `diff` compares the before state with the pane's state (side 'after' or 'other'); for side
 * 'before' it is the pair's diff. `beforeState` gives ghosts their shape and place.
 */
export function diffOverlay(diff: DiffResult, side: Side, beforeState?: WorkflowState): StateOverlay {
  const steps = new Map<string, StepMark>()
  const flows = new Map<string, FlowMark>()
  const mark = (id: string): StepMark => {
    let m = steps.get(id)
    if (!m) steps.set(id, (m = { badges: [] }))
    return m
  }
  let ghosts: Step[] = []

  if (side === 'after') {
    for (const s of diff.steps.added) {
      const m = mark(s.id)
      m.status = 'added'
      m.badges.push({ text: 'New', tone: 'added', title: `New step: ${s.label || 'untitled'}` })
    }
    for (const c of diff.steps.changed) changed(mark(c.after.id), c)
    for (const h of diff.handoffs.added) flows.set(h.flowId, { status: 'added', note: `New handoff: ${role(h.from.role)} → ${role(h.to.role)}` })
    if (beforeState && diff.steps.removed.length > 0) {
      const removed = new Set(diff.steps.removed.map((s) => s.id))
      ghosts = beforeState.steps.filter((s) => removed.has(s.id))
    }
  } else if (side === 'before') {
    for (const s of diff.steps.removed) {
      const m = mark(s.id)
      m.status = 'removed'
      m.badges.push({ text: 'Removed', tone: 'removed', title: `Removed in ${diff.after.name}` })
    }
    for (const c of diff.steps.changed) changed(mark(c.before.id), c)
    for (const h of diff.handoffs.removed) flows.set(h.flowId, { status: 'removed', note: `Handoff removed: ${role(h.from.role)} → ${role(h.to.role)}` })
  }

  const duplicates = side === 'before' ? diff.duplicates.before : diff.duplicates.after
  for (const d of duplicates) for (const stepId of new Set(d.records.map((r) => r.stepId))) mark(stepId).badges.push(duplicateBadge(d))
  return { steps, flows, ghosts }
}

function changed(m: StepMark, c: ChangedStep): void {
  m.status = 'changed'
  const fields = c.fields.filter((f) => f !== 'role' || !c.reassigned)
  if (fields.length > 0) {
    const words = fields.map((f) => FIELD_WORDS[f])
    m.badges.push({ text: `Changed: ${words.join(', ')}`, tone: 'changed', title: `Changed: ${words.join(', ')}`, fields: words })
  }
  if (c.reassigned) {
    const text = `${role(c.reassigned.from)} → ${role(c.reassigned.to)}`
    m.badges.push({ text, tone: 'changed', title: `Reassigned: ${text}`, wide: true })
  }
}

function duplicateBadge(d: Duplicate): Badge {
  const where = d.systems.map((s) => s ?? 'no system').join(', ')
  return { text: `Twice: ${d.item}`, tone: 'duplicate', title: `Documented twice: ${d.item} (${d.records.length} records by hand, in ${where})` }
}
