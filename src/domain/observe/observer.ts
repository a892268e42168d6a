// Observing a log against a project, one case at a time: which state each case looks like (the
// adoption curve), how it deviates from the chosen state, and what its times add to the steps,
// flows, lead time and handoffs of its groups (all, before and after the go-live, department).
// Cases stream in from the reader; nothing but counts, histograms and the variants is kept.
import type { Project } from '../model/types'
import { shortestModelCost } from './align'
import { olderMappings, type ResolvedMapping } from './mapping'
import { replayModel, type ReplayModel } from './replayModel'
import type { CaseResult, Observation } from './result'
import { deviationKey, SegmentStats } from './segments'
import { summarize, summaryContext, deviationText, type SummaryContext } from './summary'
import type { LogCase, ReadingNotes } from './types'
import { analyseVariant, FlowIndex, type Variant, type VariantContext } from './variants'
import { adoptionOf, weekStart, WeekCounts } from './adoption'
import { dayOf, timeZone, type TimeZone } from './zone'

export interface ObserveSettings {
  project: Project
  /** One per state, in the project's order (resolveMappings). */
  mappings: readonly ResolvedMapping[]
  focusStateId: string
  /** The go-live that splits before from after (ms), when known before reading; else it is found in the log. */
  goLive?: { ms: number; source: 'given' | 'project' } | null
  /** The zone weeks and days are counted in. */
  zone: string
  /** Each case against the chosen state, as it is replayed (the deviations export). */
  onCase?: (c: CaseResult) => void
}

const MAX_DEPARTMENTS = 50
/**
 * Analysed variants kept for reuse. A log whose variants grow with its size (every case a little
 * different) would otherwise keep one per case; beyond this the oldest are dropped and analysed
 * again if they recur, and only a hash per variant is kept to count them.
 */
const MAX_CACHED_VARIANTS = 100_000
const OTHER_DEPARTMENTS = 'Other departments'

export class Observer {
  private readonly models: ReplayModel[]
  private readonly focus: number
  private readonly variants = new Map<string, Variant>()
  private readonly variantHashes = new Set<number>()
  private readonly ctx: VariantContext
  private readonly zone: TimeZone
  private readonly all: SegmentStats
  private readonly before: SegmentStats | null
  private readonly after: SegmentStats | null
  /** Without a go-live known beforehand: the weeks, merged once the log shows the go-live. */
  private readonly weekly: Map<number, SegmentStats> | null
  private readonly departments = new Map<string, SegmentStats>()
  private readonly weeks = new WeekCounts()
  private readonly activityEvents = new Map<string, number>()
  private readonly stateCases: { fitting: number; cost: number; worst: number; fitnessSum: number; cases: number; looksLike: number }[]
  private readonly summary: SummaryContext
  private readonly stampCase: Int32Array
  private caseNumber = 0

  constructor(private readonly settings: ObserveSettings) {
    const { project, mappings } = settings
    this.focus = project.states.findIndex((s) => s.id === settings.focusStateId)
    if (this.focus === -1) throw new Error(`no state ${settings.focusStateId}`)
    this.models = project.states.map((s, k) => replayModel(s, mappings[k]!.steps))
    const focusModel = this.models[this.focus]!
    const focusState = project.states[this.focus]!
    this.ctx = {
      models: this.models,
      modelCosts: this.models.map((m) => shortestModelCost(m)),
      focus: this.focus,
      deviations: {
        model: focusModel,
        older: olderMappings(project, mappings, this.focus),
        stepOfLineage: new Map(focusState.steps.map((s) => [s.lineage, s.id])),
      },
      flows: new FlowIndex(focusModel),
    }
    this.zone = timeZone(settings.zone)
    const fresh = () => new SegmentStats(focusState.steps.length, focusState.flows.length)
    this.all = fresh()
    const known = settings.goLive ?? null
    this.before = known ? fresh() : null
    this.after = known ? fresh() : null
    this.weekly = known ? null : new Map()
    this.stateCases = project.states.map(() => ({ fitting: 0, cost: 0, worst: 0, fitnessSum: 0, cases: 0, looksLike: 0 }))
    this.summary = summaryContext(project, this.focus)
    this.stampCase = new Int32Array(focusState.steps.length).fill(-1)
  }

  addCase(c: LogCase): void {
    if (c.events.length === 0) return
    const trace = c.events.map((e) => e.activity)
    for (const a of trace) this.activityEvents.set(a, (this.activityEvents.get(a) ?? 0) + 1)
    const key = trace.join('\u0001')
    let v = this.variants.get(key)
    if (!v) {
      v = analyseVariant(trace, this.ctx)
      if (this.variants.size >= MAX_CACHED_VARIANTS) {
        let drop = MAX_CACHED_VARIANTS / 10
        for (const k of this.variants.keys()) {
          this.variants.delete(k)
          if (--drop === 0) break
        }
      }
      this.variants.set(key, v)
      this.variantHashes.add(hashText(key))
    }
    const first = c.events[0]!
    const startMs = Number.isNaN(first.start) ? first.end : first.start
    const endMs = c.events[c.events.length - 1]!.end
    const week = weekStart(startMs, this.zone)

    for (let k = 0; k < this.models.length; k++) {
      const s = this.stateCases[k]!
      if (v.cost[k] === -1) continue
      s.cases++
      s.cost += v.cost[k]!
      s.worst += trace.length + this.ctx.modelCosts[k]!
      s.fitnessSum += v.fitness[k]!
      if (v.cost[k] === 0) s.fitting++
    }
    if (v.best !== -1) this.stateCases[v.best]!.looksLike++
    this.weeks.add(week, v.best, this.models.length)

    const department = c.events.find((e) => e.department !== null)?.department ?? null
    const groups: SegmentStats[] = [this.all]
    const goLive = this.settings.goLive
    let afterGoLive: boolean | null = null
    if (goLive) {
      afterGoLive = startMs >= goLive.ms
      groups.push(afterGoLive ? this.after! : this.before!)
    } else {
      let w = this.weekly!.get(week)
      if (!w) {
        w = new SegmentStats(this.all.stepEvents.length, this.all.flowCount.length)
        this.weekly!.set(week, w)
      }
      groups.push(w)
    }
    if (department !== null) groups.push(this.department(department))
    for (const g of groups) this.count(g, c, v, department)

    this.settings.onCase?.({
      case: c.id,
      start: startMs,
      end: endMs,
      department,
      events: c.events.length,
      looksLike: v.best === -1 ? null : this.settings.project.states[v.best]!.id,
      fitness: v.fitness[this.focus] === -1 ? null : v.fitness[this.focus]!,
      fits: v.fits,
      afterGoLive,
      deviations: v.deviations.map((d) => ({ kind: d.kind, text: deviationText(d, this.summary) })),
    })
  }

  private department(name: string): SegmentStats {
    let d = this.departments.get(name)
    if (!d) {
      const key = this.departments.size >= MAX_DEPARTMENTS ? OTHER_DEPARTMENTS : name
      d = this.departments.get(key)
      if (!d) {
        d = new SegmentStats(this.all.stepEvents.length, this.all.flowCount.length)
        this.departments.set(key, d)
      }
    }
    return d
  }

  /** One case's share of one group's figures. */
  private count(g: SegmentStats, c: LogCase, v: Variant, department: string | null): void {
    const events = c.events
    const stamp = this.stampCase
    const caseNo = ++this.caseNumber
    g.cases++
    if (v.fits) g.fitting++
    if (v.cost[this.focus] !== -1) {
      g.cost += v.cost[this.focus]!
      g.worst += events.length + this.ctx.modelCosts[this.focus]!
    }
    for (let i = 0; i < events.length; i++) {
      const s = v.stepOfEvent[i]!
      if (s === -1) continue
      const e = events[i]!
      g.stepEvents[s]!++
      if (stamp[s] !== caseNo) {
        stamp[s] = caseNo
        g.stepCases[s]!++
      }
      if (!Number.isNaN(e.start)) g.duration(s).add(e.end - e.start)
      if (i > 0) g.waiting(s).add((Number.isNaN(e.start) ? e.end : e.start) - events[i - 1]!.end)
    }
    for (const p of v.pairs) {
      if (p.extra !== null) {
        g.extraPaths.set(p.extra, (g.extraPaths.get(p.extra) ?? 0) + 1)
        continue
      }
      for (const f of p.flows) g.flowCount[f]!++
      if (p.direct) {
        const to = events[p.to]!
        g.flowWait(p.flows[0]!).add((Number.isNaN(to.start) ? to.end : to.start) - events[p.from]!.end)
      }
    }
    const first = events[0]!
    g.leadTime.add(events[events.length - 1]!.end - (Number.isNaN(first.start) ? first.end : first.start))
    g.addHandoffs(this.handoffs(c, v))
    if (v.deviations.length > 0) {
      const seen = new Map<string, number>()
      for (const d of v.deviations) {
        const k = deviationKey(d)
        seen.set(k, (seen.get(k) ?? 0) + 1)
      }
      for (const [k, n] of seen) {
        const d = v.deviations.find((x) => deviationKey(x) === k)!
        const roles: string[] = []
        const people: string[] = []
        if (d.kind === 'reverting') {
          for (const e of events) {
            if (e.activity !== d.activity) continue
            if (e.role !== null && !roles.includes(e.role)) roles.push(e.role)
            if (e.resource !== null) people.push(e.resource)
          }
        }
        g.tally(k, d, n, department, roles, people)
      }
    }
  }

  /** Changes of role along the case: the log's roles when it has them, else the mapped steps' roles. */
  private handoffs(c: LogCase, v: Variant): number {
    const roleOfStep = this.summary.roleOfStep
    let last: string | null = null
    let n = 0
    const fromLog = c.events.some((e) => e.role !== null)
    for (let i = 0; i < c.events.length; i++) {
      const step = v.stepOfEvent[i]!
      const role = fromLog ? c.events[i]!.role : step === -1 ? null : roleOfStep[step]!
      if (role === null) continue
      if (last !== null && role !== last) n++
      last = role
    }
    return n
  }

  result(notes: ReadingNotes): Observation {
    const { project } = this.settings
    const adoption = adoptionOf(project, this.weeks)
    let goLive: Observation['goLive'] = null
    let before = this.before
    let after = this.after
    if (this.settings.goLive) {
      goLive = { date: dayOf(this.settings.goLive.ms, this.zone), source: this.settings.goLive.source }
    } else {
      const detected = adoption.goLives.find((g) => g.stateId === project.states[this.focus]!.id)?.detected ?? null
      if (detected) {
        goLive = { date: detected, source: 'detected' }
        const boundary = Date.parse(`${detected}T00:00:00Z`)
        before = new SegmentStats(this.all.stepEvents.length, this.all.flowCount.length)
        after = new SegmentStats(this.all.stepEvents.length, this.all.flowCount.length)
        for (const [week, stats] of this.weekly!) (week >= boundary ? after : before).merge(stats)
      }
    }
    const summarizeGroup = (name: string, g: SegmentStats) => summarize(name, g, this.summary)
    return {
      focus: { stateId: project.states[this.focus]!.id, name: project.states[this.focus]!.name, phase: project.states[this.focus]!.phase },
      goLive,
      log: { ...notes, variants: this.variantHashes.size },
      states: project.states.map((s, k) => {
        const t = this.stateCases[k]!
        const possible = this.ctx.modelCosts[k] !== null
        return {
          stateId: s.id,
          name: s.name,
          phase: s.phase,
          fitness: possible && t.worst > 0 ? round4(1 - t.cost / t.worst) : possible ? 1 : null,
          averageTraceFitness: possible && t.cases > 0 ? round4(t.fitnessSum / t.cases) : null,
          fittingCases: t.fitting,
          cases: t.cases,
          looksLike: t.looksLike,
        }
      }),
      mappings: this.settings.mappings.map((m) => ({ stateId: m.stateId, entries: m.entries.map((e) => ({ ...e, events: this.activityEvents.get(e.activity) ?? 0 })) })),
      unmapped: [...this.activityEvents]
        .filter(([a]) => !this.models[this.focus]!.stepsOf.has(a))
        .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
        .map(([activity, events]) => ({ activity, events })),
      adoption,
      segments: {
        all: summarizeGroup('All cases', this.all),
        before: before && goLive ? summarizeGroup('Before go-live', before) : null,
        after: after && goLive ? summarizeGroup('After go-live', after) : null,
        departments: [...this.departments].sort((x, y) => y[1].cases - x[1].cases || (x[0] < y[0] ? -1 : 1)).map(([name, g]) => summarizeGroup(name, g)),
      },
    }
  }
}

const round4 = (n: number): number => Math.round(n * 10_000) / 10_000

/** A 52-bit hash of a text (two 32-bit FNV-1a runs): collisions are negligible for counting variants. */
function hashText(text: string): number {
  let a = 0x811c9dc5
  let b = 0x01000193 ^ text.length
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    a = Math.imul(a ^ c, 0x01000193)
    b = Math.imul(b ^ c, 0x5bd1e995)
  }
  return (a >>> 0) * 0x100000 + ((b >>> 0) & 0xfffff)
}
