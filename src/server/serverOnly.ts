// Records only the server may write (sign-offs, in the top-level map `signoffs`): which top-level
// maps a client's Yjs update would touch. An update names its items' places indirectly: an item
// carries its top-level map's name, or the id of the item holding its nested map, or only its
// neighbour's id (its origin). Each is followed, through the update itself and through the
// server's document, to a top-level name. Deletions are followed the same way.
//
// An item or deletion that points at something neither the update nor the server has cannot be
// placed yet. Yjs would keep it aside and apply it once the missing item arrives — which would let
// a forger aim at the server's next sign-off. So such an update waits (the caller retries it when
// the document changes: usually the client's own earlier update is still on its way) and is
// refused if it never becomes placeable.
import * as Y from 'yjs'

export const SERVER_ONLY_ROOTS: ReadonlySet<string> = new Set(['signoffs'])

export type Verdict = { kind: 'allowed' } | { kind: 'refused'; why: string } | { kind: 'waiting' }

/** Not placeable (yet). */
const UNKNOWN = Symbol('unknown')
/** In a part of the document that was garbage-collected: applying it changes nothing anyone sees. */
const INERT = null
type Place = string | typeof INERT | typeof UNKNOWN

type Struct = Y.Item | Y.GC | Y.Skip

export function inspectUpdate(doc: Y.Doc, update: Uint8Array, guarded: ReadonlySet<string> = SERVER_ONLY_ROOTS): Verdict {
  const { structs, ds } = Y.decodeUpdate(update)
  const byClient = new Map<number, Struct[]>()
  for (const s of structs) {
    const list = byClient.get(s.id.client)
    if (list) list.push(s)
    else byClient.set(s.id.client, [s])
  }
  const place = placer(doc, byClient)
  let waiting = false
  const judge = (p: Place, what: string): Verdict | null => {
    if (p === UNKNOWN) waiting = true
    else if (p !== INERT && guarded.has(p)) return { kind: 'refused', why: `${what} in "${p}", which only the server writes` }
    return null
  }

  for (const s of structs) {
    // What the server already has is a duplicate Yjs skips; only the new part counts.
    if (!(s instanceof Y.Item) || s.id.clock + s.length <= Y.getState(doc.store, s.id.client)) continue
    const verdict = judge(place.ofUpdateItem(s), 'an insertion')
    if (verdict) return verdict
  }

  for (const [client, ranges] of ds.clients) {
    const known = Y.getState(doc.store, client)
    const own = byClient.get(client)
    const ownStart = own?.[0]?.id.clock ?? Infinity
    const ownEnd = own ? own[own.length - 1]!.id.clock + own[own.length - 1]!.length : -Infinity
    for (const { clock, len } of ranges) {
      const end = clock + len
      if (clock < known) {
        const list = doc.store.clients.get(client)!
        for (let i = Y.findIndexSS(list, clock); i < list.length && list[i]!.id.clock < Math.min(end, known); i++) {
          const s = list[i]!
          if (s instanceof Y.Item && !s.deleted) {
            const verdict = judge(place.ofDocStruct(s), 'a deletion')
            if (verdict) return verdict
          }
        }
      }
      // Items beyond what the server has must come with this update (they were judged above).
      if (end > known && !(ownStart <= Math.max(clock, known) && ownEnd >= end)) waiting = true
    }
  }
  return waiting ? { kind: 'waiting' } : { kind: 'allowed' }
}

function placer(doc: Y.Doc, byClient: Map<number, Struct[]>) {
  const memo = new Map<Y.Item, Place>()
  const rootNames = new Map<Y.AbstractType<unknown>, string>()

  const ofDocStruct = (s: Y.Item | Y.GC): Place => {
    if (!(s instanceof Y.Item)) return INERT
    let type = s.parent as Y.AbstractType<unknown> | null
    while (type?._item) type = type._item.parent as Y.AbstractType<unknown> | null
    if (!type) return INERT
    let name = rootNames.get(type)
    if (name === undefined) {
      try {
        name = Y.findRootTypeKey(type)
      } catch {
        return INERT
      }
      rootNames.set(type, name)
    }
    return name
  }

  /** The struct an id points into: the server's (placed already) or this update's, or UNKNOWN. */
  const find = (id: Y.ID): { doc: Y.Item | Y.GC } | { update: Y.Item } | typeof INERT | typeof UNKNOWN => {
    if (id.clock < Y.getState(doc.store, id.client)) {
      const list = doc.store.clients.get(id.client)!
      return { doc: list[Y.findIndexSS(list, id.clock)]! }
    }
    const list = byClient.get(id.client)
    const s = list ? search(list, id.clock) : undefined
    if (s instanceof Y.Item) return { update: s }
    if (s instanceof Y.GC) return INERT
    return UNKNOWN
  }

  // Iterative, with every item on the way remembered: a pasted paragraph is a chain of thousands
  // of items, each placed by its left neighbour.
  const ofUpdateItem = (start: Y.Item): Place => {
    const path: Y.Item[] = []
    const seen = new Set<Y.Item>()
    let item = start
    let result: Place
    for (;;) {
      const known = memo.get(item)
      if (known !== undefined) {
        result = known
        break
      }
      if (seen.has(item)) {
        result = UNKNOWN // a cycle: no real update has one, and it can never be placed
        break
      }
      seen.add(item)
      path.push(item)
      const parent = item.parent as unknown
      if (typeof parent === 'string') {
        result = parent
        break
      }
      const ref = parent instanceof Y.ID ? parent : (item.origin ?? item.rightOrigin)
      if (!ref) {
        result = UNKNOWN
        break
      }
      const found = find(ref)
      if (found === INERT || found === UNKNOWN) {
        result = found
        break
      }
      if ('doc' in found) {
        result = ofDocStruct(found.doc)
        break
      }
      item = found.update
    }
    for (const p of path) memo.set(p, result)
    return result
  }

  return { ofDocStruct, ofUpdateItem }
}

function search(list: Struct[], clock: number): Struct | undefined {
  let lo = 0
  let hi = list.length - 1
  while (lo <= hi) {
    const mid = (lo + hi) >> 1
    const s = list[mid]!
    if (clock < s.id.clock) hi = mid - 1
    else if (clock >= s.id.clock + s.length) lo = mid + 1
    else return s
  }
  return undefined
}
