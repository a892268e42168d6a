import { useStore } from '../../store'
import { ACTIONS, actionById } from './registry'
import { matches, type KeyLike } from './shortcuts'
import type { Action, ActionContext, Surface } from './types'

/** The context an action sees: the given state (else the last pane used) and its live selection. */
export function actionContext(surface: Surface, stateId?: string | null): ActionContext {
  const s = useStore.getState()
  const id = stateId ?? s.activeStateId ?? s.project?.states[0]?.id ?? null
  const state = id === null ? undefined : s.project?.states.find((x) => x.id === id)
  const selected = id === null ? [] : (s.selection[id] ?? [])
  // Toolbars ask this on every render: an empty selection needs no index of a large map's steps.
  const exists = selected.length === 0 ? null : new Set(state?.steps.map((x) => x.id) ?? [])
  const selection = exists === null ? [] : selected.filter((x) => exists.has(x))
  return { store: useStore.getState, stateId: state ? id : null, selection, surface }
}

/** Runs an action by id if it applies; returns whether it ran. Buttons and menus come here. */
export function runAction(id: string, surface: Surface = 'app', stateId?: string | null): boolean {
  const action = actionById(id)
  const ctx = actionContext(surface, stateId)
  if (!action.when(ctx)) return false
  action.perform(ctx)
  return true
}

interface KeyEventLike extends KeyLike {
  preventDefault(): void
  stopPropagation(): void
}

/** The action a key runs on this surface now, with the context it runs in; null when none applies. */
export function shortcutAction(event: KeyLike, surface: Surface, stateId?: string | null): { action: Action; ctx: ActionContext } | null {
  let ctx: ActionContext | null = null
  for (const action of ACTIONS) {
    for (const shortcut of action.shortcuts) {
      if (shortcut.native || !shortcut.on.includes(surface) || !matches(event, shortcut.keys)) continue
      ctx ??= actionContext(surface, stateId)
      if (action.when(ctx)) return { action, ctx }
    }
  }
  return null
}

/** Runs the action bound to a key on this surface, if one applies. The keyboard comes here. */
export function handleShortcut(event: KeyEventLike, surface: Surface, stateId?: string | null): boolean {
  const found = shortcutAction(event, surface, stateId)
  if (!found) return false
  event.preventDefault()
  event.stopPropagation()
  found.action.perform(found.ctx)
  return true
}

/** Inputs where keys type text: their own undo and Enter belong to them. */
export function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true
  if (target instanceof HTMLSelectElement) return false
  return target instanceof HTMLInputElement && !['button', 'checkbox', 'radio', 'range', 'color', 'submit', 'reset'].includes(target.type)
}
