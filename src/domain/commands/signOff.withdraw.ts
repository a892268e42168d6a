import { CommandError, defineCommand, without } from './define'

/** Withdraws a role's sign-off of a state: the role is outstanding again. */
export const signOffWithdraw = defineCommand('signOff.withdraw', (p, a: { stateId: string; roleId: string }) => {
  const mine = (s: { stateId: string; roleId: string }) => s.stateId === a.stateId && s.roleId === a.roleId
  if (!p.signOffs?.some(mine)) throw new CommandError('this role has not signed off this state')
  p.signOffs = without(p.signOffs, mine)
})
