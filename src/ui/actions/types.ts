import type { AppState } from '../../store'

/**
 * Where a key was pressed. The same key means different things in different places: Enter on
 * the canvas adds the next step, Enter in a toolbar button presses it, Tab in the label being
 * typed moves the new step to the next lane, Tab anywhere else moves focus.
 */
export type Surface = 'app' | 'canvas' | 'label' | 'outline'

export interface ActionContext {
  /** The store as it is now; an action may run right after another one changed it. */
  store: () => AppState
  /** The state the action works on: the pane it was invoked from, else the last pane used. */
  stateId: string | null
  /** Steps selected in that state that still exist (undo may have removed some). */
  selection: string[]
  surface: Surface
}

export interface ActionShortcut {
  /** "mod+shift+z": mod is ⌘ on a Mac and Ctrl elsewhere; ctrl is always Ctrl. */
  keys: string
  on: readonly Surface[]
  /** The browser's own event carries it (paste: only the paste event can read the clipboard). */
  native?: boolean
}

export type ActionGroup = 'History' | 'Capture' | 'Steps' | 'Select' | 'Clipboard' | 'View'

/** One user action, defined once: the toolbar, the keyboard and the menus all use this. */
export interface Action {
  id: string
  label: string
  group: ActionGroup
  shortcuts: readonly ActionShortcut[]
  /** False for fallbacks that would only clutter the shortcut list. */
  listed?: boolean
  when(ctx: ActionContext): boolean
  perform(ctx: ActionContext): void
}

export function defineAction(action: Action): Action {
  return action
}
