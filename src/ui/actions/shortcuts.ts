// Pure key matching and display for action shortcuts; nothing here reads the store.
const IS_MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)

interface KeyCombo {
  key: string
  mod: boolean
  ctrl: boolean
  shift: boolean
  alt: boolean
}

export interface KeyLike {
  key: string
  code?: string
  ctrlKey: boolean
  metaKey: boolean
  shiftKey: boolean
  altKey: boolean
}

function parse(keys: string): KeyCombo {
  const parts = keys.toLowerCase().split('+')
  const key = parts.pop()!
  return { key, mod: parts.includes('mod'), ctrl: parts.includes('ctrl'), shift: parts.includes('shift'), alt: parts.includes('alt') }
}

/** The key an event stands for. With Alt, a Mac types "¡" for 1, so digits are read from the physical key. */
function keyOf(e: KeyLike): string {
  if (e.code && /^Digit\d$/.test(e.code)) return e.code.slice(5)
  // Likewise Option+L types "¬": with Alt, letters are read from the physical key.
  if (e.altKey && e.code && /^Key[A-Z]$/.test(e.code)) return e.code.slice(3).toLowerCase()
  return e.key.length === 1 ? e.key.toLowerCase() : e.key.toLowerCase()
}

export function matches(e: KeyLike, keys: string, mac = IS_MAC): boolean {
  const c = parse(keys)
  if (keyOf(e) !== c.key) return false
  const wantCtrl = c.ctrl || (c.mod && !mac)
  const wantMeta = c.mod && mac
  // A sign such as "?" takes Shift on some keyboards and not on others: the sign itself is the key.
  const shiftOk = isSign(c.key) && !c.shift ? true : e.shiftKey === c.shift
  return e.ctrlKey === wantCtrl && e.metaKey === wantMeta && shiftOk && e.altKey === c.alt
}

const isSign = (key: string) => key.length === 1 && !/[a-z0-9]/.test(key)

const NAMES: Record<string, string> = {
  arrowright: '→',
  arrowleft: '←',
  arrowup: '↑',
  arrowdown: '↓',
  enter: 'Enter',
  tab: 'Tab',
  delete: 'Delete',
  backspace: 'Backspace',
  escape: 'Esc',
  f2: 'F2',
}

/** "Ctrl+Shift+Z" (or "⌘⇧Z" on a Mac), for tooltips and the shortcut list. */
export function formatKeys(keys: string, mac = IS_MAC): string {
  const c = parse(keys)
  const key = NAMES[c.key] ?? c.key.toUpperCase()
  if (mac) return `${c.ctrl ? '⌃' : ''}${c.alt ? '⌥' : ''}${c.shift ? '⇧' : ''}${c.mod ? '⌘' : ''}${key}`
  return [c.ctrl || c.mod ? 'Ctrl' : '', c.alt ? 'Alt' : '', c.shift ? 'Shift' : '', key].filter(Boolean).join('+')
}

/** A key that types a character (and so starts editing a selected step's label). */
export function isTypingKey(e: KeyLike): boolean {
  return e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey
}
