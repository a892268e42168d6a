/**
 * Deep equality of plain JSON-like data, ignoring key order and treating an absent key like one
 * set to undefined. Used where immer's structural sharing is lost (undo and redo rebuild the
 * values they restore), so unchanged entities are recognised and not written again.
 */
export function deepEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!deepEqual(a[i], b[i])) return false
    return true
  }
  if (Array.isArray(b)) return false
  const ao = a as Record<string, unknown>
  const bo = b as Record<string, unknown>
  for (const k in ao) if (!deepEqual(ao[k], bo[k])) return false
  for (const k in bo) if (!(k in ao) && bo[k] !== undefined) return false
  return true
}
