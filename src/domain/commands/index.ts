// The registry of named commands. A command is plain data (`{ type: 'step.add', stateId, step }`),
// so history, persistence and a later sync layer can all carry it.
import { enablePatches, produceWithPatches, type Patch } from 'immer'
import { growthProblem } from '../model/size'
import type { Project } from '../model/types'
import { CommandError, type CommandDef } from './define'
import { activitiesMap } from './activities.map'
import { dataItemAdd } from './dataItem.add'
import { dataItemRemove } from './dataItem.remove'
import { dataItemRename } from './dataItem.rename'
import { flowAdd } from './flow.add'
import { flowLabel } from './flow.label'
import { flowRemove } from './flow.remove'
import { laneAdd } from './lane.add'
import { laneRemove } from './lane.remove'
import { laneReorder } from './lane.reorder'
import { matchLink } from './match.link'
import { matchUnlink } from './match.unlink'
import { projectRename } from './project.rename'
import { roleAdd } from './role.add'
import { roleRemove } from './role.remove'
import { roleRename } from './role.rename'
import { stateAdd } from './state.add'
import { stateDerive } from './state.derive'
import { stateGoLive } from './state.goLive'
import { stateRemove } from './state.remove'
import { stateRename } from './state.rename'
import { stateReorder } from './state.reorder'
import { stepAdd } from './step.add'
import { stepMove } from './step.move'
import { stepPaste } from './step.paste'
import { stepRemove } from './step.remove'
import { stepUpdate } from './step.update'
import { systemAdd } from './system.add'
import { systemRemove } from './system.remove'
import { systemRename } from './system.rename'
import { commentAdd } from './comment.add'
import { commentReopen } from './comment.reopen'
import { commentRemove } from './comment.remove'
import { commentReply } from './comment.reply'
import { commentResolve } from './comment.resolve'
import { commentUpdate } from './comment.update'
import { signOffSign } from './signOff.sign'
import { signOffWithdraw } from './signOff.withdraw'

export { CommandError } from './define'
export type { StepChanges } from './step.update'
export type { StepMove } from './step.move'
export { preparePaste, type StepClip } from './step.paste'
export type { StateDeriveArgs } from './state.derive'
export type { CommentChanges } from './comment.update'
export type { SignOffArgs } from './signOff.sign'

enablePatches()

const DEFS = [
  projectRename,
  roleAdd,
  roleRename,
  roleRemove,
  systemAdd,
  systemRename,
  systemRemove,
  dataItemAdd,
  dataItemRename,
  dataItemRemove,
  stateAdd,
  stateRename,
  stateRemove,
  stepAdd,
  stepUpdate,
  stepMove,
  stepRemove,
  flowAdd,
  flowRemove,
  laneAdd,
  laneRemove,
  laneReorder,
  stepPaste,
  flowLabel,
  stateDerive,
  stateReorder,
  matchLink,
  matchUnlink,
  activitiesMap,
  stateGoLive,
  commentAdd,
  commentReply,
  commentUpdate,
  commentResolve,
  commentReopen,
  commentRemove,
  signOffSign,
  signOffWithdraw,
] as const

type Def = (typeof DEFS)[number]
type ArgsOf<D> = D extends CommandDef<string, infer A> ? A : never

/** Every command as data: its `type` and its arguments side by side. */
export type Command = { [D in Def as D['type']]: { type: D['type'] } & ArgsOf<D> }[Def['type']]
export type CommandType = Command['type']

const REGISTRY = new Map<string, CommandDef<string, never>>(DEFS.map((d) => [d.type, d as CommandDef<string, never>]))

export interface Applied {
  project: Project
  patches: Patch[]
  inversePatches: Patch[]
}

/** Runs a command on an immutable project. Throws CommandError when the command does not apply. */
export function applyCommand(project: Project, command: Command): Applied {
  const def = REGISTRY.get(command.type)
  if (!def) throw new Error(`unknown command "${command.type}"`)
  const [next, patches, inversePatches] = produceWithPatches(project, (draft) => {
    def.run(draft as Project, command as never)
  })
  const tooLarge = growthProblem(project, next)
  if (tooLarge) throw new CommandError(tooLarge)
  return { project: next, patches, inversePatches }
}

export const COMMAND_TYPES: readonly CommandType[] = DEFS.map((d) => d.type)
