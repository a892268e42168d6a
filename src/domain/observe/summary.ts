// A group's counts and histograms as the report and the screen show them: per step and flow,
// observed beside planned; deviations in the map's words, most frequent first.
import type { Project, WorkflowState } from '../model/types'
import type { Deviation } from './deviations'
import { plannedPath } from './planned'
import type { DeviationSummary, SegmentSummary } from './result'
import type { SegmentStats } from './segments'
import { spread, tenth } from './sketch'

export interface SummaryContext {
  project: Project
  state: WorkflowState
  stateIndex: number
  roleOfStep: (string | null)[]
  plannedLeadTime: number
  plannedHandoffs: number
  stepLabel: Map<string, string>
}

export function summaryContext(project: Project, stateIndex: number): SummaryContext {
  const state = project.states[stateIndex]!
  const planned = plannedPath(state)
  const stepLabel = new Map<string, string>()
  for (const s of project.states) for (const step of s.steps) stepLabel.set(step.id, step.label)
  return {
    project,
    state,
    stateIndex,
    roleOfStep: state.steps.map((s) => s.roleId ?? null),
    plannedLeadTime: planned.leadTimeMinutes,
    plannedHandoffs: planned.handoffs,
    stepLabel,
  }
}

const quote = (label: string | undefined): string => `"${(label ?? '?').replace(/\s+/g, ' ').trim()}"`

/** A deviation in the map's words. */
export function deviationText(d: Deviation, ctx: SummaryContext): string {
  const step = quote(d.stepId ? ctx.stepLabel.get(d.stepId) : undefined)
  switch (d.kind) {
    case 'skipped':
      return `skipped ${step}`
    case 'outOfOrder':
      return `${step} out of order`
    case 'rework':
      return d.inMap ? `rework loop: ${step} done again` : `${step} done again where the map has no loop`
    case 'notInState':
      return `${quote(d.activity)} is not in this state`
    case 'reverting': {
      const older = ctx.project.states.find((s) => s.id === d.olderStateId)?.name ?? 'an older state'
      const olderStep = quote(d.olderStepId ? ctx.stepLabel.get(d.olderStepId) : d.activity)
      return d.stepId
        ? `reverting: ${step} still done the old way (${quote(d.activity)}, as in ${older})`
        : `reverting: ${olderStep} still done, a step only ${older} has`
    }
  }
}

export function summarize(name: string, g: SegmentStats, ctx: SummaryContext): SegmentSummary {
  const { state } = ctx
  const deviations: DeviationSummary[] = [...g.deviations.values()]
    .map((t) => {
      const d = t.deviation
      const out: DeviationSummary = { kind: d.kind, text: deviationText(d, ctx), count: t.count, cases: t.cases, byDepartment: ranked(t.byDepartment).map(([department, cases]) => ({ department, cases })) }
      if (d.stepId !== undefined) out.stepId = d.stepId
      if (d.activity !== undefined) out.activity = d.activity
      if (d.olderStateId !== undefined) out.olderStateId = d.olderStateId
      if (d.olderStepId !== undefined) out.olderStepId = d.olderStepId
      if (d.inMap) out.inMap = true
      if (t.byRole) out.byRole = ranked(t.byRole).map(([role, cases]) => ({ role, cases }))
      if (t.resources) out.people = t.resources.size
      return out
    })
    .sort((a, b) => b.cases - a.cases || b.count - a.count || (a.text < b.text ? -1 : a.text > b.text ? 1 : 0))
  const median = g.handoffQuantile(0.5)
  const p90 = g.handoffQuantile(0.9)
  return {
    name,
    cases: g.cases,
    fittingCases: g.fitting,
    fitness: g.worst > 0 ? Math.round((1 - g.cost / g.worst) * 10_000) / 10_000 : null,
    leadTime: spread(g.leadTime),
    plannedLeadTime: ctx.plannedLeadTime,
    handoffs: g.cases > 0 && median !== null && p90 !== null ? { mean: tenth(g.handoffSum / g.cases), median, p90 } : null,
    plannedHandoffs: ctx.plannedHandoffs,
    steps: state.steps.map((s, i) => ({
      stepId: s.id,
      label: s.label,
      events: g.stepEvents[i]!,
      cases: g.stepCases[i]!,
      duration: g.stepDuration[i] ? spread(g.stepDuration[i]!) : null,
      waiting: g.stepWaiting[i] ? spread(g.stepWaiting[i]!) : null,
      plannedTouch: s.touchMinutes ?? null,
      plannedWait: s.waitMinutes ?? null,
    })),
    flows: state.flows.map((f, i) => ({
      flowId: f.id,
      from: f.from,
      to: f.to,
      cases: g.flowCount[i]!,
      waiting: g.flowWaiting[i] ? spread(g.flowWaiting[i]!) : null,
    })),
    extraPaths: [...g.extraPaths]
      .map(([key, cases]) => {
        const [a, b] = key.split('>').map(Number)
        return { from: state.steps[a!]!.id, to: state.steps[b!]!.id, cases }
      })
      .sort((x, y) => y.cases - x.cases || (x.from + x.to < y.from + y.to ? -1 : 1)),
    deviations,
  }
}

/** Most first, then by name. */
function ranked(counts: ReadonlyMap<string, number>): [string, number][] {
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
}
