// The review's words, written once for the app, the reports and the command line.
import type { PainType, Severity } from '../model/types'

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
