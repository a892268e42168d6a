import type { SignOff } from '../model/types'
import { coveredPart, fingerprintOf } from '../review/signOff'
import { assertUniqueId, CommandError, defineCommand, findState, requireRole, without } from './define'
import { requireText } from './comment'

/** Who signs which role's part of which state, when; the command adds what it covered. */
export type SignOffArgs = Omit<SignOff, 'fingerprint' | 'covered'>

/**
 * A reviewer signs off one role's part of a transition or future state. The command takes the
 * fingerprint itself from the state as it is, so what was signed is what was on the map. Signing
 * again replaces the role's earlier sign-off.
 */
export const signOffSign = defineCommand('signOff.sign', (p, a: SignOffArgs) => {
  const state = findState(p, a.stateId)
  if (state.phase === 'current') throw new CommandError('a current state records how work is done today; sign off a transition or future state')
  requireRole(p, a.roleId)
  if (!state.lanes.includes(a.roleId)) throw new CommandError(`no lane for role "${a.roleId}" in ${state.name}`)
  const earlier = (s: { stateId: string; roleId: string }) => s.stateId === a.stateId && s.roleId === a.roleId
  if (p.signOffs?.some(earlier)) p.signOffs = without(p.signOffs, earlier)
  assertUniqueId(p, a.id)
  const covered = coveredPart(state, a.roleId)
  const comment = a.comment?.trim()
  ;(p.signOffs ??= []).push({
    id: a.id,
    stateId: a.stateId,
    roleId: a.roleId,
    by: requireText(a.by, 'the reviewer’s name'),
    at: a.at,
    ...(comment ? { comment } : {}),
    fingerprint: fingerprintOf(covered),
    covered,
    local: a.local,
  })
})
