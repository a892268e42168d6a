// The diff drawn on the canvases: what each pane's steps and flows show. Pure functions of the
// diff result, so they are tested without a canvas; the cache keeps an overlay object the same
// object while what it shows is the same, so the canvas re-renders only the steps that changed.
import type { DiffResult, Duplicate, StepField } from '../../domain/diff'
import type { Step, WorkflowState } from '../../domain/model'
import type { CanvasOverlay, FlowOverlay, StepOverlay } from '../canvas/overlay'

/** How the diff names a changed field to people. */
export const FIELD_NAMES: Record<StepField, string> = {
  label: 'label',
  role: 'role',
  kind: 'kind',
  systems: 'systems',
  records: 'documentation',
  touchMinutes: 'touch time',
  waitMinutes: 'wait time',
}

export const fieldList = (fields: readonly StepField[]): string => fields.map((f) => FIELD_NAMES[f]).join(', ')

/** Which side of a diff a pane shows: "before", "after", or a third state (its duplicates only). */
export type PaneSide = 'before' | 'after' | 'other'

type Badge = NonNullable<StepOverlay['badges']>[number]

export class OverlayCache {
  private steps = new Map<string, { key: string; overlay: StepOverlay }>()
  private flows = new Map<string, { key: string; overlay: FlowOverlay }>()

  step(id: string, overlay: StepOverlay): StepOverlay {
    const key = JSON.stringify(overlay)
    const prior = this.steps.get(id)
    if (prior && prior.key === key) return prior.overlay
    this.steps.set(id, { key, overlay })
    return overlay
  }

  flow(id: string, overlay: FlowOverlay): FlowOverlay {
    const key = JSON.stringify(overlay)
    const prior = this.flows.get(id)
    if (prior && prior.key === key) return prior.overlay
    this.flows.set(id, { key, overlay })
    return overlay
  }
}

/**
 * The overlay of one pane. `diff` compares "before" with the pane's state (side 'after' or
 * 'other') or the pane's state with "after" (side 'before'). `beforeState` gives the removed
 * steps their shape and place, drawn as ghosts on the after side.
 */
export function paneOverlay(diff: DiffResult, side: PaneSide, beforeState: WorkflowState | undefined, cache = new OverlayCache()): CanvasOverlay {
  const marks = new Map<string, { status?: StepOverlay['status']; badges: Badge[] }>()
  const mark = (id: string) => {
    let m = marks.get(id)
    if (!m) marks.set(id, (m = { badges: [] }))
    return m
  }
  const flows = new Map<string, FlowOverlay>()

  if (side === 'after') {
    for (const s of diff.steps.added) Object.assign(mark(s.id), { status: 'added' }).badges.push({ text: 'New', title: `New step: ${s.label || 'untitled'}`, tone: 'info' })
    for (const c of diff.steps.changed) changedMarks(mark(c.after.id), c.fields, c.reassigned)
    for (const h of diff.handoffs.added) {
      flows.set(h.flowId, cache.flow(h.flowId, { status: 'added', className: 'compare-handoff', marker: 'New handoff', note: `New handoff: ${h.from.role ?? 'no role'} → ${h.to.role ?? 'no role'}` }))
    }
  } else if (side === 'before') {
    for (const s of diff.steps.removed) Object.assign(mark(s.id), { status: 'removed' }).badges.push({ text: 'Removed', title: `Removed in ${diff.after.name}`, tone: 'warning' })
    for (const c of diff.steps.changed) changedMarks(mark(c.before.id), c.fields, c.reassigned)
    for (const h of diff.handoffs.removed) {
      flows.set(h.flowId, cache.flow(h.flowId, { status: 'removed', className: 'compare-handoff', marker: 'Handoff removed', note: `Handoff removed: ${h.from.role ?? 'no role'} → ${h.to.role ?? 'no role'}` }))
    }
  }

  const duplicates = side === 'before' ? diff.duplicates.before : diff.duplicates.after
  for (const d of duplicates) for (const stepId of new Set(d.records.map((r) => r.stepId))) mark(stepId).badges.push(duplicateBadge(d))

  const steps = new Map<string, StepOverlay>()
  for (const [id, m] of marks) {
    const overlay: StepOverlay = { ...(m.status ? { status: m.status } : {}), badges: m.badges }
    steps.set(id, cache.step(id, overlay))
  }
  const result: CanvasOverlay = { steps, flows }
  if (side === 'after' && beforeState && diff.steps.removed.length > 0) {
    const removed = new Set(diff.steps.removed.map((s) => s.id))
    const ghosts: Step[] = beforeState.steps.filter((s) => removed.has(s.id))
    return { ...result, ghosts }
  }
  return result
}

function changedMarks(m: { status?: StepOverlay['status']; badges: Badge[] }, fields: readonly StepField[], reassigned: { from: string | null; to: string | null } | undefined): void {
  m.status = 'changed'
  m.badges.push({ text: 'Changed', title: `Changed: ${fieldList(fields)}`, tone: 'info' })
  if (reassigned) {
    const text = `${reassigned.from ?? 'no role'} → ${reassigned.to ?? 'no role'}`
    m.badges.push({ text, title: `Reassigned: ${text}`, tone: 'info' })
  }
}

function duplicateBadge(d: Duplicate): Badge {
  const where = d.systems.map((s) => s ?? 'no system').join(', ')
  return { text: `Twice: ${d.item}`, title: `Documented twice: ${d.item} (${d.records.length} records by hand, in ${where})`, tone: 'warning' }
}
