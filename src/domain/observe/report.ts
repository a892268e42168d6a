// "Observed after go-live" in words: one report model (headings, paragraphs, tables, lists) that
// the Markdown report, the command line and the app's panel all render. Deviations are said in
// the map's words; figures carry their unit.
import type { Observation, SegmentSummary } from './result'
import type { Spread } from './sketch'
import { dayOf, timeZone } from './zone'

export type ReportBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'table'; header: string[]; numeric: boolean[]; rows: string[][] }
  | { kind: 'list'; items: string[] }

export interface ReportOptions {
  /** The log's file name, as the user knows it. */
  file: string
  /** Rows of the per-step table and of the deviations list. */
  top?: number
}

export function observedReport(o: Observation, options: ReportOptions): ReportBlock[] {
  const top = options.top ?? 10
  const blocks: ReportBlock[] = [{ kind: 'heading', text: 'Observed after go-live' }]
  const zone = timeZone(o.log.zone ?? 'UTC')
  const span = o.log.from !== null && o.log.to !== null ? `, ${dayOf(o.log.from, zone)} to ${dayOf(o.log.to, zone)}` : ''
  blocks.push({
    kind: 'paragraph',
    text:
      `From ${options.file}: ${count(o.log.events, 'event')} in ${count(o.log.cases, 'case')} (${count(o.log.variants, 'variant')})${span}` +
      `${o.log.zone ? `; times without an offset read in ${o.log.zone}` : ''}. Measured against "${o.focus.name}"` +
      (o.goLive ? `; go-live ${o.goLive.date} (${GO_LIVE_SOURCE[o.goLive.source]}).` : '; no go-live date is set or shows in the log.'),
  })
  const notes = readingNotes(o)
  if (notes.length > 0) blocks.push({ kind: 'list', items: notes })

  blocks.push({ kind: 'heading', text: 'Adoption by week' })
  blocks.push({ kind: 'paragraph', text: 'Share of cases that look most like each state (best alignment fitness; ties count for the older state).' })
  const marks = new Map<string, string[]>()
  for (const g of o.adoption.goLives) {
    const name = o.states.find((s) => s.stateId === g.stateId)?.name ?? g.stateId
    for (const [date, how] of [[g.planned, 'goes live'], [g.detected, 'shows in the log']] as const) {
      if (!date) continue
      const week = o.adoption.weeks.find((w, i) => w.week <= date && (o.adoption.weeks[i + 1]?.week ?? '9999') > date)?.week
      if (week) marks.set(week, [...(marks.get(week) ?? []), `${name} ${how}${how === 'goes live' ? ` ${date}` : ''}`])
    }
  }
  blocks.push({
    kind: 'table',
    header: ['Week', 'Cases', ...o.states.map((s) => s.name), 'Go-live'],
    numeric: [false, true, ...o.states.map(() => true), false],
    rows: o.adoption.weeks.map((w) => [w.week, thousands(w.cases), ...w.byState.map((n) => (w.cases === 0 ? '–' : percent(n / w.cases))), (marks.get(w.week) ?? []).join('; ')]),
  })

  blocks.push({ kind: 'heading', text: 'Fitness per state' })
  blocks.push({
    kind: 'table',
    header: ['State', 'Fitness', 'Cases that fit', 'Cases that look like it'],
    numeric: [false, true, true, true],
    rows: o.states.map((s) => [s.name, s.fitness === null ? 'no way from start to end' : s.fitness.toFixed(3), `${thousands(s.fittingCases)} of ${thousands(s.cases)}`, thousands(s.looksLike)]),
  })

  const after = o.segments.after ?? o.segments.all
  const when = o.segments.after ? 'after go-live' : 'in the log'
  const reverting = after.deviations.filter((d) => d.kind === 'reverting')
  blocks.push({ kind: 'heading', text: 'Still done the old way' })
  if (reverting.length === 0) blocks.push({ kind: 'paragraph', text: `No case ${when} does a step the old way.` })
  else {
    blocks.push({
      kind: 'list',
      items: reverting.slice(0, top).map((d) => {
        const departments = d.byDepartment.map((x) => `${x.department} ${thousands(x.cases)}`)
        const who = [departments.length > 0 ? `by department: ${departments.join(', ')}` : '', d.people ? `${count(d.people, 'person', 'people')}` : '', d.byRole && d.byRole.length > 0 ? `role ${d.byRole.map((r) => r.role).join(', ')}` : '']
          .filter(Boolean)
          .join('; ')
        return `${capital(d.text)}: ${count(d.cases, 'case')} ${when} (${percent(d.cases / Math.max(1, after.cases))})${who ? `. ${who}` : ''}`
      }),
    })
  }

  blocks.push({ kind: 'heading', text: 'Top deviations' })
  const others = after.deviations.filter((d) => d.kind !== 'reverting').slice(0, top)
  if (others.length === 0) blocks.push({ kind: 'paragraph', text: `Every case ${when} follows the map.` })
  else blocks.push({ kind: 'table', header: ['Deviation', 'Cases', 'Share of cases'], numeric: [false, true, true], rows: others.map((d) => [capital(d.text), thousands(d.cases), percent(d.cases / Math.max(1, after.cases))]) })

  blocks.push({ kind: 'heading', text: 'Turnaround' })
  blocks.push(turnaround(o))

  blocks.push({ kind: 'heading', text: `Per step (${when})` })
  blocks.push({
    kind: 'table',
    header: ['Step', 'Cases', 'Planned touch', 'Duration median (p90)', 'Planned wait', 'Waiting median (p90)'],
    numeric: [false, true, true, true, true, true],
    rows: after.steps
      .filter((s) => s.events > 0 || s.plannedTouch !== null || s.plannedWait !== null)
      .map((s) => [s.label, thousands(s.cases), minutesOrDash(s.plannedTouch), spreadText(s.duration), minutesOrDash(s.plannedWait), spreadText(s.waiting)]),
  })

  if (o.unmapped.length > 0) {
    blocks.push({ kind: 'heading', text: 'Activities not mapped to this state' })
    blocks.push({ kind: 'list', items: o.unmapped.slice(0, 30).map((u) => `${u.activity}: ${count(u.events, 'event')}`) })
  }
  const focusMapping = o.mappings.find((m) => m.stateId === o.focus.stateId)
  const proposed = focusMapping?.entries.filter((e) => !e.confirmed && e.stepId !== null) ?? []
  if (proposed.length > 0 && !focusMapping!.entries.some((e) => e.confirmed)) {
    blocks.push({ kind: 'paragraph', text: `The mapping of this state is the matcher's proposal (${count(proposed.length, 'activity', 'activities')}), not yet confirmed.` })
  }
  return blocks
}

function turnaround(o: Observation): ReportBlock {
  const groups: SegmentSummary[] = o.segments.before && o.segments.after ? [o.segments.before, o.segments.after] : [o.segments.all]
  const a = groups[0]!
  return {
    kind: 'table',
    header: ['Per case', 'Planned', ...groups.map((g) => `${g.name} (${count(g.cases, 'case')})`)],
    numeric: [false, true, ...groups.map(() => true)],
    rows: [
      ['Lead time, median (p90)', minutes(a.plannedLeadTime), ...groups.map((g) => spreadText(g.leadTime))],
      ['Handoffs, mean (median, p90)', String(a.plannedHandoffs), ...groups.map((g) => (g.handoffs ? `${g.handoffs.mean} (${g.handoffs.median}, ${g.handoffs.p90})` : '–'))],
      ['Cases that fit the map', '', ...groups.map((g) => percent(g.fittingCases / Math.max(1, g.cases)))],
    ],
  }
}

const GO_LIVE_SOURCE = { given: 'as given', project: 'set in the project', detected: 'where the log shows it' } as const

function readingNotes(o: Observation): string[] {
  const n = o.log
  const out: string[] = []
  if (n.badRowCount > 0) {
    const shown = n.badRows.slice(0, 5).map((b) => `line ${b.line}: ${b.reason}`)
    out.push(`${count(n.badRowCount, 'row')} left out: ${shown.join('; ')}${n.badRowCount > shown.length ? '; …' : ''}`)
  }
  if (n.duplicates > 0) out.push(`${count(n.duplicates, 'duplicate event')} left out (line${n.duplicateLines.length === 1 ? '' : 's'} ${n.duplicateLines.slice(0, 5).join(', ')}${n.duplicates > 5 ? ', …' : ''})`)
  if (n.reordered > 0) out.push(`${count(n.reordered, 'case')} had events out of time order in the file: put in order`)
  if (n.tied > 0) out.push(`${count(n.tied, 'case')} had events at the same time: kept in file order`)
  if (n.dayOnly > 0) out.push(`${count(n.dayOnly, 'event')} carry only a day, no time: their order and durations are uncertain`)
  if (n.gaps > 0) out.push(`${count(n.gaps, 'time')} fell in a spring-forward gap of ${n.zone}: read as before the change`)
  if (n.repeated > 0) out.push(`${count(n.repeated, 'time')} fell in the repeated hour of a fall-back in ${n.zone}: read as the first`)
  if (n.otherLifecycle > 0) out.push(`${count(n.otherLifecycle, 'lifecycle event')} other than start and complete left out`)
  return out
}

export function spreadText(s: Spread | null): string {
  return s ? `${minutes(s.median)} (${minutes(s.p90)})` : '–'
}

const minutesOrDash = (m: number | null): string => (m === null ? '–' : minutes(m))

/** "45 min", "2 h 05 min", "3 d 4 h". */
export function minutes(m: number): string {
  if (m < 90) return `${m < 10 ? Math.round(m * 10) / 10 : Math.round(m)} min`
  if (m < 48 * 60) {
    const h = Math.floor(m / 60)
    return `${h} h ${String(Math.round(m - h * 60)).padStart(2, '0')} min`
  }
  const d = Math.floor(m / 1440)
  return `${d} d ${Math.round((m - d * 1440) / 60)} h`
}

const thousands = (n: number): string => n.toLocaleString('en-US')
const percent = (x: number): string => `${Math.round(x * 100)} %`
const capital = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1)

function count(n: number, one: string, many = `${one}s`): string {
  return `${thousands(n)} ${n === 1 ? one : many}`
}
