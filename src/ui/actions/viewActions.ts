// View actions: fitting, tidying and switching between canvas and outline.
import { canvasOf } from '../canvas/canvasRegistry'
import { stateOf } from './edits'
import { defineAction } from './types'

export const zoomToFit = defineAction({
  id: 'view.fit',
  label: 'Zoom to fit',
  group: 'View',
  shortcuts: [{ keys: 'mod+0', on: ['app', 'canvas'] }],
  when: (ctx) => ctx.stateId !== null && (ctx.store().paneView[ctx.stateId] ?? 'canvas') === 'canvas',
  perform: (ctx) => canvasOf(ctx.stateId)?.fitView(),
})

export const tidyUp = defineAction({
  id: 'view.tidy',
  label: 'Tidy up',
  group: 'View',
  shortcuts: [{ keys: 'alt+shift+f', on: ['app', 'canvas', 'outline'] }],
  when: (ctx) => (stateOf(ctx.stateId)?.steps.length ?? 0) > 1,
  perform: (ctx) => {
    // elkjs is large: it is fetched, in its worker, the first time someone tidies up.
    void import('../layout/tidy').then((m) => m.tidyUp(ctx.stateId!))
  },
})

export const toggleOutline = defineAction({
  id: 'view.outline',
  label: 'Outline',
  group: 'View',
  shortcuts: [{ keys: 'alt+shift+o', on: ['app', 'canvas', 'outline'] }],
  when: (ctx) => ctx.stateId !== null,
  perform: (ctx) => {
    const view = ctx.store().paneView[ctx.stateId!] ?? 'canvas'
    ctx.store().setPaneView(ctx.stateId!, view === 'canvas' ? 'outline' : 'canvas')
  },
})

export const maximisePane = defineAction({
  id: 'view.maximise',
  label: 'Maximise',
  group: 'View',
  shortcuts: [{ keys: 'alt+shift+m', on: ['app', 'canvas', 'outline'] }],
  when: (ctx) => ctx.stateId !== null && (ctx.store().project?.states.length ?? 0) > 1,
  perform: (ctx) => {
    const { maximisedState, setMaximisedState } = ctx.store()
    // What the user was looking at in that pane stays in its middle as it grows or shrinks.
    canvasOf(ctx.stateId)?.holdCentre()
    setMaximisedState(maximisedState === ctx.stateId ? null : ctx.stateId)
  },
})

export const connectTo = defineAction({
  id: 'step.connectTo',
  label: 'Connect to…',
  group: 'Steps',
  shortcuts: [{ keys: 'mod+k', on: ['canvas', 'label', 'outline'] }],
  when: (ctx) => ctx.selection.length === 1,
  perform: (ctx) => {
    // The picker is in the properties panel, which shows the selected step unless it was closed.
    if (ctx.store().sidePanel === 'closed') ctx.store().setSidePanel('auto')
    focusById('connect-to')
  },
})

function focusById(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus())
}

/** The pane that shows the lane dialog listens for this (the dialog is the pane's own). */
export const ADD_LANE_EVENT = 'flowstate:add-lane'

export const addLaneAction = defineAction({
  id: 'lane.add',
  label: 'Add lane',
  group: 'Capture',
  shortcuts: [{ keys: 'alt+l', on: ['app', 'canvas', 'label', 'outline'] }],
  when: (ctx) => ctx.stateId !== null,
  perform: (ctx) => void window.dispatchEvent(new CustomEvent(ADD_LANE_EVENT, { detail: ctx.stateId })),
})
