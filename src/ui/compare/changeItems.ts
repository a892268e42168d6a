// The diff as the change list reads it: groups of items, each with words for people and the
// steps it points at on both sides. Pure, so what the list says is tested without rendering.
import type { DiffResult, Duplicate, Handoff, MatchedBy, StepRef } from '../../domain/diff'
import { fieldList } from './overlays'
import type { ChangeTarget } from './selectInPanes'

/** Added, removed and changed say what happened; worse and better judge duplicate documentation. */
export type ChangeTone = 'added' | 'removed' | 'changed' | 'worse' | 'better' | 'neutral'

export interface ChangeItem {
  diffId: string
  /** A short word: "Added", "Removed", "Reassigned", "New handoff", "Introduced" … */
  tag: string
  tone: ChangeTone
  title: string
  detail?: string
  target: ChangeTarget
  /** A step the matcher could not pair: it can be linked by hand to one of `candidates`. */
  link?: { side: 'before' | 'after'; stepId: string; candidates: StepRef[] }
  /** A matched pair that can be kept apart by hand; `by` says why the matcher paired them. */
  unlink?: { beforeStepId: string; afterStepId: string; by: MatchedBy; score: number }
}

export interface ChangeGroup {
  id: 'steps' | 'handoffs' | 'duplicates'
  title: string
  items: ChangeItem[]
  /** What the group says when it has nothing. */
  empty: string
}

const roleName = (r: string | null) => r ?? 'no role'
const labelOf = (s: StepRef) => s.label || 'Untitled step'

/** Before step id → after step id and back, from the matches. */
export class Counterparts {
  private readonly afterOf = new Map<string, string>()
  private readonly beforeOf = new Map<string, string>()
  constructor(diff: DiffResult) {
    for (const m of diff.matches) {
      this.afterOf.set(m.before, m.after)
      this.beforeOf.set(m.after, m.before)
    }
  }
  /** The steps on both sides for steps named on one side. */
  target(side: 'before' | 'after', ids: readonly string[]): ChangeTarget {
    const other = side === 'before' ? this.afterOf : this.beforeOf
    const mapped = ids.map((id) => other.get(id)).filter((id): id is string => id !== undefined)
    return side === 'before' ? { before: [...ids], after: mapped } : { before: mapped, after: [...ids] }
  }
}

export function changeGroups(diff: DiffResult): ChangeGroup[] {
  const pairs = new Counterparts(diff)
  return [stepGroup(diff), handoffGroup(diff, pairs), duplicateGroup(diff, pairs)]
}

function stepGroup(diff: DiffResult): ChangeGroup {
  const byPair = new Map(diff.matches.map((m) => [`${m.before}>${m.after}`, m]))
  const items: ChangeItem[] = []
  for (const s of diff.steps.added) {
    items.push({
      diffId: s.diffId,
      tag: 'Added',
      tone: 'added',
      title: labelOf(s),
      detail: roleName(s.role),
      target: { after: [s.id] },
      ...(diff.steps.removed.length > 0 ? { link: { side: 'after', stepId: s.id, candidates: diff.steps.removed } } : {}),
    })
  }
  for (const s of diff.steps.removed) {
    items.push({
      diffId: s.diffId,
      tag: 'Removed',
      tone: 'removed',
      title: labelOf(s),
      detail: roleName(s.role),
      target: { before: [s.id] },
      ...(diff.steps.added.length > 0 ? { link: { side: 'before', stepId: s.id, candidates: diff.steps.added } } : {}),
    })
  }
  for (const c of diff.steps.changed) {
    const renamed = c.fields.includes('label') && c.before.label !== c.after.label
    const parts = [c.reassigned ? `${roleName(c.reassigned.from)} → ${roleName(c.reassigned.to)}` : null, `changed ${fieldList(c.fields)}`]
    const match = byPair.get(`${c.before.id}>${c.after.id}`)
    items.push({
      diffId: c.diffId,
      tag: c.reassigned ? 'Reassigned' : 'Changed',
      tone: 'changed',
      title: renamed ? `${labelOf(c.before)} → ${labelOf(c.after)}` : labelOf(c.after),
      detail: parts.filter(Boolean).join(' · '),
      target: { before: [c.before.id], after: [c.after.id] },
      unlink: { beforeStepId: c.before.id, afterStepId: c.after.id, by: match?.by ?? 'lineage', score: match?.score ?? 1 },
    })
  }
  return { id: 'steps', title: 'Steps', items, empty: 'No step added, removed or changed.' }
}

function handoffGroup(diff: DiffResult, pairs: Counterparts): ChangeGroup {
  const item = (h: Handoff, side: 'before' | 'after'): ChangeItem => ({
    diffId: h.diffId,
    tag: side === 'after' ? 'New handoff' : 'Handoff gone',
    tone: side === 'after' ? 'added' : 'removed',
    title: `${roleName(h.from.role)} → ${roleName(h.to.role)}`,
    detail: `${labelOf(h.from)} → ${labelOf(h.to)}`,
    target: pairs.target(side, [h.from.id, h.to.id]),
  })
  return {
    id: 'handoffs',
    title: 'Handoffs',
    items: [...diff.handoffs.added.map((h) => item(h, 'after')), ...diff.handoffs.removed.map((h) => item(h, 'before'))],
    empty: 'No handoff between roles gained or lost.',
  }
}

function duplicateGroup(diff: DiffResult, pairs: Counterparts): ChangeGroup {
  const item = (d: Duplicate, tag: string, tone: ChangeTone, side: 'before' | 'after'): ChangeItem => {
    const steps = [...new Set(d.records.map((r) => r.stepId))]
    const where = d.systems.map((s) => s ?? 'no system').join(', ')
    return {
      diffId: d.diffId,
      tag,
      tone,
      title: d.item,
      detail: `by hand ${d.records.length}× in ${where}`,
      target: pairs.target(side, steps),
    }
  }
  return {
    id: 'duplicates',
    title: 'Duplicate documentation',
    items: [
      ...diff.duplicates.introduced.map((d) => item(d, 'Introduced', 'worse', 'after')),
      ...diff.duplicates.resolved.map((d) => item(d, 'Resolved', 'better', 'before')),
      ...diff.duplicates.persisting.map((d) => item(d, 'Still twice', 'neutral', 'after')),
    ],
    empty: 'No data documented twice on either side.',
  }
}
