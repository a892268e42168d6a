// The change report for a project document: what changes between two states (metrics, who must
// adapt, handoffs, duplicate documentation), the review (pain points, sign-off) and the plan that
// turns it into work.
import type { DiffResult, Duplicate, Handoff, Metrics } from '../../domain/diff/types'
import { DEFAULT_DURATIONS, handoffText, MINUTES_PER_DAY, roleChanges, TASK_TYPE_TITLES, type Plan, type PlanTask } from '../../domain/plan'
import { append } from '../../domain/arrays'
import { mdCell, mdText } from './escape'
import { painPointsSection, signOffSection } from './review'

export interface ChangeReportInput {
  /** The diff from the plan's first state to its last (the whole change, not one phase). */
  diff: DiffResult
  plan: Plan
}

const METRIC_ROWS: readonly [keyof Metrics, string][] = [
  ['steps', 'Steps'],
  ['decisions', 'Decisions'],
  ['waits', 'Waits'],
  ['handoffs', 'Handoffs between roles'],
  ['manualRecords', 'Records typed by hand'],
  ['duplicates', 'Duplicate documentation'],
  ['roles', 'Roles'],
  ['systems', 'Systems'],
  ['touchMinutes', 'Touch time (min)'],
  ['waitMinutes', 'Wait time (min)'],
  ['leadTimeMinutes', 'Lead time (min)'],
]

export function changeReport({ diff, plan }: ChangeReportInput): string {
  const out: string[] = []
  out.push(`# Change report: ${mdText(plan.project.name)}`, '')
  out.push(`From **${mdText(plan.from.name)}** to **${mdText(plan.to.name)}**, in ${count(plan.phases.length, 'go-live phase')}:`, '')
  for (const p of plan.phases) out.push(`${p.number}. ${mdText(p.name)}`)
  out.push('')
  const sections = [metricsSection(diff), rolesSection(diff), handoffsSection(diff), duplicatesSection(diff), painPointsSection(plan), signOffSection(plan), planSection(plan)]
  for (const section of sections) append(out, section)
  if (plan.warnings.length > 0) {
    out.push('## Open points', '')
    for (const w of plan.warnings) out.push(`- ${mdText(w)}`)
    out.push('')
  }
  return out.join('\n').replace(/\n+$/, '\n')
}

function metricsSection(diff: DiffResult): string[] {
  const { before, after, delta } = diff.metrics
  return [
    '## Metrics',
    '',
    `| Metric | ${mdCell(diff.before.name)} | ${mdCell(diff.after.name)} | Change |`,
    '| --- | ---: | ---: | ---: |',
    ...METRIC_ROWS.map(([key, label]) => `| ${label} | ${before[key]} | ${after[key]} | ${signed(delta[key])} |`),
    '',
  ]
}

function rolesSection(diff: DiffResult): string[] {
  const out = ['## Who must adapt', '']
  if (diff.roles.length === 0) return [...out, 'No role changes what it does.', '']
  out.push(`${count(diff.roles.length, 'role')} ${diff.roles.length === 1 ? 'changes' : 'change'} what ${diff.roles.length === 1 ? 'it does' : 'they do'}.`, '')
  for (const impact of diff.roles) {
    out.push(`### ${mdText(impact.role)}`, '')
    for (const line of roleChanges(diff, impact).details) out.push(`- ${mdText(line)}`)
    out.push('')
  }
  return out
}

function handoffsSection(diff: DiffResult): string[] {
  const s = diff.summary
  const out = ['## Handoffs', '', `Handoffs between roles: ${s.handoffsBefore} before, ${s.handoffsAfter} after.`, '']
  const list = (title: string, handoffs: readonly Handoff[]) =>
    handoffs.length === 0 ? [] : [`**${title}**`, '', ...handoffs.map((h) => `- ${mdText(handoffText(h))}`), '']
  if (diff.handoffs.added.length + diff.handoffs.removed.length === 0) return [...out, 'No handoff is gained or lost.', '']
  return [...out, ...list('Gained', diff.handoffs.added), ...list('Lost', diff.handoffs.removed)]
}

function duplicatesSection(diff: DiffResult): string[] {
  const s = diff.summary
  const d = diff.duplicates
  const out = [
    '## Duplicate documentation',
    '',
    `Data items documented by hand more than once: ${s.duplicatesBefore} before, ${s.duplicatesAfter} after.`,
    '',
  ]
  const list = (title: string, items: readonly Duplicate[]) =>
    items.length === 0 ? [] : [`**${title}**`, '', ...items.map((dup) => `- **${mdText(dup.item)}**: ${mdText(recordText(dup))}`), '']
  if (d.resolved.length + d.introduced.length + d.persisting.length === 0) return [...out, 'None.', '']
  return [...out, ...list('Resolved', d.resolved), ...list('Introduced', d.introduced), ...list('Still documented more than once', d.persisting)]
}

function recordText(dup: Duplicate): string {
  return dup.records.map((r) => `${r.stepLabel} (${r.role ?? 'no role'}, ${r.system ?? 'no system'})`).join('; ')
}

function planSection(plan: Plan): string[] {
  // By id, so the report stays linear in the number of tasks (a phase can hold tens of thousands).
  const byId = new Map(plan.tasks.map((t) => [t.id, t]))
  const d = DEFAULT_DURATIONS
  const out = [
    '## Plan',
    '',
    `${count(plan.tasks.length, 'task')} in ${count(plan.phases.length, 'phase')}. Durations are defaults to adjust: ` +
      `implementation ${duration(d.implementation)}, interface ${duration(d.interface)}, training ${duration(d.trainingBase)} ` +
      `plus ${d.trainingPerChange} min per change (at most ${duration(d.trainingMax)}), ending interim documentation ${duration(d.interim)}, ` +
      `go-live support ${duration(d.support)}, a decision on a pain point ${duration(d.decision)}. "After" lists the tasks that must finish first.`,
    '',
  ]
  for (const phase of plan.phases) {
    const tasks = phase.taskIds.map((id) => byId.get(id)).filter((t): t is PlanTask => Boolean(t))
    out.push(`### ${mdText(phase.name)}`, '', `From ${mdText(phase.previous.name)} to ${mdText(phase.state.name)}.`, '')
    out.push('| # | Task | Type | Role | Duration | After |', '| --- | --- | --- | --- | ---: | --- |')
    for (const t of tasks) {
      const after = t.predecessors.map((p) => byId.get(p)?.wbs ?? p).join(', ')
      out.push(`| ${t.wbs} | ${mdCell(t.name)} | ${TASK_TYPE_TITLES[t.type]} | ${mdCell(t.role ?? '')} | ${t.milestone ? 'milestone' : duration(t.durationMinutes)} | ${mdCell(after)} |`)
    }
    out.push('')
    for (const t of tasks) {
      out.push(`#### ${t.wbs} ${mdText(t.name)}`, '', mdText(t.description), '')
      if (t.details.length > 0) {
        for (const line of t.details) out.push(`- ${mdText(line)}`)
        out.push('')
      }
      if (t.diffIds.length > 0) out.push(`Source diff items: ${mdText(t.diffIds.join(', '))}`, '')
    }
  }
  return out
}

/** "1 d", "5 d", "4.5 h", "30 min". */
export function duration(minutes: number): string {
  if (minutes > 0 && minutes % MINUTES_PER_DAY === 0) return `${minutes / MINUTES_PER_DAY} d`
  if (minutes >= 60) return `${Math.round((minutes / 60) * 10) / 10} h`
  return `${minutes} min`
}

const signed = (n: number): string => (n > 0 ? `+${n}` : n < 0 ? `-${-n}` : '0')
const count = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`
