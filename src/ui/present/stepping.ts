// The keys that step through a presentation. Arrow keys at the laptop, and what presentation
// clickers send (Page Down / Page Up, sometimes Space or the arrows). Pure: tested without a page.

export type Move = 'next' | 'previous' | 'first' | 'last' | 'leave'

export interface PresentKey {
  key: string
  shiftKey: boolean
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
}

const MOVES: Record<string, Move> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'leave',
}

/** The move a key asks for, or null. A key held with Ctrl, Cmd or Alt belongs to the browser. */
export function moveForKey(e: PresentKey): Move | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null
  const move = MOVES[e.key] ?? null
  // Shift+Space goes back, as it scrolls back in a page.
  if (move === 'next' && e.key === ' ' && e.shiftKey) return 'previous'
  return move
}

/** Where a move lands among `count` slides; it stops at either end rather than wrapping round. */
export function stepIndex(index: number, move: Exclude<Move, 'leave'>, count: number): number {
  if (count <= 0) return 0
  const last = count - 1
  const at = Math.min(Math.max(index, 0), last)
  switch (move) {
    case 'next':
      return Math.min(at + 1, last)
    case 'previous':
      return Math.max(at - 1, 0)
    case 'first':
      return 0
    case 'last':
      return last
  }
}
