// Fractional order keys: where an entity sits among its siblings (states in the project, steps in
// a state, lanes in a state), as a string that sorts between its neighbours'. Inserting or moving
// one entity writes one key, never a renumbering of the others, so two people reordering
// different things never collide. Two people inserting at the same place may make the same key;
// the tie is settled by id, identically on every replica.

const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz'
const BASE = DIGITS.length
const VALID = /^[0-9a-z]*[1-9a-z]$/

const digit = (c: string | undefined): number => (c === undefined ? 0 : DIGITS.indexOf(c))

/** A key this module could have made: base-36 digits, no trailing zero (so a gap is never empty). */
export function isOrderKey(key: unknown): key is string {
  return typeof key === 'string' && key.length <= 400 && VALID.test(key)
}

/**
 * A key strictly between `lo` and `hi` (`''` is before everything, `null` after everything). Both
 * must be valid keys with `lo < hi`. After the last key it counts up one digit at a time, so keys
 * appended one by one grow by a character only every few dozen appends.
 */
export function keyBetween(lo: string, hi: string | null): string {
  if (hi === null) {
    if (lo === '') return 'i'
    const a = digit(lo[0])
    return a < BASE - 1 ? DIGITS[a + 1]! : 'z' + keyBetween(lo.slice(1), null)
  }
  if (!(lo < hi)) throw new Error(`no key between "${lo}" and "${hi}"`)
  let n = 0
  while ((lo[n] ?? '0') === hi[n]) n++
  if (n > 0) return hi.slice(0, n) + keyBetween(lo.slice(n), hi.slice(n))
  const a = digit(lo[0])
  const b = digit(hi[0])
  if (b - a > 1) return DIGITS[Math.round((a + b) / 2)]!
  // Adjacent first digits: a longer `hi` leaves room right under its first digit.
  if (hi.length > 1) return hi[0]!
  return DIGITS[a]! + keyBetween(lo.slice(1), null)
}

/** `n` increasing keys between `lo` and `hi`, spread by halving so their length grows only with log(n). */
export function keysBetween(lo: string, hi: string | null, n: number): string[] {
  if (n <= 0) return []
  if (n === 1) return [keyBetween(lo, hi)]
  // Many keys at the end (seeding a project, pasting many steps): spread them below "z".
  if (hi === null) {
    if (lo.startsWith('z')) return keysBetween(lo.slice(1), null, n).map((k) => 'z' + k)
    hi = 'z'
  }
  const mid = keyBetween(lo, hi)
  const left = Math.floor((n - 1) / 2)
  return [...keysBetween(lo, mid, left), mid, ...keysBetween(mid, hi, n - 1 - left)]
}

/** The sibling order every replica computes: by key, ties by id. */
export function compareOrder(a: { order: string; id: string }, b: { order: string; id: string }): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/**
 * The keys to write so that siblings sort as `ids` says, given the keys they have now (`current`,
 * undefined for a new entity or an unusable key). Entities whose keys already sort in a longest
 * increasing run keep them; only the others (new or moved) get a key, between their neighbours.
 */
export function assignOrder(ids: readonly string[], current: (id: string) => string | undefined): Map<string, string> {
  const keys = ids.map((id) => {
    const k = current(id)
    return isOrderKey(k) ? k : undefined
  })
  const keep = longestIncreasing(keys)
  const out = new Map<string, string>()
  let i = 0
  while (i < ids.length) {
    if (keep[i]) {
      i++
      continue
    }
    let j = i
    while (j < ids.length && !keep[j]) j++
    const lo = i > 0 ? keys[i - 1]! : ''
    const hi = j < ids.length ? keys[j]! : null
    const fresh = keysBetween(lo, hi, j - i)
    for (let k = i; k < j; k++) {
      keys[k] = fresh[k - i]!
      out.set(ids[k]!, fresh[k - i]!)
    }
    i = j
  }
  return out
}

/** Marks a longest strictly increasing subsequence of the defined keys (patience sorting, O(n log n)). */
function longestIncreasing(keys: readonly (string | undefined)[]): boolean[] {
  const keep = keys.map(() => false)
  // Fast path: already in order (the usual case: an edit that moved nothing).
  let sorted = true
  let last = ''
  for (const k of keys) {
    if (k === undefined || k <= last) {
      sorted = false
      break
    }
    last = k
  }
  if (sorted) return keep.fill(true)
  const tails: number[] = [] // index of the smallest tail of a run of each length
  const prev: number[] = keys.map(() => -1)
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]
    if (k === undefined) continue
    let lo = 0
    let hi = tails.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (keys[tails[mid]!]! < k) lo = mid + 1
      else hi = mid
    }
    prev[i] = lo > 0 ? tails[lo - 1]! : -1
    tails[lo] = i
  }
  for (let i = tails.length > 0 ? tails[tails.length - 1]! : -1; i >= 0; i = prev[i]!) keep[i] = true
  return keep
}
