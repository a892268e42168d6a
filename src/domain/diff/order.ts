// Stable, file-order-independent orders of steps and flows, fast enough for 50,000 steps.
// Sorting with a comparator function costs a call per comparison; packing each item's sort key
// and its index into one number lets the engine's native numeric sort do the work instead.

const EXACT = 2 ** 53

/**
 * Indexes 0..n-1 ordered by integer keys in [0, keyCount); equal keys ordered by `tie`.
 * Falls back to a comparator sort when key and index do not fit together in a double.
 */
export function orderByKey(keys: Float64Array, keyCount: number, tie: (a: number, b: number) => number): Int32Array {
  const n = keys.length
  const out = new Int32Array(n)
  if (keyCount * n < EXACT) {
    const packed = new Float64Array(n)
    for (let i = 0; i < n; i++) packed[i] = keys[i]! * n + i
    const sorted = sortMostlySorted(packed)
    for (let r = 0; r < n; r++) out[r] = sorted[r]! % n
  } else {
    for (let i = 0; i < n; i++) out[i] = i
    out.sort((a, b) => keys[a]! - keys[b]!)
  }
  // Runs of equal keys are rare and short: order each by the tie-breaker.
  let start = 0
  for (let r = 1; r <= n; r++) {
    if (r < n && keys[out[r]!] === keys[out[start]!]) continue
    if (r - start > 1) out.subarray(start, r).sort(tie)
    start = r
  }
  return out
}

/**
 * Sorts distinct numbers ascending. A state's steps are mostly stored in the order they were drawn,
 * left to right, with the steps added later appended at the end: the sorted run at the start is
 * kept, only the rest is sorted, and the two are merged (linear for an array already in order).
 * Returns `values` itself or a new array.
 */
function sortMostlySorted(values: Float64Array): Float64Array {
  const n = values.length
  let run = 1
  while (run < n && values[run - 1]! < values[run]!) run++
  if (run >= n) return values
  if (run < n / 2) return values.sort()
  const rest = values.slice(run).sort()
  const out = new Float64Array(n)
  let i = 0
  let j = 0
  let k = 0
  while (i < run && j < rest.length) out[k++] = values[i]! < rest[j]! ? values[i++]! : rest[j++]!
  while (i < run) out[k++] = values[i++]!
  while (j < rest.length) out[k++] = rest[j++]!
  return out
}

/** Each value's position among the distinct values (equal values share it), and how many there are. */
export function denseRanks(values: Float64Array): { ranks: Float64Array; count: number } {
  const distinct = values.slice().sort()
  let count = 0
  for (let i = 0; i < distinct.length; i++) if (count === 0 || distinct[i] !== distinct[count - 1]) distinct[count++] = distinct[i]!
  const ranks = new Float64Array(values.length)
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!
    let lo = 0
    let hi = count - 1
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if (distinct[mid]! < v) lo = mid + 1
      else hi = mid
    }
    ranks[i] = lo
  }
  return { ranks, count }
}
