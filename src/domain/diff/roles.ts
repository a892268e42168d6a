// Rule 7: who must adapt. Per role, the steps it gains, loses or does differently, the steps handed
// to it or taken from it, and the handoffs it gains or loses. Drives the training workstream.
import type { Handoff, RoleImpact, StepRef } from './types'
import type { StepChanges } from './steps'
import type { HandoffChanges } from './handoffs'
import { compareText, type PreparedSide } from './side'

/**
 * A reassigned step is listed for both roles: under `reassignedOut` of the old role as it is now
 * (its role names who takes it over) and under `reassignedIn` of the new role as it was (its role
 * names who did it before). Other changes are listed under the step's role in after.
 */
export function roleImpact(b: PreparedSide, a: PreparedSide, steps: StepChanges, handoffs: HandoffChanges): RoleImpact[] {
  const names = new Map<string, { name: string; id: string }>()
  for (const r of b.catalogue.roleEntries()) names.set(r.key, { name: r.name, id: r.id })
  for (const r of a.catalogue.roleEntries()) names.set(r.key, { name: r.name, id: r.id }) // after's name wins
  const impacts = new Map<string, RoleImpact>()
  const impactOf = (key: string | null | undefined): RoleImpact | null => {
    if (key === null || key === undefined) return null
    let impact = impacts.get(key)
    if (!impact) {
      const known = names.get(key)
      const role = known?.name ?? key
      impact = {
        diffId: `role:${role}`,
        role,
        roleId: known?.id ?? null,
        stepsAdded: [],
        stepsRemoved: [],
        stepsChanged: [],
        reassignedIn: [],
        reassignedOut: [],
        handoffsGained: [],
        handoffsLost: [],
      }
      impacts.set(key, impact)
    }
    return impact
  }
  const keyOf = (side: PreparedSide, ref: StepRef) => side.roleKey[side.indexOf.last(ref.id)]

  for (const s of steps.added) impactOf(keyOf(a, s))?.stepsAdded.push(strip(s))
  for (const s of steps.removed) impactOf(keyOf(b, s))?.stepsRemoved.push(strip(s))
  for (const c of steps.changed) {
    if (c.reassigned) {
      impactOf(keyOf(b, c.before))?.reassignedOut.push(c.after)
      impactOf(keyOf(a, c.after))?.reassignedIn.push(c.before)
    } else impactOf(keyOf(a, c.after))?.stepsChanged.push(c.after)
  }
  const touch = (side: PreparedSide, h: Handoff, list: 'handoffsGained' | 'handoffsLost') => {
    impactOf(keyOf(side, h.from))?.[list].push(h)
    impactOf(keyOf(side, h.to))?.[list].push(h)
  }
  for (const h of handoffs.added) touch(a, h, 'handoffsGained')
  for (const h of handoffs.removed) touch(b, h, 'handoffsLost')

  return [...impacts.values()].sort(
    (x, y) => compareText(x.role.toLowerCase(), y.role.toLowerCase()) || compareText(x.role, y.role) || compareText(x.diffId, y.diffId),
  )
}

/** A StepRef without the diff item's own fields. */
function strip(s: StepRef & { diffId?: string }): StepRef {
  return { id: s.id, label: s.label, kind: s.kind, role: s.role, roleId: s.roleId }
}
