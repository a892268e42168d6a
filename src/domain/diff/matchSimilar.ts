// Rule 1(c): label similarity above SIMILARITY_THRESHOLD, best pair first, deterministic ties.
//
// No n×m comparison. Candidates come from an inverted index of words (blocking): a step is scored
// only against steps of its kind class that share a word with it. Each word's block offers at most
// BLOCK_VISITS steps, so a word found on every step ("check", "tray") cannot make the work
// quadratic, and of the steps offered only the CANDIDATES_PER_STEP sharing the most words are
// scored. Candidates are gathered from both sides, which keeps the result the same when before and
// after swap. Then the best pair first: score, then closeness in reading order, then ids.
import type { MatchedBy } from './types'
import { bigramsOf, kindClass, wordsOf, type LabelShape, type LabelShapes } from './normalize'
import { comparePairIds, type PreparedSide } from './side'
import { bigramDice, SIMILARITY_THRESHOLD } from './similarity'
import type { StepMatching } from './match'

/** A word shared by hundreds of steps offers only this many candidates: those nearest in reading order. */
export const BLOCK_VISITS = 64
/** Per step, at most this many candidates are scored: those that share the most words with it. */
export const CANDIDATES_PER_STEP = 12

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
  // Pairs already compared from the before side (positions in the open lists, as one number):
  // a pair that is a candidate from both sides is scored once.
  const compared = new Set<number>()
  const span = openA.steps.length
  const gather = (self: Open, other: Open, otherKey: 'b' | 'a', pair: (p: number, o: number) => [number, number]) => {
    const fromB = otherKey === 'a'
    const seen = new Int32Array(other.steps.length).fill(-1)
    const shared = new Int32Array(other.steps.length)
    self.words.forEach((words, p) => {
      const touched: number[] = []
      // Where this step's partner would sit in the other state's reading order.
      const near = Math.round((p * other.steps.length) / self.steps.length)
      for (const w of words) {
        const block = blocks.get(w)![otherKey]
        const start = windowStart(block, near)
        const end = Math.min(block.length, start + BLOCK_VISITS)
        for (let k = start; k < end; k++) {
          const o = block[k]!
          if (seen[o] !== p) {
            seen[o] = p
            shared[o] = 0
            touched.push(o)
          }
          shared[o]!++
        }
      }
      for (const o of mostShared(touched, shared, words.length, near, other.steps.length)) {
        if (fromB) compared.add(p * span + o)
        else if (compared.has(o * span + p)) continue
        if (!couldReach(self.shapes[p]!, other.shapes[o]!)) continue
        const score = bigramDice(self.shapes[p]!, other.shapes[o]!)
        if (score < SIMILARITY_THRESHOLD) continue
        const [bi, ai] = pair(p, o)
        if (allowed(bi, ai)) scored.push({ bi, ai, score })
      }
    })
  }
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

/** Reused between calls: the smallest keys seen so far, ascending. */
const bestKeys = new Float64Array(CANDIDATES_PER_STEP)

/**
 * The CANDIDATES_PER_STEP candidates sharing the most words, then nearest to `near`, then first in
 * reading order. One key per candidate packs all three (keys are distinct: each ends in its
 * candidate), and the smallest keys are kept as they come: a step offered a few hundred candidates
 * needs no sort of them all, only a handful of insertions into the short list.
 */
function mostShared(touched: number[], shared: Int32Array, words: number, near: number, span: number): number[] {
  if (touched.length <= CANDIDATES_PER_STEP) return touched
  const width = span + 1
  let kept = 0
  for (let t = 0; t < touched.length; t++) {
    const o = touched[t]!
    const key = ((words - shared[o]!) * width + Math.abs(o - near)) * width + o
    if (kept === CANDIDATES_PER_STEP && key >= bestKeys[kept - 1]!) continue
    let k = kept < CANDIDATES_PER_STEP ? kept++ : kept - 1
    while (k > 0 && bestKeys[k - 1]! > key) {
      bestKeys[k] = bestKeys[k - 1]!
      k--
    }
    bestKeys[k] = key
  }
  const best: number[] = new Array(CANDIDATES_PER_STEP)
  for (let k = 0; k < CANDIDATES_PER_STEP; k++) best[k] = bestKeys[k]! % width
  return best
}

/**
 * Where the BLOCK_VISITS entries of a block (ascending positions) nearest to `target` start: a
 * step's partner sits at about the same place in the reading order of the other state.
 */
function windowStart(block: number[], target: number): number {
  if (block.length <= BLOCK_VISITS) return 0
  let lo = 0
  let hi = block.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (block[mid]! < target) lo = mid + 1
    else hi = mid
  }
  return Math.max(0, Math.min(lo - BLOCK_VISITS / 2, block.length - BLOCK_VISITS))
}

/** Dice can reach the threshold only when the two bigram counts are not too far apart. */
function couldReach(x: LabelShape, y: LabelShape): boolean {
  const p = bigramsOf(x).length
  const q = bigramsOf(y).length
  return (2 * Math.min(p, q)) / (p + q) >= SIMILARITY_THRESHOLD
}

function openSteps(side: PreparedSide, partner: Int32Array, shapes: LabelShapes): Open {
  const open: Open = { side, steps: [], shapes: [], words: [] }
  for (let r = 0; r < side.order.length; r++) {
    const i = side.order[r]!
    if (partner[i] !== -1) continue
    const s = side.steps[i]!
    const shape = shapes.get(s.label)
    if (shape.key.length === 0) continue
    const cls = kindClass(s.kind)
    open.steps.push(i)
    open.shapes.push(shape)
    open.words.push([...new Set(wordsOf(shape))].map((w) => `${cls}:${w}`))
  }
  return open
}
