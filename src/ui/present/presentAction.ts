// "Present": the action that opens presentation mode, from the compare bar or the keyboard.
// The project view listens for the event and shows the presentation (see usePresentation).
import { defineAction } from '../actions/types'

/** Asks the open project view to start presenting the compared pair. */
export const PRESENT_EVENT = 'flowstate:present'

export const presentAction = defineAction({
  id: 'view.present',
  label: 'Present',
  group: 'View',
  shortcuts: [{ keys: 'alt+shift+p', on: ['app', 'canvas', 'outline'] }],
  // There is something to present once two states are compared.
  when: (ctx) => (ctx.store().project?.states.length ?? 0) > 1,
  perform: () => void window.dispatchEvent(new CustomEvent(PRESENT_EVENT)),
})
