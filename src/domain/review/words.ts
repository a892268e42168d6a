// The review's words, written once for the app, the reports and the command line.
import type { StepField } from '../diff/types'
import type { PainType, Severity } from '../model/types'
import { FIELD_WORDS } from '../plan/training'
import type { PainOutcome } from './painPoints'

export const PAIN_TYPE_WORDS: Record<PainType, string> = {
  'duplicate-entry': 'duplicate entry',
  waiting: 'waiting',
  workaround: 'workaround',
  'safety-risk': 'safety risk',
  'missing-information': 'missing information',
  'extra-work': 'extra clicks or walking',
  other: 'other',
}

export const SEVERITY_WORDS: Record<Severity, string> = { low: 'low', medium: 'medium', high: 'high' }

/** What the after state does to a pain point's step: "Removed in Future state", "Moved to OR nurse; changed: name". */
export function outcomeWords(r: { outcome: PainOutcome; fields: readonly StepField[]; movedTo: string | null }, after: string): string {
  const fields = r.fields.filter((f) => f !== 'role').map((f) => FIELD_WORDS[f])
  if (r.outcome === 'removed') return `Removed in ${after}`
  if (r.outcome === 'unchanged') return `Unchanged in ${after}`
  if (r.outcome === 'moved') return `Moved to ${r.movedTo}${fields.length ? `; changed: ${fields.join(', ')}` : ''}`
  return fields.length ? `Changed: ${fields.join(', ')}` : `Changed in ${after}`
}
