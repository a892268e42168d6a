// Rule 2: steps added, removed and changed, with the fields that changed.
// A role change is a reassignment: someone else now does the step.
import type { Step } from '../model/types'
import type { AddedStep, ChangedStep, RemovedStep, StepField } from './types'
import type { StepMatching } from './match'
import { foldWhitespace } from './normalize'
import { stepRef, type Catalogue, type PreparedSide } from './side'

export interface StepChanges {
  added: AddedStep[]
  removed: RemovedStep[]
  changed: ChangedStep[]
}

export function diffSteps(b: PreparedSide, a: PreparedSide, m: StepMatching, sameCatalogue: boolean): StepChanges {
  const added: AddedStep[] = []
  const removed: RemovedStep[] = []
  const changed: ChangedStep[] = []
  // Index loops: iterating a typed array with for…of allocates a result object per step.
  for (let r = 0; r < b.order.length; r++) {
    const bi = b.order[r]!
    if (m.afterOf[bi] === -1) removed.push({ diffId: `step-removed:${b.steps[bi]!.id}`, ...stepRef(b, bi) })
  }
  for (let r = 0; r < a.order.length; r++) {
    const ai = a.order[r]!
    const bi = m.beforeOf[ai]!
    if (bi === -1) {
      added.push({ diffId: `step-added:${a.steps[ai]!.id}`, ...stepRef(a, ai) })
      continue
    }
    const fields = changedFields(b, bi, a, ai, sameCatalogue)
    if (fields.length === 0) continue
    const before = stepRef(b, bi)
    const after = stepRef(a, ai)
    const item: ChangedStep = { diffId: `step-changed:${before.id}:${after.id}`, before, after, fields }
    if (fields.includes('role')) item.reassigned = { from: before.role, to: after.role }
    changed.push(item)
  }
  return { added, removed, changed }
}

const FIELDS: readonly StepField[] = ['label', 'role', 'kind', 'systems', 'records', 'touchMinutes', 'waitMinutes']
const NONE: StepField[] = []

/** The fields of rule 2 that differ, in the order of StepField (a shared empty list when none do). */
export function changedFields(b: PreparedSide, bi: number, a: PreparedSide, ai: number, sameCatalogue: boolean): StepField[] {
  const p = b.steps[bi]!
  const q = a.steps[ai]!
  // One bit per field first: most matched steps are unchanged, and they allocate nothing.
  let mask = 0
  if (p.label !== q.label && foldWhitespace(p.label) !== foldWhitespace(q.label)) mask |= 1
  if (b.roleKey[bi] !== a.roleKey[ai]) mask |= 2
  if (p.kind !== q.kind) mask |= 4
  if (!(sameCatalogue && sameIds(p.systemIds, q.systemIds)) && !sameSet(systemKeys(p, b.catalogue), systemKeys(q, a.catalogue))) mask |= 8
  if (!(sameCatalogue && sameRecords(p, q)) && !sameSet(recordKeys(p, b.catalogue), recordKeys(q, a.catalogue))) mask |= 16
  // An unset time and 0 minutes read the same on the map and in every metric.
  if ((p.touchMinutes ?? 0) !== (q.touchMinutes ?? 0)) mask |= 32
  if ((p.waitMinutes ?? 0) !== (q.waitMinutes ?? 0)) mask |= 64
  return mask === 0 ? NONE : FIELDS.filter((_, k) => mask & (1 << k))
}

function sameIds(x: readonly string[], y: readonly string[]): boolean {
  if (x.length !== y.length) return false
  for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return false
  return true
}

function sameRecords(p: Step, q: Step): boolean {
  const x = p.records
  const y = q.records
  if (x.length !== y.length) return false
  for (let i = 0; i < x.length; i++) {
    const r = x[i]!
    const s = y[i]!
    if (r.dataItemId !== s.dataItemId || r.systemId !== s.systemId || r.entry !== s.entry) return false
  }
  return true
}

const systemKeys = (s: Step, c: Catalogue): string[] => s.systemIds.map((id) => c.system(id)!.key)

/** A record as a set member: (data item, system, entry). */
const recordKeys = (s: Step, c: Catalogue): string[] =>
  s.records.map((r) => `${c.item(r.dataItemId).key}\u0000${c.system(r.systemId)?.key ?? ''}\u0000${r.entry}`)

function sameSet(x: string[], y: string[]): boolean {
  if (x.length === 0 && y.length === 0) return true
  const sx = new Set(x)
  const sy = new Set(y)
  if (sx.size !== sy.size) return false
  for (const k of sx) if (!sy.has(k)) return false
  return true
}
