// Lead time: the longest start-to-end path of touch + wait minutes. A rework loop ("tray incomplete:
// back to assembly") would make every path infinitely long, so the back edges that close loops are
// ignored: a depth-first search from the start steps marks them, and what remains is a DAG whose
// longest path is computed as the search finishes each step. Linear in steps plus flows.
import type { PreparedFlows } from './flows'
import { KIND_CODE } from './side'

export function leadTimeMinutes(p: PreparedFlows): number {
  const { kind, weight } = p.side.facts
  const n = kind.length
  if (n === 0) return 0
  // Outgoing flows as compressed adjacency lists, in the flows' stable order.
  const offset = new Int32Array(n + 1)
  const hasIncoming = new Uint8Array(n)
  for (let i = 0; i < p.flow.length; i++) {
    offset[p.from[i]! + 1]!++
    hasIncoming[p.to[i]!] = 1
  }
  for (let v = 0; v < n; v++) offset[v + 1]! += offset[v]!
  const target = new Int32Array(p.flow.length)
  const fill = offset.slice(0, n)
  for (let i = 0; i < p.flow.length; i++) target[fill[p.from[i]!]!++] = p.to[i]!

  // Without start or end events (a map still being drawn), steps with no way in or out stand in.
  const hasStart = kind.includes(KIND_CODE.start)
  const hasEnd = kind.includes(KIND_CODE.end)
  const isEnd = (v: number) => (hasEnd ? kind[v] === KIND_CODE.end : offset[v + 1] === offset[v])
  const starts: number[] = []
  const { order } = p.side
  for (let r = 0; r < n; r++) {
    const v = order[r]!
    if (hasStart ? kind[v] === KIND_CODE.start : !hasIncoming[v]) starts.push(v)
  }
  const WHITE = 0
  const GREY = 1
  const BLACK = 2
  const colour = new Uint8Array(n)
  const best = new Float64Array(n).fill(-Infinity) // -Infinity: no end reachable from here
  const stack = new Int32Array(n)
  const next = new Int32Array(n)
  let lead = 0
  for (const s of starts) {
    if (colour[s] === WHITE) {
      let top = 0
      stack[0] = s
      next[s] = offset[s]!
      colour[s] = GREY
      while (top >= 0) {
        const v = stack[top]!
        if (next[v]! < offset[v + 1]!) {
          const w = target[next[v]!++]!
          if (colour[w] === WHITE) {
            colour[w] = GREY
            next[w] = offset[w]!
            stack[++top] = w
          }
          continue // a grey target closes a loop: that back edge is ignored
        }
        // Finished: every non-back successor is black and final; grey ones are ancestors on the stack.
        let tail = isEnd(v) ? 0 : -Infinity
        for (let e = offset[v]!; e < offset[v + 1]!; e++) {
          const w = target[e]!
          if (colour[w] === BLACK && best[w]! > tail) tail = best[w]!
        }
        best[v] = tail === -Infinity ? -Infinity : weight[v]! + tail
        colour[v] = BLACK
        top--
      }
    }
    if (best[s]! > lead) lead = best[s]!
  }
  return lead
}
