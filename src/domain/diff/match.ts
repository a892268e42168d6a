// Rule 1: which step of "before" is which step of "after".
// Order: manual links and unlinks, then (a) lineage, (b) equal normalized label within a kind class,
// (c) label similarity. Every rule sees only the steps the earlier ones left unmatched, and no rule
// may pair two steps the user unlinked. Linear in practice: maps, no n×m comparison.
import type { MatchOverride } from '../model/types'
import type { MatchedBy, StepMatch } from './types'
import { kindClass, type LabelShapes } from './normalize'
import type { PreparedSide } from './side'
import { compareText, comparePairIds } from './side'
import { bigramDice, roundScore, SIMILARITY_THRESHOLD } from './similarity'

export type OverrideLike = Pick<MatchOverride, 'kind' | 'beforeStepId' | 'afterStepId'>

export interface StepMatching {
  /** Before step index → after step index, or -1. */
  afterOf: Int32Array
  /** After step index → before step index, or -1. */
  beforeOf: Int32Array
  /** Indexed by before step. */
  by: (MatchedBy | undefined)[]
  score: Float64Array
}

/** At most this many similarity candidates per step, taken from its rarest words first. */
export const CANDIDATES_PER_STEP = 50

export function matchSteps(
  b: PreparedSide,
  a: PreparedSide,
  matchBy: 'lineage' | 'label',
  overrides: readonly OverrideLike[],
  shapes: LabelShapes,
): StepMatching {
  const nb = b.steps.length
  const na = a.steps.length
  const m: StepMatching = {
    afterOf: new Int32Array(nb).fill(-1),
    beforeOf: new Int32Array(na).fill(-1),
    by: new Array(nb),
    score: new Float64Array(nb),
  }
  const link = (bi: number, ai: number, by: MatchedBy, score: number) => {
    m.afterOf[bi] = ai
    m.beforeOf[ai] = bi
    m.by[bi] = by
    m.score[bi] = score
  }
  const forbidden = applyOverrides(b, a, overrides, link)
  const allowed = (bi: number, ai: number) => forbidden.size === 0 || !forbidden.has(bi * na + ai)

  if (matchBy === 'lineage') {
    const byLineage = new MultiIndex()
    for (const ai of a.order) if (m.beforeOf[ai] === -1) byLineage.add(a.steps[ai]!.lineage, ai)
    for (const bi of b.order) {
      if (m.afterOf[bi] !== -1) continue
      const ai = byLineage.take(b.steps[bi]!.lineage, (x) => m.beforeOf[x] === -1 && allowed(bi, x))
      if (ai !== -1) link(bi, ai, 'lineage', 1)
    }
  }

  matchEqualLabels(b, a, m, shapes, allowed, link)
  matchSimilarLabels(b, a, m, shapes, allowed, link)
  return m
}

/**
 * Manual decisions, latest first: a later link or unlink of the same pair wins over an earlier one,
 * and a step linked twice keeps its latest link. An override stored the other way round (made while
 * comparing the two states in the opposite direction) applies too.
 */
function applyOverrides(
  b: PreparedSide,
  a: PreparedSide,
  overrides: readonly OverrideLike[],
  link: (bi: number, ai: number, by: MatchedBy, score: number) => void,
): Set<number> {
  const forbidden = new Set<number>()
  if (overrides.length === 0) return forbidden
  const na = a.steps.length
  const decided = new Set<number>()
  const usedB = new Set<number>()
  const usedA = new Set<number>()
  for (let k = overrides.length - 1; k >= 0; k--) {
    const o = overrides[k]!
    let bi = b.indexOf.get(o.beforeStepId)
    let ai = a.indexOf.get(o.afterStepId)
    if (bi === undefined || ai === undefined) {
      bi = b.indexOf.get(o.afterStepId)
      ai = a.indexOf.get(o.beforeStepId)
    }
    if (bi === undefined || ai === undefined) continue
    const pair = bi * na + ai
    if (decided.has(pair)) continue
    decided.add(pair)
    if (o.kind === 'unlink') forbidden.add(pair)
    else if (!usedB.has(bi) && !usedA.has(ai)) {
      usedB.add(bi)
      usedA.add(ai)
      link(bi, ai, 'manual', 1)
    }
  }
  return forbidden
}

/**
 * Rule 1(b). Within a group of equal labels of one kind class, steps of the same kind pair first,
 * then the rest, each in reading order. Empty labels say nothing about identity, so unlabeled
 * steps pair only with unlabeled steps of the very same kind (the one start event of each file).
 */
function matchEqualLabels(
  b: PreparedSide,
  a: PreparedSide,
  m: StepMatching,
  shapes: LabelShapes,
  allowed: (bi: number, ai: number) => boolean,
  link: (bi: number, ai: number, by: MatchedBy, score: number) => void,
): void {
  const groups = new Map<string, { b: number[]; a: number[] }>()
  const groupOf = (side: PreparedSide, i: number) => {
    const s = side.steps[i]!
    const key = shapes.get(s.label).key
    const name = key.length > 0 ? `c:${kindClass(s.kind)}:${key}` : `k:${s.kind}:`
    let g = groups.get(name)
    if (!g) groups.set(name, (g = { b: [], a: [] }))
    return g
  }
  for (const bi of b.order) if (m.afterOf[bi] === -1) groupOf(b, bi).b.push(bi)
  for (const ai of a.order) if (m.beforeOf[ai] === -1) groupOf(a, ai).a.push(ai)

  for (const g of groups.values()) {
    if (g.b.length === 0 || g.a.length === 0) continue
    if (g.b.length === 1 && g.a.length === 1) {
      if (allowed(g.b[0]!, g.a[0]!)) link(g.b[0]!, g.a[0]!, 'label', 1)
      continue
    }
    // Same kind first: a start and an end both labelled "Tray" pair start with start.
    const kinds = new Set(g.b.map((i) => b.steps[i]!.kind))
    for (const kind of kinds) {
      zip(
        g.b.filter((i) => b.steps[i]!.kind === kind),
        g.a.filter((i) => a.steps[i]!.kind === kind),
      )
    }
    zip(
      g.b.filter((i) => m.afterOf[i] === -1),
      g.a.filter((i) => m.beforeOf[i] === -1),
    )
  }

  function zip(bs: number[], as: number[]) {
    let j = 0
    for (const bi of bs) {
      if (m.afterOf[bi] !== -1) continue
      while (j < as.length && m.beforeOf[as[j]!] !== -1) j++
      if (j >= as.length) return
      // An unlinked pair stays apart; both remain for the next pass or the similarity rule.
      if (!allowed(bi, as[j]!)) continue
      link(bi, as[j]!, 'label', 1)
      j++
    }
  }
}

/**
 * Rule 1(c). Candidates come from an inverted index of words (blocking): a step is compared only
 * with steps of its kind class that share a word, rarest words first, at most CANDIDATES_PER_STEP
 * of them, so a word on every step ("check", "tray") cannot make the work quadratic. Candidates
 * are gathered from both sides, which keeps the result the same when before and after swap.
 * Then the best pair first: score, then closeness in reading order, then ids.
 */
function matchSimilarLabels(
  b: PreparedSide,
  a: PreparedSide,
  m: StepMatching,
  shapes: LabelShapes,
  allowed: (bi: number, ai: number) => boolean,
  link: (bi: number, ai: number, by: MatchedBy, score: number) => void,
): void {
  const na = a.steps.length
  const openB: number[] = []
  const openA: number[] = []
  for (const bi of b.order) if (m.afterOf[bi] === -1 && shapes.get(b.steps[bi]!.label).words.length > 0) openB.push(bi)
  for (const ai of a.order) if (m.beforeOf[ai] === -1 && shapes.get(a.steps[ai]!.label).words.length > 0) openA.push(ai)
  if (openB.length === 0 || openA.length === 0) return

  const blocks = new Map<string, { b: number[]; a: number[] }>()
  const wordsOf = (side: PreparedSide, i: number): string[] => {
    const s = side.steps[i]!
    const cls = kindClass(s.kind)
    return [...new Set(shapes.get(s.label).words)].map((w) => `${cls}:${w}`)
  }
  const index = (side: PreparedSide, list: number[], which: 'b' | 'a') => {
    for (const i of list) {
      for (const w of wordsOf(side, i)) {
        let block = blocks.get(w)
        if (!block) blocks.set(w, (block = { b: [], a: [] }))
        block[which].push(i)
      }
    }
  }
  index(b, openB, 'b')
  index(a, openA, 'a')

  const pairs = new Set<number>()
  const gather = (side: PreparedSide, list: number[], other: 'b' | 'a', pairOf: (self: number, o: number) => number) => {
    for (const i of list) {
      const words = wordsOf(side, i)
        .map((w) => ({ w, block: blocks.get(w)! }))
        .filter((x) => x.block[other].length > 0)
        .sort((x, y) => x.block[other].length - y.block[other].length || compareText(x.w, y.w))
      let taken = 0
      for (const { block } of words) {
        for (const o of block[other]) {
          if (taken >= CANDIDATES_PER_STEP) break
          pairs.add(pairOf(i, o))
          taken++
        }
        if (taken >= CANDIDATES_PER_STEP) break
      }
    }
  }
  gather(b, openB, 'a', (bi, ai) => bi * na + ai)
  gather(a, openA, 'b', (ai, bi) => bi * na + ai)

  const scored: { bi: number; ai: number; score: number }[] = []
  for (const pair of pairs) {
    const bi = Math.floor(pair / na)
    const ai = pair - bi * na
    if (!allowed(bi, ai)) continue
    const score = bigramDice(shapes.get(b.steps[bi]!.label), shapes.get(a.steps[ai]!.label))
    if (score >= SIMILARITY_THRESHOLD) scored.push({ bi, ai, score })
  }
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

/** Every matched pair, in the reading order of the before state. */
export function matchList(b: PreparedSide, a: PreparedSide, m: StepMatching): StepMatch[] {
  const out: StepMatch[] = []
  for (const bi of b.order) {
    const ai = m.afterOf[bi]!
    if (ai === -1) continue
    out.push({ before: b.steps[bi]!.id, after: a.steps[ai]!.id, by: m.by[bi]!, score: roundScore(m.score[bi]!) })
  }
  return out
}

/**
 * A map from key to indexes that allocates an array only for keys seen twice: lineage is almost
 * always unique, and 50,000 one-element arrays would cost more than the matching itself.
 */
export class MultiIndex {
  private readonly first = new Map<string, number>()
  private readonly more = new Map<string, number[]>()

  add(key: string, i: number): void {
    if (!this.first.has(key)) this.first.set(key, i)
    else {
      const list = this.more.get(key)
      if (list) list.push(i)
      else this.more.set(key, [i])
    }
  }

  /** The first index under `key` that `ok` accepts, or -1. */
  take(key: string, ok: (i: number) => boolean): number {
    const i = this.first.get(key)
    if (i === undefined) return -1
    if (ok(i)) return i
    for (const j of this.more.get(key) ?? []) if (ok(j)) return j
    return -1
  }
}
