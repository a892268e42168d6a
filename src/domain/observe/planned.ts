// What the map plans, in the same words as what the log shows: the planned path of a case (the
// longest start-to-end path of touch + wait minutes, the back edges of rework loops ignored, as
// the metrics strip's lead time), its lead time, and its handoffs (changes of role along it).
import type { WorkflowState } from '../model/types'

export interface PlannedPath {
  stepIds: string[]
  leadTimeMinutes: number
  handoffs: number
}

export function plannedPath(state: WorkflowState): PlannedPath {
  const steps = state.steps
  const index = new Map(steps.map((s, i) => [s.id, i]))
  const out: number[][] = steps.map(() => [])
  const hasIncoming = new Uint8Array(steps.length)
  for (const f of state.flows) {
    const a = index.get(f.from)
    const b = index.get(f.to)
    if (a === undefined || b === undefined) continue
    out[a]!.push(b)
    hasIncoming[b] = 1
  }
  const hasStart = steps.some((s) => s.kind === 'start')
  const hasEnd = steps.some((s) => s.kind === 'end')
  const isEnd = (v: number) => (hasEnd ? steps[v]!.kind === 'end' : out[v]!.length === 0)
  const weight = steps.map((s) => (s.touchMinutes ?? 0) + (s.waitMinutes ?? 0))

  // Depth-first from each start; a grey target closes a loop and is ignored. `best` is the
  // longest way to an end from a finished step, `next` the step it goes on to.
  const colour = new Uint8Array(steps.length) // 0 white, 1 grey, 2 black
  const best = new Float64Array(steps.length).fill(-Infinity)
  const next = new Int32Array(steps.length).fill(-1)
  const visit = (root: number) => {
    const stack: [number, number][] = [[root, 0]]
    colour[root] = 1
    while (stack.length > 0) {
      const top = stack[stack.length - 1]!
      const [v, k] = top
      if (k < out[v]!.length) {
        top[1]++
        const w = out[v]![k]!
        if (colour[w] === 0) {
          colour[w] = 1
          stack.push([w, 0])
        }
        continue
      }
      let tail = isEnd(v) ? 0 : -Infinity
      for (const w of out[v]!) {
        if (colour[w] === 2 && best[w]! > tail) {
          tail = best[w]!
          next[v] = w
        }
      }
      best[v] = tail === -Infinity ? -Infinity : weight[v]! + tail
      colour[v] = 2
      stack.pop()
    }
  }
  let first = -1
  for (let v = 0; v < steps.length; v++) {
    if (!(hasStart ? steps[v]!.kind === 'start' : !hasIncoming[v])) continue
    if (colour[v] === 0) visit(v)
    if (best[v]! > -Infinity && (first === -1 || best[v]! > best[first]!)) first = v
  }
  if (first === -1) return { stepIds: [], leadTimeMinutes: 0, handoffs: 0 }
  const path: number[] = []
  for (let v = first; v !== -1 && path.length <= steps.length; v = next[v]!) path.push(v)
  let handoffs = 0
  let role: string | undefined
  for (const v of path) {
    const r = steps[v]!.roleId
    if (r === undefined) continue
    if (role !== undefined && r !== role) handoffs++
    role = r
  }
  return { stepIds: path.map((v) => steps[v]!.id), leadTimeMinutes: best[first]!, handoffs }
}
