/**
 * One empty list for store selectors to fall back on while no project is open: a selector must
 * return the same value for the same state, and `?? []` would make a new array every time.
 */
export const NONE: readonly never[] = Object.freeze([])
