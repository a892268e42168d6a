import { describe, expect, it } from 'vitest'
import { KeyIndex } from '../../../src/domain/diff/keyIndex'

// The index behind step ids and lineage: it must answer as a Map of lists would.
describe('key index', () => {
  it('finds each key, and nothing for a key never added', () => {
    // given the ids of 5,000 steps, added with their positions
    const ids = Array.from({ length: 5000 }, (_, i) => `s_${(i * 7919).toString(36)}`)
    const index = new KeyIndex(ids.length)
    ids.forEach((id, i) => index.add(id, i))
    // then every id gives its position back, also when asked with an equal string built anew
    expect(ids.every((id, i) => index.last(id) === i)).toBe(true)
    expect(index.last('s_' + (7919 * 3).toString(36))).toBe(3)
    // and an unknown id, or the empty one, gives -1
    expect(index.last('s_unknown')).toBe(-1)
    expect(index.last('')).toBe(-1)
  })

  it('keeps the later of two steps with one id, as a Map would', () => {
    const index = new KeyIndex(3)
    index.add('s_a', 0)
    index.add('s_b', 1)
    index.add('s_a', 2)
    expect(index.last('s_a')).toBe(2)
    expect(index.last('s_b')).toBe(1)
  })

  it('offers the steps that share a lineage in the order they were added', () => {
    // given three copies of one step (one lineage) and another step in between
    const index = new KeyIndex(4)
    index.add('l_tray', 10)
    index.add('l_scan', 11)
    index.add('l_tray', 12)
    index.add('l_tray', 13)
    // then the first acceptable copy is taken, in order
    expect(index.take('l_tray', () => true)).toBe(10)
    expect(index.take('l_tray', (v) => v !== 10)).toBe(12)
    expect(index.take('l_tray', (v) => v === 13)).toBe(13)
    expect(index.take('l_tray', () => false)).toBe(-1)
    expect(index.take('l_none', () => true)).toBe(-1)
  })
})
