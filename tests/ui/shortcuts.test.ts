import { describe, expect, it } from 'vitest'
import { formatKeys, isTypingKey, matches } from '../../src/ui/actions/shortcuts'

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; shiftKey: boolean; altKey: boolean }> = {}, code?: string) => ({
  key: k,
  ...(code ? { code } : {}),
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...mods,
})

describe('action shortcuts', () => {
  it('reads mod as Ctrl on Windows and Linux and as ⌘ on a Mac', () => {
    expect(matches(key('z', { ctrlKey: true }), 'mod+z', false)).toBe(true)
    expect(matches(key('z', { metaKey: true }), 'mod+z', true)).toBe(true)
    expect(matches(key('z', { ctrlKey: true }), 'mod+z', true)).toBe(false)
  })
  it('tells Ctrl+Z from Ctrl+Shift+Z, and Ctrl+Y is Ctrl on every system', () => {
    expect(matches(key('Z', { ctrlKey: true, shiftKey: true }), 'mod+z', false)).toBe(false)
    expect(matches(key('Z', { ctrlKey: true, shiftKey: true }), 'mod+shift+z', false)).toBe(true)
    expect(matches(key('y', { ctrlKey: true }), 'ctrl+y', true)).toBe(true)
  })
  it('reads Alt+digit from the physical key, as a Mac types ¡ for Option+1', () => {
    expect(matches(key('¡', { altKey: true }, 'Digit1'), 'alt+1', true)).toBe(true)
  })
  it('shows keys the way each system writes them', () => {
    expect(formatKeys('mod+shift+z', false)).toBe('Ctrl+Shift+Z')
    expect(formatKeys('mod+shift+z', true)).toBe('⇧⌘Z')
    expect(formatKeys('alt+arrowdown', false)).toBe('Alt+↓')
  })
  it('knows which keys type text', () => {
    expect(isTypingKey(key('a'))).toBe(true)
    expect(isTypingKey(key('a', { ctrlKey: true }))).toBe(false)
    expect(isTypingKey(key('Enter'))).toBe(false)
  })
})
