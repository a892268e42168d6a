// Label similarity for rule 1(c): the Sørensen–Dice coefficient of the character bigrams of the
// label's words (each word on its own, so word order does not matter: "Tray scan" ~ "Scan tray").
//
// Threshold 0.65, chosen on workshop labels:
//   "Wash instruments" ~ "Wash instrument"                                    0.96  (plural)
//   "Receive tray in decontamination" ~ "Receive trays at decontamination"  0.94  (reworded)
//   "Print label" ~ "Print labels for tubes"                                  0.70  (elaborated)
//   "Recieve tray" ~ "Receive tray"                                           0.67  (typo)
//   "Check tray" ~ "Check load"                                               0.57  (different steps)
//   "Scan tray" ~ "Scan load"                                                 0.50  (different steps)
//   "Record tray ID on paper" ~ "Record tray ID in traceability system"       0.45  (a replaced step)
// A swapped pair of letters costs a short label about a third of its bigrams, so a threshold of 0.7
// misses typos; below 0.6 two short labels that share their verb ("Check …") start to pair.
// A pair matches when its score is at least the threshold. Only steps that neither lineage nor an
// equal label matched are compared, and only within one kind class.
import { bigramsOf, type LabelShape } from './normalize'

export const SIMILARITY_THRESHOLD = 0.65

/** 2·|A ∩ B| / (|A| + |B|) over bigram multisets; both arrays are sorted. */
export function bigramDice(a: LabelShape, b: LabelShape): number {
  const x = bigramsOf(a)
  const y = bigramsOf(b)
  const total = x.length + y.length
  if (total === 0) return 0
  let i = 0
  let j = 0
  let shared = 0
  while (i < x.length && j < y.length) {
    const u = x[i]!
    const v = y[j]!
    if (u === v) {
      shared++
      i++
      j++
    } else if (u < v) i++
    else j++
  }
  return (2 * shared) / total
}

/** Scores are reported with three decimals: enough to read, stable in JSON. */
export const roundScore = (score: number): number => Math.round(score * 1000) / 1000
