import type { CommandType } from '../../domain/commands'
import { defineAction } from './types'

/**
 * What an undo step did, in words, from the command names the store records. Typed by every
 * command type, so a new command does not compile until it has its words.
 */
export const PHRASES: Readonly<Record<CommandType, string>> = {
  'step.add': 'add step',
  'step.update': 'edit step',
  'step.move': 'move step',
  'step.remove': 'delete',
  'step.paste': 'paste',
  'flow.add': 'connect',
  'flow.remove': 'remove flow',
  'flow.label': 'label flow',
  'lane.add': 'add lane',
  'lane.remove': 'remove lane',
  'lane.reorder': 'move lane',
  'role.add': 'add role',
  'role.rename': 'rename role',
  'role.remove': 'remove role',
  'system.add': 'add system',
  'system.rename': 'rename system',
  'system.remove': 'remove system',
  'dataItem.add': 'add data item',
  'dataItem.rename': 'rename data item',
  'dataItem.remove': 'remove data item',
  'state.add': 'add state',
  'state.rename': 'rename state',
  'state.remove': 'remove state',
  'state.derive': 'derive state',
  'state.reorder': 'move state',
  'match.link': 'link as the same step',
  'match.unlink': 'unlink steps',
  'activities.map': 'map activities',
  'state.goLive': 'set live date',
  'project.rename': 'rename project',
  'comment.add': 'add comment',
  'comment.reply': 'reply',
  'comment.update': 'edit comment',
  'comment.resolve': 'resolve comment',
  'comment.reopen': 'reopen comment',
  'comment.remove': 'delete comment',
  'signOff.sign': 'sign off',
  'signOff.withdraw': 'withdraw sign off',
}

/**
 * "add step", "paste steps", "import tray-return.bpmn": the words after Undo or Redo. Grouped
 * edits carry their own words (only the first letter is lowered, so file names stay as they
 * are); a command name never reaches the user.
 */
export function describeEdit(label: string): string {
  if (Object.hasOwn(PHRASES, label)) return PHRASES[label as CommandType]
  if (/^[\w]+\.[\w.]+$/.test(label)) return 'edit'
  return label.charAt(0).toLowerCase() + label.slice(1)
}

export const undo = defineAction({
  id: 'history.undo',
  label: 'Undo',
  group: 'History',
  shortcuts: [{ keys: 'mod+z', on: ['app', 'canvas'] }],
  when: (ctx) => ctx.store().past.length > 0,
  perform: (ctx) => ctx.store().undo(),
})

export const redo = defineAction({
  id: 'history.redo',
  label: 'Redo',
  group: 'History',
  shortcuts: [
    { keys: 'mod+shift+z', on: ['app', 'canvas'] },
    { keys: 'ctrl+y', on: ['app', 'canvas'] },
  ],
  when: (ctx) => ctx.store().future.length > 0,
  perform: (ctx) => ctx.store().redo(),
})
