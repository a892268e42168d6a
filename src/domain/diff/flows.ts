// Rule 3: flows are matched by lineage, else by matched endpoints.
import type { FlowRef } from './types'
import type { StepMatching } from './match'
import { KeyIndex } from './keyIndex'
import { MultiIndex } from './multiIndex'
import { compareText, stepRef, type PreparedSide } from './side'

/** The flows of one state whose two ends exist, as step indexes, in a stable order. */
export interface PreparedFlows {
  side: PreparedSide
  /** Indexes into `side.state.flows`. */
  flow: number[]
  from: Int32Array
  to: Int32Array
}

export function prepareFlows(side: PreparedSide): PreparedFlows {
  const flows = side.state.flows
  const m = flows.length
  const n = side.steps.length
  const keptFlow = new Int32Array(m)
  const keptFrom = new Int32Array(m)
  const keptTo = new Int32Array(m)
  let kept = 0
  // Flows are mostly drawn (and generated) along the way the work goes: a flow often starts where
  // the one before it ended, and often ends at the step that follows its source in the state's
  // array. Checking those two guesses first saves most id lookups. An id found at the previous
  // flow's target is that step for sure; the next step in the array only when ids are unique.
  const { steps, indexOf } = side
  const unique = indexOf.unique
  let previous = -1
  for (let k = 0; k < m; k++) {
    const f = flows[k]!
    const s = previous !== -1 && steps[previous]!.id === f.from ? previous : indexOf.last(f.from)
    const t = unique && s !== -1 && s + 1 < n && steps[s + 1]!.id === f.to ? s + 1 : indexOf.last(f.to)
    previous = t
    if (s === -1 || t === -1) continue // a broken reference: nothing to compare
    keptFlow[kept] = k
    keptFrom[kept] = s
    keptTo[kept] = t
    kept++
  }
  // Reading order of the source, then the target, then the id: independent of the file's array
  // order. A counting sort by source (linear), then each source's few flows by target and id.
  const rank = side.rank
  const bucket = new Int32Array(n + 1)
  for (let i = 0; i < kept; i++) bucket[rank[keptFrom[i]!]! + 1]!++
  for (let r = 0; r < n; r++) bucket[r + 1]! += bucket[r]!
  const fill = bucket.slice(0, n)
  const order = new Int32Array(kept)
  for (let i = 0; i < kept; i++) order[fill[rank[keptFrom[i]!]!]!++] = i
  const before = (x: number, y: number) =>
    rank[keptTo[x]!]! - rank[keptTo[y]!]! || compareText(flows[keptFlow[x]!]!.id, flows[keptFlow[y]!]!.id)
  for (let r = 0; r < n; r++) {
    const size = bucket[r + 1]! - bucket[r]!
    if (size < 2) continue
    if (size > 16) {
      order.subarray(bucket[r]!, bucket[r + 1]!).sort(before) // a gateway with many branches
      continue
    }
    for (let j = bucket[r]! + 1; j < bucket[r + 1]!; j++) {
      const x = order[j]!
      let k = j - 1
      while (k >= bucket[r]! && before(x, order[k]!) < 0) {
        order[k + 1] = order[k]!
        k--
      }
      order[k + 1] = x
    }
  }
  const flow = new Array<number>(kept)
  const from = new Int32Array(kept)
  const to = new Int32Array(kept)
  for (let r = 0; r < kept; r++) {
    const i = order[r]!
    flow[r] = keptFlow[i]!
    from[r] = keptFrom[i]!
    to[r] = keptTo[i]!
  }
  return { side, flow, from, to }
}

export interface FlowMatching {
  /** Before flow position → after flow position (positions in PreparedFlows), or -1. */
  afterOf: Int32Array
  beforeOf: Int32Array
}

export function matchFlows(b: PreparedFlows, a: PreparedFlows, steps: StepMatching, matchBy: 'lineage' | 'label'): FlowMatching {
  const nb = b.flow.length
  const na = a.flow.length
  const afterOf = new Int32Array(nb).fill(-1)
  const beforeOf = new Int32Array(na).fill(-1)
  const bFlows = b.side.state.flows
  const aFlows = a.side.state.flows

  // One predicate for both passes, not a closure per flow.
  const free = (x: number) => beforeOf[x] === -1
  if (matchBy === 'lineage') {
    // A flow of the same lineage is the same flow unless it was reconnected: both of its steps
    // are still there (matched) but it now leaves or enters another one. A reconnected flow is
    // one removed and one added, as a new handoff may come of it. A flow whose step was replaced
    // (an end unmatched) keeps its lineage match.
    let from = -1
    let to = -1
    const sameEnds = (x: number) => beforeOf[x] === -1 && (from === -1 || a.from[x] === from) && (to === -1 || a.to[x] === to)
    const byLineage = new KeyIndex(na)
    for (let j = 0; j < na; j++) byLineage.add(aFlows[a.flow[j]!]!.lineage, j)
    for (let i = 0; i < nb; i++) {
      from = steps.afterOf[b.from[i]!]!
      to = steps.afterOf[b.to[i]!]!
      const j = byLineage.take(bFlows[b.flow[i]!]!.lineage, sameEnds)
      if (j === -1) continue
      afterOf[i] = j
      beforeOf[j] = i
    }
  }

  // Endpoints: a before flow s→t matches an after flow s'→t' when s~s' and t~t'.
  const nSteps = a.side.steps.length
  const byEnds = new MultiIndex<number>()
  for (let j = 0; j < na; j++) if (beforeOf[j] === -1) byEnds.add(a.from[j]! * nSteps + a.to[j]!, j)
  for (let i = 0; i < nb; i++) {
    if (afterOf[i] !== -1) continue
    const s = steps.afterOf[b.from[i]!]!
    const t = steps.afterOf[b.to[i]!]!
    if (s === -1 || t === -1) continue
    const j = byEnds.take(s * nSteps + t, free)
    if (j === -1) continue
    afterOf[i] = j
    beforeOf[j] = i
  }
  return { afterOf, beforeOf }
}

export function flowRef(p: PreparedFlows, i: number, kind: 'added' | 'removed'): FlowRef {
  const f = p.side.state.flows[p.flow[i]!]!
  const ref: FlowRef = {
    diffId: `flow-${kind}:${f.id}`,
    id: f.id,
    from: stepRef(p.side, p.from[i]!),
    to: stepRef(p.side, p.to[i]!),
  }
  if (f.label !== undefined) ref.label = f.label
  return ref
}

export function diffFlows(b: PreparedFlows, a: PreparedFlows, m: FlowMatching): { added: FlowRef[]; removed: FlowRef[] } {
  const added: FlowRef[] = []
  const removed: FlowRef[] = []
  for (let i = 0; i < b.flow.length; i++) if (m.afterOf[i] === -1) removed.push(flowRef(b, i, 'removed'))
  for (let j = 0; j < a.flow.length; j++) if (m.beforeOf[j] === -1) added.push(flowRef(a, j, 'added'))
  return { added, removed }
}
