// The readable report of `flowstate diff` (without --json): a summary a person takes in at a
// glance, then the lists, each cut after a screenful. Colour only when asked (a terminal).
import type { DiffResult, Duplicate, Handoff, RoleImpact, StepField, StepRef } from '../domain/diff'
import { plural } from './plural'
import { terminalStrings, terminalText } from './terminal'

export interface ReportOptions {
  color: boolean
  matchBy: 'lineage' | 'label'
  beforeFile: string
  afterFile: string
}

const SHOWN = 25

export function diffReport(result: DiffResult, options: ReportOptions): string {
  // Names, labels and file names come from the user's files: escaped before any colour is added.
  const d = terminalStrings(result)
  const o = { ...options, beforeFile: terminalText(options.beforeFile), afterFile: terminalText(options.afterFile) }
  const paint = (code: number) => (t: string) => (o.color ? `\u001b[${code}m${t}\u001b[0m` : t)
  const green = paint(32)
  const red = paint(31)
  const amber = paint(33)
  const bold = paint(1)
  const dim = paint(2)
  const s = d.summary
  const lines: string[] = []
  const same = o.beforeFile === o.afterFile
  lines.push(bold(`${d.before.name} → ${d.after.name}`) + dim(same ? `  (${o.beforeFile})` : `  (${o.beforeFile} → ${o.afterFile})`))
  lines.push(
    `  steps     ${green(`+${s.stepsAdded} added`)}  ${red(`−${s.stepsRemoved} removed`)}  ${amber(`~${s.stepsChanged} changed`)}   flows ${green(`+${s.flowsAdded}`)} ${red(`−${s.flowsRemoved}`)}`,
  )
  lines.push(`  handoffs  ${s.handoffsBefore} → ${s.handoffsAfter}  (${green(`+${s.handoffsAdded}`)} ${red(`−${s.handoffsRemoved}`)})`)
  lines.push(
    `  duplicate documentation  ${s.duplicatesBefore} → ${s.duplicatesAfter}  (${red(`${s.duplicatesIntroduced} introduced`)}, ${green(`${s.duplicatesResolved} resolved`)})`,
  )
  const m = d.metrics
  lines.push(dim(`  lead time ${minutes(m.before.leadTimeMinutes)} → ${minutes(m.after.leadTimeMinutes)}, wait ${minutes(m.before.waitMinutes)} → ${minutes(m.after.waitMinutes)}; steps matched by ${o.matchBy}`))

  section(lines, 'Added steps', d.steps.added, (x) => green('+ ') + step(x))
  section(lines, 'Removed steps', d.steps.removed, (x) => red('− ') + step(x))
  section(lines, 'Changed steps', d.steps.changed, (c) => amber('~ ') + step(c.after) + dim(': ') + c.fields.map((f) => change(f, c.before, c.after)).join('; '))
  section(lines, 'Handoffs gained', d.handoffs.added, (h) => green('+ ') + handoff(h))
  section(lines, 'Handoffs lost', d.handoffs.removed, (h) => red('− ') + handoff(h))
  section(lines, 'Duplicate documentation introduced', d.duplicates.introduced, (x) => red('! ') + duplicate(x))
  section(lines, 'Duplicate documentation resolved', d.duplicates.resolved, (x) => green('✓ ') + duplicate(x))
  section(lines, 'Who must adapt', d.roles, impact)
  if (s.stepsAdded + s.stepsRemoved + s.stepsChanged + s.flowsAdded + s.flowsRemoved === 0 && d.roles.length === 0) {
    lines.push('', 'No changes.')
  }
  return lines.join('\n') + '\n'
}

function section<T>(lines: string[], title: string, items: readonly T[], line: (x: T) => string): void {
  if (items.length === 0) return
  lines.push('', `${title} (${items.length})`)
  for (const x of items.slice(0, SHOWN)) lines.push('  ' + line(x))
  if (items.length > SHOWN) lines.push(`  … and ${items.length - SHOWN} more (--json lists everything)`)
}

/**
 * Labels keep their line breaks in the file; on one report line they read as spaces. A step with
 * no label is named by its kind, as the plan names it: an added end event and an added decision
 * must not both read "(no label)".
 */
function label(x: Pick<StepRef, 'label' | 'kind'>): string {
  const text = x.label.replace(/\s+/g, ' ').trim()
  return text === '' ? `(unnamed ${x.kind})` : JSON.stringify(text)
}

const step = (x: StepRef): string => `${label(x)} ${x.role ? `(${x.role})` : '(no role)'}`

function change(field: StepField, b: StepRef, a: StepRef): string {
  switch (field) {
    case 'label':
      return `label was ${label(b)}`
    case 'role':
      return `reassigned from ${b.role ?? 'no role'} to ${a.role ?? 'no role'}`
    case 'kind':
      return `${b.kind} → ${a.kind}`
    case 'touchMinutes':
      return 'touch time'
    case 'waitMinutes':
      return 'wait time'
    default:
      return field
  }
}

const handoff = (h: Handoff): string => `${h.from.role ?? 'no role'} → ${h.to.role ?? 'no role'}: ${label(h.from)} → ${label(h.to)}`

function duplicate(x: Duplicate): string {
  const systems = x.systems.map((s) => s ?? 'no system').join(', ')
  return `${x.item}: ${plural(x.records.length, 'manual record')} (${systems})`
}

function impact(r: RoleImpact): string {
  const parts: [number, string, string][] = [
    [r.stepsAdded.length, 'step', 'added'],
    [r.stepsRemoved.length, 'step', 'removed'],
    [r.stepsChanged.length, 'step', 'changed'],
    [r.reassignedIn.length, 'step', 'reassigned in'],
    [r.reassignedOut.length, 'step', 'reassigned out'],
    [r.handoffsGained.length, 'handoff', 'gained'],
    [r.handoffsLost.length, 'handoff', 'lost'],
  ]
  const said = parts.filter(([n]) => n > 0).map(([n, noun, what]) => `${plural(n, noun)} ${what}`)
  return `${r.role}: ${said.join(', ') || 'no step changes'}`
}

function minutes(n: number): string {
  if (n < 60) return `${n} min`
  const h = Math.floor(n / 60)
  return n % 60 === 0 ? `${h} h` : `${h} h ${n % 60} min`
}
