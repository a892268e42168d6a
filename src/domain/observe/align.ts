// Alignment of one trace with a map, with the standard costs: a synchronous move (the log and the
// map agree) costs 0, a log move (an event the map cannot place there) 1, a model move (a step
// the map needs and the log lacks) 1, a silent step 0. On a map (one token, exclusive choices)
// the optimal alignment is a shortest path through the product of the trace's positions and the
// map's steps; with costs of 0 and 1 a double-ended queue finds it exactly (0-1 BFS) in time
// proportional to (steps + flows) × (events + 1). The cost is the same in every correct
// implementation, which is why fitness is defined on it rather than on token replay.
import type { ReplayModel } from './replayModel'

export type MoveKind = 'sync' | 'log' | 'model'

export interface Move {
  kind: MoveKind
  /** The map's step (index in the model); -1 for a log move. */
  step: number
  /** The trace's event (position); -1 for a model move. */
  event: number
}

export interface Alignment {
  cost: number
  moves: Move[]
}

const SYNC = 1
const LOG = 2
const MODEL = 3
const SILENT = 4

/**
 * The optimal alignment of `trace` (activity names, in order) with the model, or null when the map
 * has no way from a start to an end at all.
 */
export function align(model: ReplayModel, trace: readonly string[]): Alignment | null {
  const n = model.stepIds.length
  const width = n + 1 // steps, then the source: "nothing done yet"
  const source = n
  const L = trace.length
  const total = width * (L + 1)
  const dist = new Int32Array(total).fill(0x7fffffff)
  const prev = new Int32Array(total).fill(-1)
  const how = new Uint8Array(total)
  const accepting: (number[] | undefined)[] = trace.map((a) => model.stepsOf.get(a))
  const { offset, target, starts, visible, isEnd } = model

  let cap = 64
  while (cap < total * 2) cap *= 2
  let ring = new Int32Array(cap)
  let head = 0
  let size = 0
  const grow = () => {
    const bigger = new Int32Array(cap * 2)
    for (let k = 0; k < size; k++) bigger[k] = ring[(head + k) & (cap - 1)]!
    ring = bigger
    head = 0
    cap *= 2
  }
  const pushFront = (s: number) => {
    if (size === cap) grow()
    head = (head - 1) & (cap - 1)
    ring[head] = s
    size++
  }
  const pushBack = (s: number) => {
    if (size === cap) grow()
    ring[(head + size) & (cap - 1)] = s
    size++
  }
  const relax = (from: number, to: number, cost: number, kind: number) => {
    const d = dist[from]! + cost
    if (d < dist[to]!) {
      dist[to] = d
      prev[to] = from
      how[to] = kind
      if (cost === 0) pushFront(to)
      else pushBack(to)
    }
  }

  const begin = source // (source, position 0)
  dist[begin] = 0
  pushBack(begin)
  const done = new Uint8Array(total)
  let goal = -1
  while (size > 0) {
    const s = ring[head]!
    head = (head + 1) & (cap - 1)
    size--
    if (done[s]) continue
    done[s] = 1
    const i = (s / width) | 0
    const v = s - i * width
    if (v !== source && i === L && isEnd[v]) {
      goal = s
      break
    }
    const base = i * width
    const first = v === source ? 0 : offset[v]!
    const last = v === source ? starts.length : offset[v + 1]!
    for (let e = first; e < last; e++) {
      const w = v === source ? starts[e]! : target[e]!
      if (!visible[w]) {
        relax(s, base + w, 0, SILENT)
        continue
      }
      if (i < L && accepting[i]?.includes(w)) relax(s, base + width + w, 0, SYNC)
      relax(s, base + w, 1, MODEL)
    }
    if (i < L) relax(s, s + width, 1, LOG)
  }
  if (goal === -1) return null

  const moves: Move[] = []
  for (let s = goal; s !== begin; s = prev[s]!) {
    const i = (s / width) | 0
    const v = s - i * width
    switch (how[s]) {
      case SYNC:
        moves.push({ kind: 'sync', step: v, event: i - 1 })
        break
      case LOG:
        moves.push({ kind: 'log', step: -1, event: i - 1 })
        break
      case MODEL:
        moves.push({ kind: 'model', step: v, event: -1 })
        break
      default:
        break // a silent step: no move of the alignment
    }
  }
  moves.reverse()
  return { cost: dist[goal]!, moves }
}

/** The cheapest way through the map with an empty log: the visible steps any case must show. */
export function shortestModelCost(model: ReplayModel): number | null {
  return align(model, [])?.cost ?? null
}

/** Fitness of one trace: 1 − cost / (events + the cheapest way through the map), as PM4Py and pm4js define it. */
export function traceFitness(cost: number, events: number, modelCost: number): number {
  const worst = events + modelCost
  return worst === 0 ? 1 : 1 - cost / worst
}
