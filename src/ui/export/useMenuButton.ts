// A menu button as the WAI-ARIA pattern describes it: the button opens the menu and focus moves
// to its first item (ArrowUp: the last); arrows, Home and End move between items, a letter jumps
// to the next item starting with it, Escape closes and gives focus back to the button, Tab and a
// click elsewhere close it.
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react'

export function useMenuButton() {
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const menu = useRef<HTMLDivElement>(null)
  const focusOnOpen = useRef<'first' | 'last'>('first')

  const items = () => [...(menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])]

  const close = useCallback((refocus = true) => {
    setOpen(false)
    if (refocus) button.current?.focus()
  }, [])

  useEffect(() => {
    if (!open) return
    const list = items()
    ;(focusOnOpen.current === 'last' ? list[list.length - 1] : list[0])?.focus()
    const away = (e: PointerEvent) => {
      const target = e.target as Node
      if (!menu.current?.contains(target) && !button.current?.contains(target)) close(false)
    }
    window.addEventListener('pointerdown', away, true)
    return () => window.removeEventListener('pointerdown', away, true)
  }, [open, close])

  const openAt = (where: 'first' | 'last') => {
    focusOnOpen.current = where
    setOpen(true)
  }

  const onButtonKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      openAt(e.key === 'ArrowUp' ? 'last' : 'first')
    }
  }

  const onButtonClick = () => (open ? close(false) : openAt('first'))

  const onMenuKeyDown = (e: KeyboardEvent) => {
    const list = items()
    const at = list.indexOf(document.activeElement as HTMLElement)
    const go = (i: number) => list[(i + list.length) % list.length]?.focus()
    // Keys stay in the menu: the canvas's shortcuts must not see them.
    e.stopPropagation()
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault()
        return go(at + 1)
      case 'ArrowUp':
        e.preventDefault()
        return go(at - 1)
      case 'Home':
        e.preventDefault()
        return go(0)
      case 'End':
        e.preventDefault()
        return go(list.length - 1)
      case 'Escape':
        e.preventDefault()
        return close(true)
      case 'Tab':
        return close(false)
      default:
        if (e.key.length === 1 && /\S/.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
          const key = e.key.toLowerCase()
          for (let step = 1; step <= list.length; step++) {
            const item = list[(at + step) % list.length]!
            if ((item.dataset.label ?? item.textContent ?? '').trim().toLowerCase().startsWith(key)) return item.focus()
          }
        }
    }
  }

  return { open, close, button, menu, onButtonClick, onButtonKeyDown, onMenuKeyDown }
}
