// Rule 1: which step of "before" is which step of "after".
// Order: manual links and unlinks, then (a) lineage, (b) equal normalized label within a kind class,
// (c) label similarity. Every rule sees only the steps the earlier ones left unmatched, and no rule
// may pair two steps the user unlinked. Linear in practice: maps, no n×m comparison.
import type { MatchOverride, StepKind } from '../model/types'
import type { MatchedBy, StepMatch } from './types'
import { kindClass, type KindClass, type LabelShapes } from './normalize'
import type { PreparedSide } from './side'
import { matchSimilarLabels } from './matchSimilar'
import { KeyIndex } from './keyIndex'
import { MultiIndex } from './multiIndex'
import { roundScore } from './similarity'

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
    const byLineage = new KeyIndex(na)
    for (let r = 0; r < na; r++) {
      const ai = a.order[r]!
      if (m.beforeOf[ai] === -1) byLineage.add(a.steps[ai]!.lineage, ai)
    }
    // One predicate for the whole loop (it reads the loop's `bi`), not a closure per step.
    let bi = -1
    const free = (x: number) => m.beforeOf[x] === -1 && allowed(bi, x)
    for (let r = 0; r < nb; r++) {
      bi = b.order[r]!
      if (m.afterOf[bi] !== -1) continue
      const ai = byLineage.take(b.steps[bi]!.lineage, free)
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
    let bi = b.indexOf.last(o.beforeStepId)
    let ai = a.indexOf.last(o.afterStepId)
    if (bi === -1 || ai === -1) {
      bi = b.indexOf.last(o.afterStepId)
      ai = a.indexOf.last(o.beforeStepId)
    }
    if (bi === -1 || ai === -1) continue
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

const CLASS_BUCKET: Record<KindClass, number> = { event: 0, task: 1, decision: 2 }
const KIND_BUCKET: Record<StepKind, number> = { start: 3, end: 4, wait: 5, task: 6, subprocess: 7, decision: 8 }
const BUCKETS = 9

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
  // One index per kind class (and one per kind for empty labels), keyed by the label key itself,
  // so a 50,000-step file allocates no group objects or compound keys for its unique labels.
  const bucketOf = (kind: StepKind, key: string) => (key.length > 0 ? CLASS_BUCKET[kindClass(kind)] : KIND_BUCKET[kind])
  const fill = (side: PreparedSide, partner: Int32Array): (MultiIndex | undefined)[] => {
    const buckets: (MultiIndex | undefined)[] = new Array(BUCKETS)
    for (let r = 0; r < side.order.length; r++) {
      const i = side.order[r]!
      if (partner[i] !== -1) continue
      const s = side.steps[i]!
      const key = shapes.get(s.label).key
      ;(buckets[bucketOf(s.kind, key)] ??= new MultiIndex()).add(key, i)
    }
    return buckets
  }
  const byB = fill(b, m.afterOf)
  const byA = fill(a, m.beforeOf)

  for (let k = 0; k < BUCKETS; k++) {
    const bb = byB[k]
    const ab = byA[k]
    if (!bb || !ab) continue
    for (const [key, bi] of bb.firsts()) {
      const ai = ab.first(key)
      if (ai === undefined) continue
      if (bb.single(key) && ab.single(key)) {
        if (allowed(bi, ai)) link(bi, ai, 'label', 1)
        continue
      }
      const gb = bb.all(key)
      const ga = ab.all(key)
      // Same kind first: a start and an end both labelled "Tray" pair start with start.
      const kinds = new Set(gb.map((i) => b.steps[i]!.kind))
      for (const kind of kinds) {
        zip(
          gb.filter((i) => b.steps[i]!.kind === kind),
          ga.filter((i) => a.steps[i]!.kind === kind),
        )
      }
      zip(
        gb.filter((i) => m.afterOf[i] === -1),
        ga.filter((i) => m.beforeOf[i] === -1),
      )
    }
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

/** Every matched pair, in the reading order of the before state. */
export function matchList(b: PreparedSide, a: PreparedSide, m: StepMatching): StepMatch[] {
  const out: StepMatch[] = []
  for (let r = 0; r < b.order.length; r++) {
    const bi = b.order[r]!
    const ai = m.afterOf[bi]!
    if (ai === -1) continue
    out.push({ before: b.steps[bi]!.id, after: a.steps[ai]!.id, by: m.by[bi]!, score: roundScore(m.score[bi]!) })
  }
  return out
}
