// Review on the map: comments, pain points and per-role sign-offs (format version 2).
// A comment is anchored by lineage, not by id, so it follows its step into every derived state.

export type PainType = 'duplicate-entry' | 'waiting' | 'workaround' | 'safety-risk' | 'missing-information' | 'extra-work' | 'other'
export const PAIN_TYPES: readonly PainType[] = ['duplicate-entry', 'waiting', 'workaround', 'safety-risk', 'missing-information', 'extra-work', 'other']

export type Severity = 'low' | 'medium' | 'high'
export const SEVERITIES: readonly Severity[] = ['low', 'medium', 'high']

/**
 * Where a comment sits. Steps and flows are named by lineage; `stateId` is the state the comment
 * was raised in, so a state drawn independently (another file, no shared lineage) can still find
 * the step through the diff's matching.
 */
export type CommentAnchor =
  | { kind: 'step'; lineage: string; stateId: string }
  | { kind: 'flow'; lineage: string; stateId: string }
  | { kind: 'lane'; roleId: string; stateId: string }
  | { kind: 'state'; stateId: string }

export type AnchorKind = CommentAnchor['kind']

export interface Reply {
  author: string
  at: string
  text: string
  /** Set on the entries that resolving and reopening leave in the thread, so its history stays readable. */
  event?: 'resolved' | 'reopened'
}

/** Who closed a thread and why, so a resolved pain point is never silently dropped. */
export interface Resolution {
  by: string
  at: string
  why: string
}

/** What hurts: a comment with a type and a severity. */
export interface Pain {
  type: PainType
  severity: Severity
}

export interface Comment {
  id: string
  anchor: CommentAnchor
  author: string
  /** The role the author speaks for (a role id): the owner of the decision a pain point asks for. */
  roleId?: string
  createdAt: string
  text: string
  resolved?: Resolution
  pain?: Pain
  replies: Reply[]
}

/** One step of a role's part as a sign-off saw it: what the diff would call a change. */
export interface CoveredStep {
  id: string
  lineage: string
  label: string
  kind: string
  systemIds: string[]
  records: { dataItemId: string; systemId?: string; entry: string }[]
  touchMinutes?: number
  waitMinutes?: number
}

export interface CoveredFlow {
  id: string
  from: string
  to: string
  label?: string
}

/** A role's part of a state: its steps with their records, and every flow into or out of them. */
export interface CoveredPart {
  steps: CoveredStep[]
  flows: CoveredFlow[]
}

/**
 * "This role has checked its part of this state." `fingerprint` is a hash of `covered`; any edit
 * that changes the role's part changes the hash, and `covered` says what changed since.
 * `local` marks a sign-off typed in a solo project rather than recorded by a workshop server.
 */
export interface SignOff {
  id: string
  stateId: string
  roleId: string
  by: string
  at: string
  comment?: string
  fingerprint: string
  covered: CoveredPart
  local: boolean
}
