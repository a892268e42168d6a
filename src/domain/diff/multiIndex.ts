/**
 * A map from key to indexes that allocates an array only for keys seen twice: lineage is almost
 * always unique, and 50,000 one-element arrays would cost more than the matching itself.
 */
export class MultiIndex<K = string> {
  private readonly heads = new Map<K, number>()
  private readonly tails = new Map<K, number[]>()

  add(key: K, i: number): void {
    if (this.heads.get(key) === undefined) this.heads.set(key, i)
    else {
      const list = this.tails.get(key)
      if (list) list.push(i)
      else this.tails.set(key, [i])
    }
  }

  first(key: K): number | undefined {
    return this.heads.get(key)
  }

  /** True when `key` holds exactly one index. */
  single(key: K): boolean {
    return !this.tails.has(key)
  }

  /** Every index under `key`, in the order added. */
  all(key: K): number[] {
    const i = this.heads.get(key)
    return i === undefined ? [] : [i, ...(this.tails.get(key) ?? [])]
  }

  /** Each key with its first index, in the order keys were first added. */
  firsts(): IterableIterator<[K, number]> {
    return this.heads.entries()
  }

  /** The first index under `key` that `ok` accepts, or -1. */
  take(key: K, ok: (i: number) => boolean): number {
    const i = this.heads.get(key)
    if (i === undefined) return -1
    if (ok(i)) return i
    for (const j of this.tails.get(key) ?? []) if (ok(j)) return j
    return -1
  }
}
