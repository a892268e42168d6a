// Which step the arrow keys go to. Right and Left follow the flows; Up and Down go to the
// nearest step above or below. Pure: positions are the absolute canvas positions of the steps.
import type { Step, WorkflowState } from '../../domain/model'

export type Direction = 'next' | 'previous' | 'up' | 'down'

type Centres = ReadonlyMap<string, { x: number; y: number }>

export function neighbour(state: WorkflowState, centres: Centres, fromId: string, direction: Direction): string | null {
  const from = centres.get(fromId)
  if (!from) return null
  const byId = new Map(state.steps.map((s) => [s.id, s]))
  let candidates: Step[]
  if (direction === 'next' || direction === 'previous') {
    const along = direction === 'next' ? state.flows.filter((f) => f.from === fromId).map((f) => f.to) : state.flows.filter((f) => f.to === fromId).map((f) => f.from)
    candidates = along.map((id) => byId.get(id)!).filter(Boolean)
    // A step without flows that way: the nearest step on that side, so the keys never dead-end.
    if (candidates.length === 0) {
      candidates = state.steps.filter((s) => {
        const c = centres.get(s.id)
        return c && (direction === 'next' ? c.x > from.x + 1 : c.x < from.x - 1)
      })
    }
  } else {
    candidates = state.steps.filter((s) => {
      const c = centres.get(s.id)
      return c && (direction === 'up' ? c.y < from.y - 1 : c.y > from.y + 1)
    })
  }
  let best: string | null = null
  let bestScore = Infinity
  for (const s of candidates) {
    if (s.id === fromId) continue
    const c = centres.get(s.id)!
    const dx = Math.abs(c.x - from.x)
    const dy = Math.abs(c.y - from.y)
    // Along flows the straight continuation wins; across lanes the step closest in x wins.
    const score = direction === 'next' || direction === 'previous' ? dy * 2 + dx : dx + dy * 0.5
    if (score < bestScore) {
      bestScore = score
      best = s.id
    }
  }
  return best
}
