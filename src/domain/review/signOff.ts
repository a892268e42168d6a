// Per-role sign-off: what a role's sign-off covers, its fingerprint, and whether a later edit has
// made it stale ("signed before 3 changes", with the list in the map's words).
import type { CoveredFlow, CoveredPart, CoveredStep, Project, SignOff, Step, WorkflowState } from '../model/types'

export type SignOffStatus = 'signed' | 'stale' | 'outstanding'

export interface RoleSignOff {
  roleId: string
  role: string
  status: SignOffStatus
  signOff?: SignOff
  /** What changed in the role's part since it was signed (empty unless stale). */
  changes: string[]
}

export interface StateSignOffs {
  roles: RoleSignOff[]
  signed: number
  stale: number
  outstanding: number
}

/** The role's part of a state: its steps with their records, and every flow into or out of them. */
export function coveredPart(state: WorkflowState, roleId: string): CoveredPart {
  const mine = state.steps.filter((s) => s.roleId === roleId)
  const ids = new Set(mine.map((s) => s.id))
  return {
    steps: mine.map(coveredStep),
    flows: state.flows
      .filter((f) => ids.has(f.from) || ids.has(f.to))
      .map((f): CoveredFlow => (f.label ? { id: f.id, from: f.from, to: f.to, label: f.label } : { id: f.id, from: f.from, to: f.to })),
  }
}

function coveredStep(s: Step): CoveredStep {
  const out: CoveredStep = {
    id: s.id,
    lineage: s.lineage,
    label: s.label,
    kind: s.kind,
    systemIds: [...s.systemIds],
    records: s.records.map((r) => (r.systemId === undefined ? { dataItemId: r.dataItemId, entry: r.entry } : { dataItemId: r.dataItemId, systemId: r.systemId, entry: r.entry })),
  }
  if (s.touchMinutes !== undefined) out.touchMinutes = s.touchMinutes
  if (s.waitMinutes !== undefined) out.waitMinutes = s.waitMinutes
  return out
}

/**
 * A short, stable hash of a covered part: the same part gives the same fingerprint in every
 * browser and on the server. Steps and flows are sorted by id so that the order on screen (which
 * an outline reorder changes) does not count as a change. Not a security measure: forging is
 * prevented by the server writing sign-offs, not by the hash.
 */
export function fingerprintOf(part: CoveredPart): string {
  const byId = <T extends { id: string }>(xs: readonly T[]) => [...xs].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
  const text = JSON.stringify({ steps: byId(part.steps).map(canonicalStep), flows: byId(part.flows).map((f) => [f.id, f.from, f.to, f.label ?? '']) })
  return hash32(text, 0x811c9dc5) + hash32(text, 0x01000193)
}

function canonicalStep(s: CoveredStep): unknown[] {
  const records = s.records.map((r) => `${r.dataItemId}|${r.systemId ?? ''}|${r.entry}`).sort()
  return [s.id, s.label, s.kind, [...s.systemIds].sort(), records, s.touchMinutes ?? 0, s.waitMinutes ?? 0]
}

/** FNV-1a over UTF-16 code units, as 8 hex digits. */
function hash32(text: string, seed: number): string {
  let h = seed >>> 0
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i)
    h = Math.imul(h, 0x01000193) >>> 0
  }
  return h.toString(16).padStart(8, '0')
}

/** Each role of the state (its lanes, in order) with its sign-off status, and the counts for the header. */
export function stateSignOffs(project: Project, state: WorkflowState): StateSignOffs {
  const names = new Map(project.roles.map((r) => [r.id, r.name]))
  const signOffs = new Map((project.signOffs ?? []).filter((s) => s.stateId === state.id).map((s) => [s.roleId, s]))
  const roles = state.lanes.map((roleId): RoleSignOff => {
    const role = names.get(roleId) ?? roleId
    const signOff = signOffs.get(roleId)
    if (!signOff) return { roleId, role, status: 'outstanding', changes: [] }
    const now = coveredPart(state, roleId)
    if (fingerprintOf(now) === signOff.fingerprint) return { roleId, role, status: 'signed', signOff, changes: [] }
    const changes = describeChanges(project, state, signOff.covered, now)
    return { roleId, role, status: 'stale', signOff, changes: changes.length > 0 ? changes : [`${role}'s part of the map changed`] }
  })
  const count = (s: SignOffStatus) => roles.filter((r) => r.status === s).length
  return { roles, signed: count('signed'), stale: count('stale'), outstanding: count('outstanding') }
}

const FIELD_WORDS: [keyof CoveredStep, string][] = [
  ['label', 'label'],
  ['kind', 'kind'],
  ['systemIds', 'systems'],
  ['records', 'records'],
  ['touchMinutes', 'touch time'],
  ['waitMinutes', 'wait time'],
]

/** The edits between what was signed and the role's part now, one line each, in the map's words. */
export function describeChanges(project: Project, state: WorkflowState, signed: CoveredPart, now: CoveredPart): string[] {
  const lines: string[] = []
  const roleNames = new Map(project.roles.map((r) => [r.id, r.name]))
  const stepNow = new Map(state.steps.map((s) => [s.id, s]))
  const was = new Map(signed.steps.map((s) => [s.id, s]))
  const is = new Map(now.steps.map((s) => [s.id, s]))
  const labelOf = (id: string) => quote(is.get(id)?.label ?? was.get(id)?.label ?? stepNow.get(id)?.label ?? 'a step')
  for (const s of signed.steps) {
    const current = is.get(s.id)
    if (!current) {
      const moved = stepNow.get(s.id)
      if (!moved) lines.push(`${quote(s.label)} deleted`)
      else lines.push(`${quote(moved.label)} moved to ${moved.roleId ? (roleNames.get(moved.roleId) ?? 'another role') : 'no role'}`)
      continue
    }
    const fields = FIELD_WORDS.filter(([k]) => JSON.stringify(normal(s, k)) !== JSON.stringify(normal(current, k))).map(([, w]) => w)
    if (fields.length > 0) lines.push(`${quote(s.label)}: ${fields.join(', ')} changed${fields.includes('label') ? ` (now ${quote(current.label)})` : ''}`)
  }
  for (const s of now.steps) if (!was.has(s.id)) lines.push(`${quote(s.label)} added`)
  const flowWas = new Map(signed.flows.map((f) => [f.id, f]))
  const flowIs = new Map(now.flows.map((f) => [f.id, f]))
  const flowName = (f: CoveredFlow) => `${labelOf(f.from)} → ${labelOf(f.to)}`
  for (const f of signed.flows) {
    const current = flowIs.get(f.id)
    if (!current) lines.push(`flow ${flowName(f)} removed`)
    else if (current.from !== f.from || current.to !== f.to || (current.label ?? '') !== (f.label ?? '')) lines.push(`flow ${flowName(f)} changed`)
  }
  for (const f of now.flows) if (!flowWas.has(f.id)) lines.push(`flow ${flowName(f)} added`)
  return lines
}

function normal(s: CoveredStep, key: keyof CoveredStep): unknown {
  const v = s[key]
  if (key === 'systemIds') return [...(v as string[])].sort()
  if (key === 'records') return (v as CoveredStep['records']).map((r) => `${r.dataItemId}|${r.systemId ?? ''}|${r.entry}`).sort()
  if (key === 'touchMinutes' || key === 'waitMinutes') return v ?? 0
  return v
}

const quote = (label: string) => `“${label.replace(/\s+/g, ' ').trim()}”`
