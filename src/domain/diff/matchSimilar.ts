// Rule 1(c): label similarity above SIMILARITY_THRESHOLD, best pair first, deterministic ties.
//
// No n×m comparison. Candidates come from an inverted index of words (blocking): a step is scored
// only against steps of its kind class that share a word with it, its rarest words first and at
// most CANDIDATES_PER_STEP of them, so a word found on every step ("check", "tray") cannot make the
// work quadratic. Candidates are gathered from both sides, which keeps the result the same when
// before and after swap. Then the best pair first: score, then closeness in reading order, then ids.
import type { MatchedBy } from './types'
import { bigramsOf, kindClass, type LabelShape, type LabelShapes } from './normalize'
import { comparePairIds, compareText, type PreparedSide } from './side'
import { bigramDice, SIMILARITY_THRESHOLD } from './similarity'
import type { StepMatching } from './match'

/** At most this many similarity candidates per step, taken from its rarest words first. */
export const CANDIDATES_PER_STEP = 32

interface Open {
  side: PreparedSide
  /** Step indexes of the still unmatched, labelled steps, in reading order. */
  steps: number[]
  shapes: LabelShape[]
  /** Per open step: its distinct words, prefixed with the kind class, as block keys. */
  words: string[][]
}

interface Block {
  b: number[]
  a: number[]
}

interface Scored {
  bi: number
  ai: number
  score: number
}

export function matchSimilarLabels(
  b: PreparedSide,
  a: PreparedSide,
  m: StepMatching,
  shapes: LabelShapes,
  allowed: (bi: number, ai: number) => boolean,
  link: (bi: number, ai: number, by: MatchedBy, score: number) => void,
): void {
  const openB = openSteps(b, m.afterOf, shapes)
  const openA = openSteps(a, m.beforeOf, shapes)
  if (openB.steps.length === 0 || openA.steps.length === 0) return

  // Blocks hold positions in the open lists, not step indexes.
  const blocks = new Map<string, Block>()
  const index = (open: Open, which: 'b' | 'a') => {
    open.words.forEach((words, p) => {
      for (const w of words) {
        let block = blocks.get(w)
        if (!block) blocks.set(w, (block = { b: [], a: [] }))
        block[which].push(p)
      }
    })
  }
  index(openB, 'b')
  index(openA, 'a')

  const scored: Scored[] = []
  const gather = (self: Open, other: Open, otherKey: 'b' | 'a', pair: (p: number, o: number) => [number, number]) => {
    const seen = new Int32Array(other.steps.length).fill(-1)
    self.words.forEach((words, p) => {
      const rarestFirst = words
        .map((w) => ({ w, block: blocks.get(w)![otherKey] }))
        .filter((x) => x.block.length > 0)
        .sort((x, y) => x.block.length - y.block.length || compareText(x.w, y.w))
      let taken = 0
      for (const { block } of rarestFirst) {
        for (const o of block) {
          if (taken >= CANDIDATES_PER_STEP) return
          if (seen[o] === p) continue
          seen[o] = p
          taken++
          if (!couldReach(self.shapes[p]!, other.shapes[o]!)) continue
          const score = bigramDice(self.shapes[p]!, other.shapes[o]!)
          if (score < SIMILARITY_THRESHOLD) continue
          const [bi, ai] = pair(p, o)
          if (allowed(bi, ai)) scored.push({ bi, ai, score })
        }
      }
    })
  }
  // A pair found from both sides appears twice; the greedy pass below skips the second copy.
  gather(openB, openA, 'a', (p, o) => [openB.steps[p]!, openA.steps[o]!])
  gather(openA, openB, 'b', (p, o) => [openB.steps[o]!, openA.steps[p]!])

  scored.sort((x, y) => {
    const dx = Math.abs(b.rank[x.bi]! - a.rank[x.ai]!)
    const dy = Math.abs(b.rank[y.bi]! - a.rank[y.ai]!)
    return (
      y.score - x.score ||
      dx - dy ||
      b.rank[x.bi]! + a.rank[x.ai]! - (b.rank[y.bi]! + a.rank[y.ai]!) ||
      comparePairIds(b.steps[x.bi]!.id, a.steps[x.ai]!.id, b.steps[y.bi]!.id, a.steps[y.ai]!.id) ||
      b.rank[x.bi]! - b.rank[y.bi]!
    )
  })
  for (const { bi, ai, score } of scored) {
    if (m.afterOf[bi] === -1 && m.beforeOf[ai] === -1) link(bi, ai, 'similarity', score)
  }
}

/** Dice can reach the threshold only when the two bigram counts are not too far apart. */
function couldReach(x: LabelShape, y: LabelShape): boolean {
  const p = bigramsOf(x).length
  const q = bigramsOf(y).length
  return (2 * Math.min(p, q)) / (p + q) >= SIMILARITY_THRESHOLD
}

function openSteps(side: PreparedSide, partner: Int32Array, shapes: LabelShapes): Open {
  const open: Open = { side, steps: [], shapes: [], words: [] }
  for (const i of side.order) {
    if (partner[i] !== -1) continue
    const s = side.steps[i]!
    const shape = shapes.get(s.label)
    if (shape.words.length === 0) continue
    const cls = kindClass(s.kind)
    open.steps.push(i)
    open.shapes.push(shape)
    open.words.push([...new Set(shape.words)].map((w) => `${cls}:${w}`))
  }
  return open
}
