// What presentation mode steps through: an overview of the change, then every item of the change
// list, one at a time, in the list's order and words. Each slide also says what each of the two
// panes should show of it. Pure, so what the room sees is tested without rendering.
import type { DiffResult } from '../../domain/diff'
import type { PainType, Severity, WorkflowState } from '../../domain/model'
import type { PainPointReview } from '../../domain/review'
import { changeGroups, type ChangeTone } from '../compare/changeItems'
import { formatMinutes } from '../compare/MetricsStrip'

/** A role someone must tell: its name, and its id when the catalogue has one (for its colour). */
export interface AdaptingRole {
  name: string
  roleId: string | null
}

/**
 * What one pane shows of a slide: `spot` is highlighted (steps, or `ghost:<id>` for a removed step
 * drawn on the after side), `flows` are the flows highlighted, `frame` is what the view fits around
 * (the spotlit steps and their neighbours). An empty frame shows the whole map.
 */
export interface PaneFocus {
  spot: string[]
  flows: string[]
  frame: string[]
  /** Said on the pane when the item has no step of its own there. */
  note?: string
}

export interface SummaryFigure {
  label: string
  value: string
}

export interface SummarySlide {
  kind: 'summary'
  id: 'summary'
  figures: SummaryFigure[]
  adapt: AdaptingRole[]
  /** Roles of the after state that have not signed it off, or whose sign-off is stale. */
  signOffs?: { outstanding: string[]; stale: string[] }
}

/** The pain points of the before state that the after state leaves unchanged: what is still to decide. */
export interface PainSlide {
  kind: 'pains'
  id: 'pain-points'
  items: { id: string; text: string; on: string; type: PainType; severity: Severity; raisedBy: string | null }[]
  before: PaneFocus
  after: PaneFocus
}

/** What the review adds to the slides: the pain points as the after state treats them, and its sign-offs. */
export interface SlideReview {
  painPoints: readonly PainPointReview[]
  signOffs: { outstanding: string[]; stale: string[] } | null
}

export interface ChangeSlide {
  kind: 'change'
  /** The change list's id of the item (`step-added:…`, `handoff-removed:…`). */
  id: string
  /** "Steps", "Handoffs", "Duplicate documentation": the change list's group. */
  group: string
  tag: string
  tone: ChangeTone
  title: string
  detail?: string
  adapt: AdaptingRole[]
  before: PaneFocus
  after: PaneFocus
}

export type Slide = SummarySlide | ChangeSlide | PainSlide

const WHOLE: PaneFocus = { spot: [], flows: [], frame: [] }

/** The overview first, then each change of the list. */
export function buildSlides(diff: DiffResult, before: WorkflowState, after: WorkflowState, review?: SlideReview): Slide[] {
  const summary = summarySlide(diff)
  if (review?.signOffs && review.signOffs.outstanding.length + review.signOffs.stale.length > 0) summary.signOffs = review.signOffs
  const slides: Slide[] = [summary]
  // A handoff's own flow is ringed on the side where it is a handoff.
  const handoffFlows = new Map<string, { side: 'before' | 'after'; flowId: string }>()
  for (const h of diff.handoffs.added) handoffFlows.set(h.diffId, { side: 'after', flowId: h.flowId })
  for (const h of diff.handoffs.removed) handoffFlows.set(h.diffId, { side: 'before', flowId: h.flowId })
  const removed = new Set(diff.steps.removed.map((s) => s.id))
  const adaptOf = rolesOfItems(diff)
  for (const group of changeGroups(diff)) {
    for (const item of group.items) {
      const flow = handoffFlows.get(item.diffId)
      const spotBefore = [...(item.target.before ?? [])]
      let spotAfter = [...(item.target.after ?? [])]
      let afterNote: string | undefined
      // A removed step is still drawn on the after side, faintly, where it was.
      if (spotAfter.length === 0 && spotBefore.some((id) => removed.has(id))) {
        spotAfter = spotBefore.filter((id) => removed.has(id)).map((id) => `ghost:${id}`)
        afterNote = 'Gone: shown faintly where it was'
      }
      slides.push({
        kind: 'change',
        id: item.diffId,
        group: group.title,
        tag: item.tag,
        tone: item.tone,
        title: item.title,
        ...(item.detail ? { detail: item.detail } : {}),
        adapt: adaptOf.get(item.diffId) ?? [],
        before: paneFocus(before, after, spotBefore, spotAfter, flow?.side === 'before' ? [flow.flowId] : []),
        after: paneFocus(after, before, spotAfter, spotBefore, flow?.side === 'after' ? [flow.flowId] : [], afterNote),
      })
    }
  }
  const open = (review?.painPoints ?? []).filter((r) => r.status === 'not addressed')
  if (open.length > 0) slides.push(painSlide(open, before, after))
  return slides
}

function painSlide(open: readonly PainPointReview[], before: WorkflowState, after: WorkflowState): PainSlide {
  const spotBefore = open.flatMap((r) => (r.stepId ? [r.stepId] : []))
  const spotAfter = open.flatMap((r) => (r.afterStepId ? [r.afterStepId] : []))
  return {
    kind: 'pains',
    id: 'pain-points',
    items: open.map((r) => ({ id: r.comment.id, text: r.comment.text, on: r.on, type: r.comment.pain.type, severity: r.comment.pain.severity, raisedBy: r.raisedBy })),
    before: paneFocus(before, after, spotBefore, spotAfter, []),
    after: paneFocus(after, before, spotAfter, spotBefore, [], 'Still done this way'),
  }
}

const steps = (n: number) => (n === 1 ? 'step' : 'steps')

function summarySlide(diff: DiffResult): SummarySlide {
  const s = diff.summary
  const { before, after } = diff.metrics
  const reassigned = diff.steps.changed.filter((c) => c.reassigned).length
  const figures: SummaryFigure[] = [
    { label: `${steps(s.stepsAdded)} added`, value: String(s.stepsAdded) },
    { label: `${steps(s.stepsRemoved)} removed`, value: String(s.stepsRemoved) },
    { label: `${steps(s.stepsChanged)} changed`, value: String(s.stepsChanged) },
    { label: `${steps(reassigned)} reassigned`, value: String(reassigned) },
    { label: `handoffs (${s.handoffsAdded} gained, ${s.handoffsRemoved} lost)`, value: `${s.handoffsBefore} → ${s.handoffsAfter}` },
    { label: 'documented twice', value: `${s.duplicatesBefore} → ${s.duplicatesAfter}` },
  ]
  if (before.leadTimeMinutes !== after.leadTimeMinutes) figures.push({ label: 'lead time', value: `${formatMinutes(before.leadTimeMinutes)} → ${formatMinutes(after.leadTimeMinutes)}` })
  return { kind: 'summary', id: 'summary', figures, adapt: diff.roles.map((r) => ({ name: r.role, roleId: r.roleId })) }
}

/** Who must adapt for each item: the roles whose work it touches, as "who must adapt" names them. */
function rolesOfItems(diff: DiffResult): Map<string, AdaptingRole[]> {
  const map = new Map<string, AdaptingRole[]>()
  const put = (id: string, roles: { role: string | null; roleId?: string | null }[]) => {
    const seen = new Map<string, AdaptingRole>()
    for (const r of roles) {
      const name = r.role ?? 'no role'
      if (!seen.has(name)) seen.set(name, { name, roleId: r.roleId ?? null })
    }
    map.set(id, [...seen.values()])
  }
  for (const s of [...diff.steps.added, ...diff.steps.removed]) put(s.diffId, [s])
  for (const c of diff.steps.changed) put(c.diffId, c.reassigned ? [c.before, c.after] : [c.after])
  for (const h of [...diff.handoffs.added, ...diff.handoffs.removed]) put(h.diffId, [h.from, h.to])
  const { introduced, resolved, persisting } = diff.duplicates
  for (const d of [...introduced, ...resolved, ...persisting]) put(d.diffId, d.records)
  return map
}

/**
 * What a pane shows: its spotlit steps with their neighbours along the flows. Where the item has
 * no step on this side (a step added on the other), the pane frames where it would be: the steps
 * here of the same lineage as the other side's steps and their neighbours.
 */
function paneFocus(state: WorkflowState, other: WorkflowState, spot: string[], otherSpot: string[], flows: string[], note?: string): PaneFocus {
  if (spot.length === 0 && otherSpot.length === 0) return WHOLE
  const own = spot.filter((id) => !id.startsWith('ghost:'))
  if (spot.length > 0) {
    // A ghost's neighbours are those of the removed step, on the other side: framed here by lineage.
    const ghosts = spot.filter((id) => id.startsWith('ghost:')).map((id) => id.slice('ghost:'.length))
    const frame = new Set([...spot, ...neighbours(state, own), ...sameLineage(state, other, neighbours(other, ghosts))])
    return { spot, flows, frame: [...frame], ...(note ? { note } : {}) }
  }
  const around = sameLineage(state, other, [...otherSpot, ...neighbours(other, otherSpot)])
  return { spot: [], flows, frame: around, note: 'Not in this state' }
}

/** Steps joined by a flow to any of `ids`, in `state`. */
function neighbours(state: WorkflowState, ids: readonly string[]): string[] {
  const set = new Set(ids)
  const out = new Set<string>()
  for (const f of state.flows) {
    if (set.has(f.from)) out.add(f.to)
    if (set.has(f.to)) out.add(f.from)
  }
  return [...out]
}

/** The steps of `state` that share a lineage with steps `ids` of `other`. */
function sameLineage(state: WorkflowState, other: WorkflowState, ids: readonly string[]): string[] {
  const set = new Set(ids)
  const lineages = new Set(other.steps.filter((s) => set.has(s.id)).map((s) => s.lineage))
  return state.steps.filter((s) => lineages.has(s.lineage)).map((s) => s.id)
}

/** "3 of 17" for a change, "Overview" for the summary: the change slides are what is counted. */
export function counterText(slides: readonly Slide[], index: number): string {
  const changes = slides.filter((s) => s.kind === 'change').length
  const slide = slides[index]
  if (!slide || slide.kind === 'summary') return `Overview · ${changes} ${changes === 1 ? 'change' : 'changes'}`
  if (slide.kind === 'pains') return `${slide.items.length} pain ${slide.items.length === 1 ? 'point' : 'points'} not addressed`
  const position = slides.slice(0, index + 1).filter((s) => s.kind === 'change').length
  return `${position} of ${changes}`
}
