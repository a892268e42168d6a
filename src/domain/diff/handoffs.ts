// Rule 4: handoffs, the flows where work passes from one role to another.
// A handoff is added when its flow is new or its matched flow was not a handoff; removed
// symmetrically. Before counting, an unmatched handoff of before and one of after with the same
// role pair that share a matched endpoint (source↔source or target↔target) are paired and count as
// neither: replacing a step must not turn the handoff into it into one removed and one added.
import type { Handoff } from './types'
import type { StepMatching } from './match'
import type { FlowMatching, PreparedFlows } from './flows'
import { comparePairIds, stepRef } from './side'

/** Whether each flow (by position in PreparedFlows) is a handoff. Both ends need a role, and they differ. */
export function handoffFlags(p: PreparedFlows): Uint8Array {
  const flags = new Uint8Array(p.flow.length)
  const roles = p.side.roleKey
  for (let i = 0; i < p.flow.length; i++) {
    const r = roles[p.from[i]!]
    const s = roles[p.to[i]!]
    flags[i] = r !== null && s !== null && r !== s ? 1 : 0
  }
  return flags
}

export function handoffRef(p: PreparedFlows, i: number, kind: 'added' | 'removed'): Handoff {
  const id = p.side.state.flows[p.flow[i]!]!.id
  return { diffId: `handoff-${kind}:${id}`, flowId: id, from: stepRef(p.side, p.from[i]!), to: stepRef(p.side, p.to[i]!) }
}

export interface HandoffChanges {
  added: Handoff[]
  removed: Handoff[]
}

export function diffHandoffs(
  b: PreparedFlows,
  a: PreparedFlows,
  flows: FlowMatching,
  steps: StepMatching,
  isB: Uint8Array,
  isA: Uint8Array,
): HandoffChanges {
  const openB: number[] = []
  const openA: number[] = []
  for (let i = 0; i < b.flow.length; i++) {
    if (isB[i] && (flows.afterOf[i] === -1 || !isA[flows.afterOf[i]!])) openB.push(i)
  }
  for (let j = 0; j < a.flow.length; j++) {
    if (isA[j] && (flows.beforeOf[j] === -1 || !isB[flows.beforeOf[j]!])) openA.push(j)
  }

  const pairedB = new Set<number>()
  const pairedA = new Set<number>()
  if (openB.length > 0 && openA.length > 0) {
    const rolePair = (p: PreparedFlows, i: number) => `${p.side.roleKey[p.from[i]!]}\u0000${p.side.roleKey[p.to[i]!]}`
    // Before handoffs by role pair and the after-state counterpart of their source or target.
    const byEnd = new Map<string, number[]>()
    const put = (key: string, i: number) => {
      const list = byEnd.get(key)
      if (list) list.push(i)
      else byEnd.set(key, [i])
    }
    for (const i of openB) {
      const pair = rolePair(b, i)
      const s = steps.afterOf[b.from[i]!]!
      const t = steps.afterOf[b.to[i]!]!
      if (s !== -1) put(`${pair}\u0001s${s}`, i)
      if (t !== -1) put(`${pair}\u0001t${t}`, i)
    }
    const seen = new Set<string>()
    const candidates: { i: number; j: number }[] = []
    for (const j of openA) {
      const pair = rolePair(a, j)
      for (const key of [`${pair}\u0001s${a.from[j]}`, `${pair}\u0001t${a.to[j]}`]) {
        for (const i of byEnd.get(key) ?? []) {
          if (seen.has(`${i}:${j}`)) continue
          seen.add(`${i}:${j}`)
          candidates.push({ i, j })
        }
      }
    }
    // Deterministic and the same in both directions: earliest flows first, then ids.
    const idB = (i: number) => b.side.state.flows[b.flow[i]!]!.id
    const idA = (j: number) => a.side.state.flows[a.flow[j]!]!.id
    candidates.sort((x, y) => x.i + x.j - (y.i + y.j) || Math.abs(x.i - x.j) - Math.abs(y.i - y.j) || comparePairIds(idB(x.i), idA(x.j), idB(y.i), idA(y.j)) || x.i - y.i)
    for (const { i, j } of candidates) {
      if (pairedB.has(i) || pairedA.has(j)) continue
      pairedB.add(i)
      pairedA.add(j)
    }
  }
  return {
    added: openA.filter((j) => !pairedA.has(j)).map((j) => handoffRef(a, j, 'added')),
    removed: openB.filter((i) => !pairedB.has(i)).map((i) => handoffRef(b, i, 'removed')),
  }
}
