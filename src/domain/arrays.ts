// Array helpers that never put a whole array on the stack. A spread into a call (`push(...xs)`,
// `Math.max(...xs)`) passes every element as an argument, and from about 100,000 elements the
// engine throws "Maximum call stack size exceeded": maps, plans and reports grow with the file.

/** Appends `items` to `target` one by one; returns `target`. */
export function append<T>(target: T[], items: Iterable<T>): T[] {
  for (const x of items) target.push(x)
  return target
}

/** The largest of `values`, or `empty` when there are none (Math.max without the spread). */
export function maxOf(values: Iterable<number>, empty = -Infinity): number {
  let best = empty
  let first = true
  for (const v of values) {
    if (first || v > best) best = v
    first = false
  }
  return first ? empty : best
}

/** The smallest of `values`, or `empty` when there are none. */
export function minOf(values: Iterable<number>, empty = Infinity): number {
  let best = empty
  let first = true
  for (const v of values) {
    if (first || v < best) best = v
    first = false
  }
  return first ? empty : best
}
