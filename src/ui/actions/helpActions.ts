// Help: the sheet of keyboard shortcuts. The toolbar that shows the sheet listens for the event,
// so the key works wherever the keyboard is, except in a text field, where "?" is text.
import { defineAction } from './types'

export const SHOW_SHORTCUTS_EVENT = 'flowstate:show-shortcuts'

export const showShortcuts = defineAction({
  id: 'help.shortcuts',
  label: 'Keyboard shortcuts',
  group: 'View',
  shortcuts: [{ keys: '?', on: ['app', 'canvas'] }],
  when: () => true,
  perform: () => void window.dispatchEvent(new CustomEvent(SHOW_SHORTCUTS_EVENT)),
})
