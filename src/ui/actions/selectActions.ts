// Moving the selection with the keyboard, and clipboard actions.
import { absolutePosition, laneBands, stepSize } from '../../domain/model'
import { neighbour, type Direction } from '../canvas/navigation'
import { copySteps, cutSteps, hasClip, pasteSteps } from './clipboard'
import { stateOf } from './edits'
import { defineAction, type ActionContext } from './types'

function go(ctx: ActionContext, direction: Direction): void {
  const state = stateOf(ctx.stateId)
  const roles = ctx.store().project?.roles ?? []
  if (!state) return
  const bands = laneBands(state, roles)
  const centres = new Map(
    state.steps.map((s) => {
      const at = absolutePosition(s, bands)
      const size = stepSize(s.kind)
      return [s.id, { x: at.x + size.width / 2, y: at.y + size.height / 2 }] as const
    }),
  )
  const to = neighbour(state, centres, ctx.selection[0]!, direction)
  if (to) ctx.store().select(state.id, [to])
}

const one = (ctx: ActionContext) => ctx.stateId !== null && ctx.selection.length === 1

const arrow = (id: string, label: string, keys: string, direction: Direction) =>
  defineAction({ id, label, group: 'Select', shortcuts: [{ keys, on: ['canvas'] }], when: one, perform: (ctx) => go(ctx, direction) })

export const selectNext = arrow('select.next', 'Select next step', 'arrowright', 'next')
export const selectPrevious = arrow('select.previous', 'Select previous step', 'arrowleft', 'previous')
export const selectAbove = arrow('select.above', 'Select step above', 'arrowup', 'up')
export const selectBelow = arrow('select.below', 'Select step below', 'arrowdown', 'down')

/** With nothing selected, an arrow key selects the first step, so the keys always lead somewhere. */
export const selectFirst = defineAction({
  id: 'select.first',
  label: 'Select first step',
  group: 'Select',
  listed: false,
  shortcuts: ['arrowright', 'arrowleft', 'arrowup', 'arrowdown'].map((keys) => ({ keys, on: ['canvas'] as const })),
  when: (ctx) => ctx.selection.length === 0 && (stateOf(ctx.stateId)?.steps.length ?? 0) > 0,
  perform: (ctx) => {
    const state = stateOf(ctx.stateId)!
    const first = [...state.steps].sort((a, b) => a.position.x - b.position.x)[0]!
    ctx.store().select(state.id, [first.id])
  },
})

export const selectAll = defineAction({
  id: 'select.all',
  label: 'Select all steps',
  group: 'Select',
  shortcuts: [{ keys: 'mod+a', on: ['canvas'] }],
  when: (ctx) => ctx.stateId !== null,
  perform: (ctx) => {
    const state = stateOf(ctx.stateId)
    if (state) ctx.store().select(state.id, state.steps.map((s) => s.id))
  },
})

export const selectNone = defineAction({
  id: 'select.none',
  label: 'Clear selection',
  group: 'Select',
  shortcuts: [{ keys: 'escape', on: ['canvas'] }],
  when: (ctx) => ctx.selection.length > 0,
  perform: (ctx) => ctx.store().select(ctx.stateId!, []),
})

const some = (ctx: ActionContext) => ctx.stateId !== null && ctx.selection.length > 0

export const copy = defineAction({
  id: 'clipboard.copy',
  label: 'Copy',
  group: 'Clipboard',
  shortcuts: [{ keys: 'mod+c', on: ['canvas'], native: true }],
  when: some,
  perform: (ctx) => void copySteps(ctx.stateId!, ctx.selection),
})

export const cut = defineAction({
  id: 'clipboard.cut',
  label: 'Cut',
  group: 'Clipboard',
  shortcuts: [{ keys: 'mod+x', on: ['canvas'], native: true }],
  when: some,
  perform: (ctx) => void cutSteps(ctx.stateId!, ctx.selection),
})

export const paste = defineAction({
  id: 'clipboard.paste',
  label: 'Paste',
  group: 'Clipboard',
  shortcuts: [{ keys: 'mod+v', on: ['canvas'], native: true }],
  when: (ctx) => ctx.stateId !== null && hasClip(),
  perform: (ctx) => void pasteSteps(ctx.stateId!),
})

export const duplicate = defineAction({
  id: 'clipboard.duplicate',
  label: 'Duplicate',
  group: 'Clipboard',
  shortcuts: [{ keys: 'mod+d', on: ['canvas'] }],
  when: some,
  perform: (ctx) => {
    if (copySteps(ctx.stateId!, ctx.selection)) pasteSteps(ctx.stateId!)
  },
})
