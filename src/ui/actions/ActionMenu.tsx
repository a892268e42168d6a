import { useEffect, useLayoutEffect, useRef } from 'react'
import { actionContext, runAction } from './run'
import { actionById } from './registry'
import { formatKeys } from './shortcuts'
import { useReturnFocus } from './useReturnFocus'
import type { Action, Surface } from './types'

/** The key that runs the action where the menu was opened (Alt+↓ on the canvas, not Tab, which only works while typing). */
function shortcutOn(action: Action, surface: Surface): string | undefined {
  return (action.shortcuts.find((s) => s.on.includes(surface)) ?? action.shortcuts[0])?.keys
}

/**
 * A context menu built from action definitions: the same labels, shortcuts and rules as the
 * toolbar and the keyboard. Arrow keys move, Enter runs, Escape closes.
 */
export function ActionMenu({ ids, at, stateId, surface, onClose }: { ids: readonly (string | '-')[]; at: { x: number; y: number }; stateId: string; surface: Surface; onClose(): void }) {
  const ref = useRef<HTMLDivElement>(null)
  // The keyboard goes back to the canvas the menu opened from, without scrolling the page to it.
  useReturnFocus({ preventScroll: true })
  const ctx = actionContext(surface, stateId)
  const items = ids.map((id) => (id === '-' ? null : actionById(id)))

  useLayoutEffect(() => {
    // Placed against the window, not the pane: a stacked pane on a laptop is often shorter than the
    // menu, and would cut off its lower items. `at` is measured from the canvas the menu opens in.
    const menu = ref.current
    const host = menu?.parentElement?.getBoundingClientRect()
    if (!menu || !host) return
    const room = window.innerHeight - 16
    if (menu.scrollHeight > room) {
      menu.style.maxHeight = `${room}px`
      menu.style.overflowY = 'auto'
    }
    const top = Math.min(host.top + at.y, window.innerHeight - Math.min(menu.offsetHeight, room) - 8)
    const left = Math.min(host.left + at.x, window.innerWidth - menu.offsetWidth - 8)
    menu.style.position = 'fixed'
    menu.style.top = `${Math.max(8, top)}px`
    menu.style.left = `${Math.max(8, left)}px`
  }, [at])

  useEffect(() => {
    ref.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus()
    const away = (e: PointerEvent) => {
      if (!ref.current?.contains(e.target as Node)) onClose()
    }
    window.addEventListener('pointerdown', away, true)
    return () => window.removeEventListener('pointerdown', away, true)
  }, [onClose])

  const move = (e: React.KeyboardEvent) => {
    const buttons = [...(ref.current?.querySelectorAll<HTMLButtonElement>('button:not(:disabled)') ?? [])]
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement)
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      const next = (at + (e.key === 'ArrowDown' ? 1 : -1) + buttons.length) % buttons.length
      buttons[next]?.focus()
    } else if (e.key === 'Escape') {
      e.preventDefault()
      onClose()
    }
    e.stopPropagation()
  }

  return (
    <div ref={ref} className="action-menu" role="menu" style={{ left: at.x, top: at.y }} onKeyDown={move}>
      {items.map((a, i) =>
        a === null ? (
          <div key={`sep${i}`} className="action-menu-separator" role="separator" />
        ) : (
          <button
            key={a.id}
            type="button"
            role="menuitem"
            disabled={!a.when(ctx)}
            onClick={() => {
              onClose()
              runAction(a.id, surface, stateId)
            }}
          >
            <span>{a.label}</span>
            {shortcutOn(a, surface) && <kbd>{formatKeys(shortcutOn(a, surface)!)}</kbd>}
          </button>
        ),
      )}
    </div>
  )
}
