// What the log shows for one group of cases (all of them, those before or after a go-live, one
// department), counted case by case on the chosen state's steps and flows. Every figure keeps
// only counts and duration histograms, so a group of a million cases costs what a group of ten
// costs, and two groups merge (the weeks before a go-live found afterwards).
import type { Deviation } from './deviations'
import { DurationSketch } from './sketch'

export interface DeviationTally {
  deviation: Deviation
  /** Events (log moves) or steps (model moves) it names. */
  count: number
  cases: number
  /** Cases by department (the log's department of the case). */
  byDepartment: Map<string, number>
  /** Reverting only: by the log's role and how many different people. */
  byRole?: Map<string, number>
  resources?: Set<string>
}

export class SegmentStats {
  cases = 0
  fitting = 0
  cost = 0
  worst = 0
  readonly stepEvents: Float64Array
  readonly stepCases: Float64Array
  readonly stepDuration: (DurationSketch | null)[]
  readonly stepWaiting: (DurationSketch | null)[]
  readonly flowCount: Float64Array
  readonly flowWaiting: (DurationSketch | null)[]
  /** "from→to" step indices of paths the map lacks → cases that took them. */
  readonly extraPaths = new Map<string, number>()
  readonly leadTime = new DurationSketch()
  readonly handoffs: number[] = []
  handoffSum = 0
  readonly deviations = new Map<string, DeviationTally>()

  constructor(steps: number, flows: number) {
    this.stepEvents = new Float64Array(steps)
    this.stepCases = new Float64Array(steps)
    this.stepDuration = new Array<DurationSketch | null>(steps).fill(null)
    this.stepWaiting = new Array<DurationSketch | null>(steps).fill(null)
    this.flowCount = new Float64Array(flows)
    this.flowWaiting = new Array<DurationSketch | null>(flows).fill(null)
  }

  duration(step: number): DurationSketch {
    return (this.stepDuration[step] ??= new DurationSketch())
  }

  waiting(step: number): DurationSketch {
    return (this.stepWaiting[step] ??= new DurationSketch())
  }

  flowWait(flow: number): DurationSketch {
    return (this.flowWaiting[flow] ??= new DurationSketch())
  }

  addHandoffs(n: number): void {
    this.handoffs[n] = (this.handoffs[n] ?? 0) + 1
    this.handoffSum += n
  }

  tally(key: string, deviation: Deviation, count: number, department: string | null, role: readonly string[], resources: readonly string[]): void {
    let t = this.deviations.get(key)
    if (!t) {
      t = { deviation, count: 0, cases: 0, byDepartment: new Map() }
      if (deviation.kind === 'reverting') {
        t.byRole = new Map()
        t.resources = new Set()
      }
      this.deviations.set(key, t)
    }
    t.count += count
    t.cases++
    if (department !== null && (t.byDepartment.size < 50 || t.byDepartment.has(department))) t.byDepartment.set(department, (t.byDepartment.get(department) ?? 0) + 1)
    if (t.byRole) for (const r of role) t.byRole.set(r, (t.byRole.get(r) ?? 0) + 1)
    if (t.resources && t.resources.size < 100_000) for (const r of resources) t.resources.add(r)
  }

  merge(o: SegmentStats): void {
    this.cases += o.cases
    this.fitting += o.fitting
    this.cost += o.cost
    this.worst += o.worst
    addInto(this.stepEvents, o.stepEvents)
    addInto(this.stepCases, o.stepCases)
    addInto(this.flowCount, o.flowCount)
    o.stepDuration.forEach((s, i) => s && this.duration(i).merge(s))
    o.stepWaiting.forEach((s, i) => s && this.waiting(i).merge(s))
    o.flowWaiting.forEach((s, i) => s && this.flowWait(i).merge(s))
    for (const [k, n] of o.extraPaths) this.extraPaths.set(k, (this.extraPaths.get(k) ?? 0) + n)
    this.leadTime.merge(o.leadTime)
    o.handoffs.forEach((n, h) => {
      if (n) this.handoffs[h] = (this.handoffs[h] ?? 0) + n
    })
    this.handoffSum += o.handoffSum
    for (const [k, t] of o.deviations) {
      const mine = this.deviations.get(k)
      if (!mine) {
        this.deviations.set(k, { ...t, byDepartment: new Map(t.byDepartment), ...(t.byRole ? { byRole: new Map(t.byRole) } : {}), ...(t.resources ? { resources: new Set(t.resources) } : {}) })
        continue
      }
      mine.count += t.count
      mine.cases += t.cases
      for (const [d, n] of t.byDepartment) mine.byDepartment.set(d, (mine.byDepartment.get(d) ?? 0) + n)
      if (mine.byRole && t.byRole) for (const [r, n] of t.byRole) mine.byRole.set(r, (mine.byRole.get(r) ?? 0) + n)
      if (mine.resources && t.resources) for (const r of t.resources) mine.resources.add(r)
    }
  }

  /** The q-quantile of handoffs per case. */
  handoffQuantile(q: number): number | null {
    if (this.cases === 0) return null
    const rank = Math.max(1, Math.ceil(q * this.cases))
    let seen = 0
    for (let h = 0; h < this.handoffs.length; h++) {
      seen += this.handoffs[h] ?? 0
      if (seen >= rank) return h
    }
    return null
  }
}

function addInto(a: Float64Array, b: Float64Array): void {
  for (let i = 0; i < a.length; i++) a[i]! += b[i]!
}

export function deviationKey(d: Deviation): string {
  return `${d.kind}\u0000${d.stepId ?? ''}\u0000${d.activity ?? ''}\u0000${d.olderStepId ?? ''}\u0000${d.inMap ? 1 : 0}`
}
