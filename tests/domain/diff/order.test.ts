import { describe, expect, it } from 'vitest'
import { denseRanks, orderByKey } from '../../../src/domain/diff/order'
import { diffCurrentFuture, diffFixture, withFuture } from './helpers'

describe('reading order', () => {
  it('orders by key and breaks ties with the tie-breaker', () => {
    const keys = new Float64Array([3, 1, 2, 1, 0])
    const names = ['d', 'b2', 'c', 'b1', 'a']
    const order = orderByKey(keys, 4, (a, b) => (names[a]! < names[b]! ? -1 : 1))
    expect(Array.from(order, (i) => names[i])).toEqual(['a', 'b1', 'b2', 'c', 'd'])
  })

  it('orders a state stored in reading order, with steps appended at the end or not, as a full sort would', () => {
    // given keys already in order, in order but for a tail of later additions, and shuffled
    const n = 1000
    const inOrder = Array.from({ length: n }, (_, i) => i * 3)
    const appended = [...inOrder.slice(0, 900), ...Array.from({ length: 100 }, (_, i) => ((i * 7919) % n) * 3 + 1)]
    const shuffled = Array.from({ length: n }, (_, i) => ((i * 7919) % n) * 2)
    const withTies = [...inOrder.slice(0, 990), 0, 3, 6, 6, 9, 2997, 2997, 1, 1, 1]
    for (const list of [inOrder, appended, shuffled, withTies]) {
      const keys = new Float64Array(list)
      // when ordered, ties by index
      const order = Array.from(orderByKey(keys, 3 * n, (a, b) => a - b))
      // then the order is the one of a plain comparator sort
      const expected = list.map((_, i) => i).sort((a, b) => list[a]! - list[b]! || a - b)
      expect(order).toEqual(expected)
    }
  })

  it('falls back to a comparator sort when the packed key would not fit in a double', () => {
    const keys = new Float64Array([2 ** 40, 5, 2 ** 41, 5])
    const order = orderByKey(keys, 2 ** 52, (a, b) => b - a)
    expect(Array.from(order)).toEqual([3, 1, 0, 2])
  })

  it('ranks distinct coordinates, equal ones sharing a rank', () => {
    expect(denseRanks(new Float64Array([10.5, -3, 10.5, 7]))).toEqual({ ranks: new Float64Array([2, 0, 2, 1]), count: 3 })
  })

  it('reads a map with far-apart and fractional positions left to right', () => {
    // given the redrawn steps of the matching fixture moved far apart
    const p = withFuture(diffFixture('matching.rules'), (f) => {
      f.steps.find((s) => s.id === 'f_pack')!.position = { x: 1e15, y: 0.25 }
      f.steps.find((s) => s.id === 'f_wash')!.position = { x: -1e12, y: 1e9 }
    })
    const r = diffCurrentFuture(p)
    // then the list of changed steps follows the new positions: the moved packing step comes last
    expect(r.steps.changed.map((c) => c.after.id)).toEqual(['f_recv', 'f_scan', 'f_pack'])
  })
})
