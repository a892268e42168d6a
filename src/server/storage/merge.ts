import * as Y from 'yjs'

/** Two states of one document as one compacted update (deleted content garbage-collected). */
export function mergeStates(stored: Uint8Array, ours: Uint8Array): Uint8Array {
  const doc = new Y.Doc({ gc: true })
  Y.applyUpdate(doc, stored)
  Y.applyUpdate(doc, ours)
  const merged = Y.encodeStateAsUpdate(doc)
  doc.destroy()
  return merged
}
