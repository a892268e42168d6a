/**
 * String keys (step ids, lineage) → positions, in a few typed arrays sized once. A Map of 10,000
 * string keys regrows its table a dozen times on the way, and those tables are most of the garbage
 * a diff leaves behind; this index allocates its table once, at twice the number of keys it may
 * hold (open addressing, linear probing), and chains the positions of a repeated key in the order
 * they were added.
 */
export class KeyIndex {
  /** Per slot: the first position added under the slot's key, plus one (0: empty slot). */
  private readonly slots: Int32Array
  private readonly mask: number
  private readonly keys: string[]
  /** Per position: the next position added under the same key, or -1. */
  private readonly next: Int32Array
  /** Per first position of a key: the last position added under it. */
  private readonly tail: Int32Array
  private readonly values: Int32Array
  private count = 0
  /** False once some key was added twice. */
  unique = true

  /** `capacity`: how many keys (with repeats) will be added at most. */
  constructor(capacity: number) {
    let size = 16
    while (size < 2 * capacity) size *= 2
    this.slots = new Int32Array(size)
    this.mask = size - 1
    this.next = new Int32Array(capacity)
    this.tail = new Int32Array(capacity)
    this.values = new Int32Array(capacity)
    this.keys = new Array<string>(capacity)
  }

  add(key: string, value: number): void {
    const p = this.count++
    this.keys[p] = key
    this.values[p] = value
    this.next[p] = -1
    let s = hashOf(key) & this.mask
    for (;;) {
      const head = this.slots[s]! - 1
      if (head === -1) {
        this.slots[s] = p + 1
        this.tail[p] = p
        return
      }
      if (this.keys[head] === key) {
        this.unique = false
        this.next[this.tail[head]!] = p
        this.tail[head] = p
        return
      }
      s = (s + 1) & this.mask
    }
  }

  /** Position of the first entry under `key`, or -1. */
  private head(key: string): number {
    let s = hashOf(key) & this.mask
    for (;;) {
      const head = this.slots[s]! - 1
      if (head === -1 || this.keys[head] === key) return head
      s = (s + 1) & this.mask
    }
  }

  /** The value added last under `key` (as a Map's `set` would keep it), or -1. */
  last(key: string): number {
    const head = this.head(key)
    return head === -1 ? -1 : this.values[this.tail[head]!]!
  }

  /** The first value under `key`, in the order added, that `ok` accepts, or -1. */
  take(key: string, ok: (value: number) => boolean): number {
    for (let p = this.head(key); p !== -1; p = this.next[p]!) {
      const v = this.values[p]!
      if (ok(v)) return v
    }
    return -1
  }
}

/**
 * FNV-1a over pairs of UTF-16 code units (half the multiplications of one unit at a time, and the
 * multiplications are what a hash of a short id waits on), with a final mix so the low bits (the
 * slot) depend on every unit.
 */
function hashOf(s: string): number {
  let h = 0x811c9dc5
  const n = s.length
  let i = 0
  for (; i + 1 < n; i += 2) h = Math.imul(h ^ (s.charCodeAt(i) | (s.charCodeAt(i + 1) << 16)), 0x01000193)
  if (i < n) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193)
  h ^= h >>> 15
  h = Math.imul(h, 0x2c1b3c6d)
  return h ^ (h >>> 12)
}
