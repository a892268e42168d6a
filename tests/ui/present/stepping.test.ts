import { describe, expect, it } from 'vitest'
import { moveForKey, stepIndex } from '../../../src/ui/present/stepping'

const key = (k: string, mods: Partial<{ shiftKey: boolean; ctrlKey: boolean; metaKey: boolean; altKey: boolean }> = {}) => ({
  key: k,
  shiftKey: false,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...mods,
})

describe('stepping through a presentation', () => {
  it('given the keys of a laptop and of a clicker, then each asks for the move a presenter expects', () => {
    expect(['ArrowRight', 'ArrowDown', 'PageDown', ' '].map((k) => moveForKey(key(k)))).toEqual(['next', 'next', 'next', 'next'])
    expect(['ArrowLeft', 'ArrowUp', 'PageUp'].map((k) => moveForKey(key(k)))).toEqual(['previous', 'previous', 'previous'])
    expect(moveForKey(key(' ', { shiftKey: true }))).toBe('previous')
    expect(moveForKey(key('Home'))).toBe('first')
    expect(moveForKey(key('End'))).toBe('last')
    expect(moveForKey(key('Escape'))).toBe('leave')
  })

  it('given a key held with Ctrl, Cmd or Alt, or a letter, then it is not a move (the browser keeps its own keys)', () => {
    expect(moveForKey(key('ArrowRight', { altKey: true }))).toBeNull()
    expect(moveForKey(key('ArrowLeft', { metaKey: true }))).toBeNull()
    expect(moveForKey(key('End', { ctrlKey: true }))).toBeNull()
    expect(moveForKey(key('p'))).toBeNull()
  })

  it('given five slides, then the moves stop at either end instead of wrapping round', () => {
    expect(stepIndex(0, 'next', 5)).toBe(1)
    expect(stepIndex(4, 'next', 5)).toBe(4)
    expect(stepIndex(0, 'previous', 5)).toBe(0)
    expect(stepIndex(3, 'previous', 5)).toBe(2)
    expect(stepIndex(2, 'first', 5)).toBe(0)
    expect(stepIndex(2, 'last', 5)).toBe(4)
  })

  it('given slides that became fewer (the diff ran again), then a move starts from the last one there is', () => {
    expect(stepIndex(9, 'previous', 5)).toBe(3)
    expect(stepIndex(3, 'next', 0)).toBe(0)
  })
})
