// A variant is one sequence of activities; most cases repeat one of a few. Each variant is aligned
// with every state once (which state does it look like?) and named against the chosen state once
// (its deviations, the flows it walks, the paths the map lacks); each case then only adds its
// times. This is what keeps ten million events linear: the work per case is its events.
import { align, traceFitness } from './align'
import { nameDeviations, type Deviation, type DeviationContext } from './deviations'
import type { ReplayModel } from './replayModel'

export interface Variant {
  trace: string[]
  /** Per state (project order): trace fitness, or -1 when the map has no way through. */
  fitness: Float64Array
  cost: Int32Array
  /** The state this variant looks most like (highest fitness; ties to the older state), or -1. */
  best: number
  /** Against the chosen state. */
  fits: boolean
  deviations: Deviation[]
  /** Per event: the chosen state's step it is mapped to, or -1. */
  stepOfEvent: Int32Array
  /** Consecutive mapped events and what they walk on the map. */
  pairs: Pair[]
}

export interface Pair {
  from: number
  to: number
  /** The flows walked (one when a flow joins the two steps, several through silent steps). */
  flows: number[]
  /** A flow joins the two steps directly: its waiting is this pair's gap. */
  direct: boolean
  /** Neither: a path the map lacks, "fromStep→toStep". */
  extra: string | null
}

export class FlowIndex {
  private readonly direct = new Map<string, number>()
  private readonly paths = new Map<string, number[] | null>()
  private readonly out: { to: number; flow: number }[][]

  constructor(private readonly model: ReplayModel) {
    const index = new Map(model.stepIds.map((id, i) => [id, i]))
    this.out = model.stepIds.map(() => [])
    model.state.flows.forEach((f, k) => {
      const a = index.get(f.from)
      const b = index.get(f.to)
      if (a === undefined || b === undefined) return
      this.out[a]!.push({ to: b, flow: k })
      const key = `${a}>${b}`
      if (!this.direct.has(key)) this.direct.set(key, k)
    })
  }

  /** The flows from step a to step b: one flow, or the shortest way through silent steps; null when there is none. */
  walk(a: number, b: number): { flows: number[]; direct: boolean } | null {
    const key = `${a}>${b}`
    const d = this.direct.get(key)
    if (d !== undefined) return { flows: [d], direct: true }
    let path = this.paths.get(key)
    if (path === undefined) {
      path = this.silentPath(a, b)
      this.paths.set(key, path)
    }
    return path ? { flows: path, direct: false } : null
  }

  private silentPath(a: number, b: number): number[] | null {
    const via = new Map<number, { from: number; flow: number }>()
    const queue = [a]
    for (let q = 0; q < queue.length; q++) {
      const v = queue[q]!
      for (const { to, flow } of this.out[v]!) {
        if (via.has(to) || to === a) continue
        via.set(to, { from: v, flow })
        if (to === b) {
          const flows: number[] = []
          for (let w = b; w !== a; w = via.get(w)!.from) flows.push(via.get(w)!.flow)
          return flows.reverse()
        }
        if (!this.model.visible[to]) queue.push(to)
      }
    }
    return null
  }
}

export interface VariantContext {
  models: readonly ReplayModel[]
  modelCosts: readonly (number | null)[]
  focus: number
  deviations: DeviationContext
  flows: FlowIndex
}

export function analyseVariant(trace: string[], ctx: VariantContext): Variant {
  const n = ctx.models.length
  const fitness = new Float64Array(n).fill(-1)
  const cost = new Int32Array(n).fill(-1)
  let best = -1
  let focusAlignment = null
  for (let k = 0; k < n; k++) {
    const modelCost = ctx.modelCosts[k]
    if (modelCost === null || modelCost === undefined) continue
    const a = align(ctx.models[k]!, trace)
    if (!a) continue
    cost[k] = a.cost
    fitness[k] = traceFitness(a.cost, trace.length, modelCost)
    if (best === -1 || fitness[k]! > fitness[best]!) best = k
    if (k === ctx.focus) focusAlignment = a
  }
  const model = ctx.models[ctx.focus]!
  const stepOfEvent = new Int32Array(trace.length).fill(-1)
  trace.forEach((activity, i) => {
    const steps = model.stepsOf.get(activity)
    if (steps) stepOfEvent[i] = steps[0]!
  })
  // An activity mapped to several steps of the state: the alignment says which one it was.
  if (focusAlignment) for (const m of focusAlignment.moves) if (m.kind === 'sync') stepOfEvent[m.event] = m.step
  const pairs: Pair[] = []
  let previous = -1
  for (let i = 0; i < trace.length; i++) {
    if (stepOfEvent[i] === -1) continue
    if (previous !== -1) {
      const a = stepOfEvent[previous]!
      const b = stepOfEvent[i]!
      const walked = ctx.flows.walk(a, b)
      pairs.push(walked ? { from: previous, to: i, flows: walked.flows, direct: walked.direct, extra: null } : { from: previous, to: i, flows: [], direct: false, extra: `${a}>${b}` })
    }
    previous = i
  }
  return {
    trace,
    fitness,
    cost,
    best,
    fits: focusAlignment !== null && focusAlignment.cost === 0,
    deviations: focusAlignment ? nameDeviations(focusAlignment, trace, ctx.deviations) : [],
    stepOfEvent,
    pairs,
  }
}
