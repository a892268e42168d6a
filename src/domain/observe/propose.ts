// Which log activity is which step of a state: proposals for the user to confirm or correct, each
// with its evidence. This is a small adapter over the diff's label matcher (equal labels, then
// character-bigram similarity, then shared words); an activity confirmed for an older state also
// proposes that state's step where this state keeps it unchanged. Proposals are one to one,
// best pair first, ties by the log's order of activities and the state's order of steps.
import { bigramDice } from '../diff/similarity'
import { labelKey, labelShape, wordsOf } from '../diff/normalize'
import type { WorkflowState } from '../model/types'

/** Below this, a pair is not worth proposing: the user maps the activity by hand. */
export const PROPOSAL_THRESHOLD = 0.5

export interface ActivityProposal {
  activity: string
  /** null: nothing in this state looks like it. */
  stepId: string | null
  score: number
  evidence: string[]
}

export interface EarlierConfirmation {
  /** The older state's step the activity was confirmed for. */
  step: { label: string; lineage: string }
  stateName: string
}

export function proposeMapping(
  activities: readonly string[],
  state: WorkflowState,
  /** Activities already confirmed in an older state, nearest state first. */
  earlier: ReadonlyMap<string, EarlierConfirmation> = new Map(),
): ActivityProposal[] {
  const steps = state.steps.filter((s) => s.kind !== 'decision' && s.label.trim() !== '')
  const candidates: { a: number; s: number; score: number; evidence: string[] }[] = []
  const stepShapes = steps.map((s) => labelShape(s.label))
  activities.forEach((activity, a) => {
    const shape = labelShape(activity)
    const before = earlier.get(activity)
    steps.forEach((step, s) => {
      const evidence: string[] = []
      let score = 0
      if (before && before.step.lineage === step.lineage && labelKey(before.step.label) === labelKey(step.label)) {
        score = 0.95
        evidence.push(`confirmed as "${before.step.label}" in ${before.stateName}, a step this state keeps unchanged`)
      }
      if (shape.key !== '' && shape.key === stepShapes[s]!.key) {
        score = 1
        evidence.push('same label')
      } else {
        const dice = bigramDice(shape, stepShapes[s]!)
        const shared = sharedWords(wordsOf(shape), wordsOf(stepShapes[s]!))
        const overlap = shared.length === 0 ? 0 : (2 * shared.length) / (wordsOf(shape).length + wordsOf(stepShapes[s]!).length)
        const similarity = Math.max(dice, overlap)
        if (similarity > score) score = similarity
        if (dice >= PROPOSAL_THRESHOLD) evidence.push(`similar label (${Math.round(dice * 100)} % of letter pairs shared)`)
        if (shared.length > 0) evidence.push(`shared word${shared.length === 1 ? '' : 's'}: ${shared.join(', ')}`)
      }
      if (score >= PROPOSAL_THRESHOLD) candidates.push({ a, s, score, evidence })
    })
  })
  candidates.sort((x, y) => y.score - x.score || x.a - y.a || x.s - y.s)
  const byActivity = new Map<number, ActivityProposal>()
  const usedSteps = new Set<number>()
  for (const c of candidates) {
    if (byActivity.has(c.a) || usedSteps.has(c.s)) continue
    byActivity.set(c.a, { activity: activities[c.a]!, stepId: steps[c.s]!.id, score: Math.round(c.score * 1000) / 1000, evidence: c.evidence })
    usedSteps.add(c.s)
  }
  return activities.map((activity, a) => byActivity.get(a) ?? { activity, stepId: null, score: 0, evidence: [] })
}

/** Words both labels use, ignoring short filler words; "scanned", "scans" and "scan" are one word. */
function sharedWords(a: readonly string[], b: readonly string[]): string[] {
  const mine = new Set(a.filter((w) => w.length > 2 && !FILLER.has(w)).map(stem))
  const out: string[] = []
  for (const w of b) {
    const s = stem(w)
    if (mine.has(s) && !out.includes(s)) out.push(s)
  }
  return out
}

/** A crude stem: enough for log vocabulary ("keyed", "released", "trays") to meet step labels. */
export function stem(word: string): string {
  let w = word
  if (w.length > 4) {
    if (w.endsWith('ing')) w = w.slice(0, -3)
    else if (w.endsWith('ed')) w = w.slice(0, -2)
    else if (w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1)
  }
  if (w.length > 4 && w.endsWith('e')) w = w.slice(0, -1)
  if (w.length > 3 && w[w.length - 1] === w[w.length - 2] && !/[aeiou]/.test(w[w.length - 1]!)) w = w.slice(0, -1)
  return w
}

const FILLER = new Set(['the', 'and', 'for', 'into', 'from', 'with', 'per', 'its', 'via'])
