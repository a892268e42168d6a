// Project → doc: what a command changed, written field by field. Only entities whose objects
// differ between `before` and `after` are looked at (immer shares every untouched one), only
// fields whose values differ are written, and an order key is written only for an entity that
// is new or moved. So a rename writes one `label`, and two people's edits of different fields or
// different entities never overwrite each other.
import * as Y from 'yjs'
import type { Project, WorkflowState } from '../domain/model/types'
import { deepEqual } from '../persistence/equal'
import { flowCodec, KeyedList, stateCodec, stepCodec, type Codec, type Fields } from './codecs'
import { FLOWS, LANES, laneKey, listOf, mapsOf, PROJECT, PROJECT_COLLECTIONS, STATES, STEPS } from './layout'
import { assignOrder, keysBetween } from './order'
import type { RawIndex } from './rawIndex'

/** The doc's format version, so a replica of an older flowstate can tell a newer doc apart. */
export const DOC_FORMAT = 'formatVersion'

type Entity = { id: string }

/** Writes the difference between two projects into the doc; call it inside one transaction. */
export function writeDifference(doc: Y.Doc, raw: RawIndex, before: Project, after: Project): void {
  const meta = doc.getMap(PROJECT)
  for (const key of ['name', 'description', 'createdAt', 'updatedAt'] as const) {
    if (before[key] === after[key]) continue
    if (after[key] === undefined) meta.delete(key)
    else meta.set(key, after[key])
  }
  for (const c of PROJECT_COLLECTIONS) {
    const a = listOf(before, c.key)
    const b = listOf(after, c.key)
    if (a === b) continue
    if (c.optional && (a === undefined) !== (b === undefined)) meta.set(`has:${c.key}`, b !== undefined)
    const maps = mapsOf(c)
    for (const m of maps) {
      // The server's own records are never written by a client (the store refuses such edits).
      if (m.serverOnly) continue
      const mine = (list: readonly { id: string }[]) => (maps.length === 1 ? list : list.filter((e) => c.owner!(e) === m.name))
      writeList(doc.getMap(m.name), raw, m.name, mine(a ?? []), mine(b ?? []), c.codec)
    }
  }
  if (before.states !== after.states) writeStates(doc, raw, before.states, after.states)
}

function writeStates(doc: Y.Doc, raw: RawIndex, before: readonly WorkflowState[], after: readonly WorkflowState[]): void {
  const states = doc.getMap(STATES)
  const prevById = new Map(before.map((s) => [s.id, s]))
  const orders = assignOrder(after.map((s) => s.id), (id) => raw.orderOf(STATES, id))
  const kept = new Set<string>()
  for (const s of after) {
    kept.add(s.id)
    const old = prevById.get(s.id)
    const order = orders.get(s.id)
    if (old === s && order === undefined) continue
    writeEntity(states, s.id, stateCodec.write(s), old && stateCodec.write(old), order)
    if (old === s) continue
    if (old?.lanes !== s.lanes) writeLanes(doc, raw, s.id, old?.lanes ?? [], s.lanes)
    const inState = () => ({ stateId: s.id })
    if (old?.steps !== s.steps) writeList(doc.getMap(STEPS), raw, STEPS, old?.steps ?? [], s.steps, stepCodec, inState)
    if (old?.flows !== s.flows) writeList(doc.getMap(FLOWS), raw, FLOWS, old?.flows ?? [], s.flows, flowCodec, inState)
  }
  for (const s of before) {
    if (kept.has(s.id)) continue
    states.delete(s.id)
    // Everything the doc holds for the state goes, including entries the projection hid.
    for (const name of [STEPS, FLOWS] as const) {
      const map = doc.getMap(name)
      for (const id of [...raw.membersOf(name, s.id)]) map.delete(id)
    }
    const lanes = doc.getMap(LANES)
    for (const roleId of raw.lanes.get(s.id)?.keys() ?? []) lanes.delete(laneKey(s.id, roleId))
  }
}

function writeLanes(doc: Y.Doc, raw: RawIndex, stateId: string, before: readonly string[], after: readonly string[]): void {
  const lanes = doc.getMap(LANES)
  const current = raw.lanes.get(stateId)
  const orders = assignOrder(after, (roleId) => {
    const o = current?.get(roleId)
    return typeof o === 'string' ? o : undefined
  })
  for (const [roleId, order] of orders) lanes.set(laneKey(stateId, roleId), order)
  const kept = new Set(after)
  for (const roleId of before) if (!kept.has(roleId)) lanes.delete(laneKey(stateId, roleId))
}

/** Writes a list of entities: changed ones field by field, new and moved ones with an order key, removed ones deleted. */
function writeList<E extends Entity>(
  map: Y.Map<unknown>,
  raw: RawIndex,
  name: string,
  before: readonly E[],
  after: readonly E[],
  codec: Codec<E>,
  extra: () => Fields = () => ({}),
): void {
  const prevById = new Map(before.map((e) => [e.id, e]))
  const orders = assignOrder(after.map((e) => e.id), (id) => raw.orderOf(name, id))
  const kept = new Set<string>()
  for (const e of after) {
    kept.add(e.id)
    const old = prevById.get(e.id)
    const order = orders.get(e.id)
    if (old === e && order === undefined) continue
    writeEntity(map, e.id, { ...codec.write(e), ...extra() }, old && { ...codec.write(old), ...extra() }, order)
  }
  for (const e of before) if (!kept.has(e.id)) map.delete(e.id)
}

/** Writes the fields that differ from `before` (all of them for a new entity), and a new order key. */
function writeEntity(map: Y.Map<unknown>, id: string, fields: Fields, before: Fields | undefined, order: string | undefined): void {
  const existing = map.get(id)
  if (!(existing instanceof Y.Map)) {
    const entries: [string, unknown][] = Object.entries(fields).map(([k, v]) => [k, v instanceof KeyedList ? keyedMap(v) : v])
    if (order !== undefined) entries.push(['order', order])
    map.set(id, new Y.Map(entries))
    return
  }
  for (const [key, value] of Object.entries(fields)) {
    if (before && before[key] !== undefined && (before[key] === value || deepEqual(before[key], value))) continue
    if (value instanceof KeyedList) writeKeyed(existing, key, value, before?.[key])
    else if (before || !deepEqual(existing.get(key), value)) existing.set(key, value)
  }
  if (before) for (const key of Object.keys(before)) if (!(key in fields)) existing.delete(key)
  if (order !== undefined) existing.set('order', order)
}

/** A keyed list as a new Y.Map: each entry with its order key. */
function keyedMap(list: KeyedList): Y.Map<unknown> {
  const orders = keysBetween('', null, list.entries.length)
  return new Y.Map(list.entries.map(([key, value], i) => [key, { ...value, order: orders[i] }]))
}

/** Writes the entries of a keyed list that are new, changed or moved, and deletes the ones that went. */
function writeKeyed(entity: Y.Map<unknown>, field: string, list: KeyedList, before: unknown): void {
  const nested = entity.get(field)
  if (!(nested instanceof Y.Map)) {
    entity.set(field, keyedMap(list))
    return
  }
  const orderOf = (key: string) => {
    const o = (nested.get(key) as Fields | undefined)?.order
    return typeof o === 'string' ? o : undefined
  }
  const orders = assignOrder(list.entries.map(([key]) => key), orderOf)
  const prev = new Map(before instanceof KeyedList ? before.entries : [])
  for (const [key, value] of list.entries) {
    const moved = orders.get(key)
    const old = prev.get(key)
    if (old && moved === undefined && deepEqual(old, value)) continue
    nested.set(key, { ...value, order: moved ?? orderOf(key) })
  }
  const kept = new Set(list.entries.map(([key]) => key))
  for (const key of prev.keys()) if (!kept.has(key)) nested.delete(key)
}
