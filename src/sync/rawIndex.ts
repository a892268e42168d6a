// What the doc holds, as plain values, and what changed since the projection last looked. A
// transaction touches a few entries; only those are read again (`touch`), so a remote edit of
// one step in a 5,000-step map costs the reading of one step.
import * as Y from 'yjs'
import type { Fields } from './codecs'
import { FLOWS, ID_SPACE, LANES, PROJECT, splitLaneKey, STATES, STEPS } from './layout'

/** What changed since the last `takeChanges`. */
export interface Changes {
  /** Everything must be read again (a first build, an id claimed twice). */
  all: boolean
  /** The project's own fields. */
  meta: boolean
  /** Entity ids touched, by top-level map. */
  ids: Map<string, Set<string>>
  /** States whose header, lanes, steps or flows changed. */
  states: Set<string>
  /** States whose steps or flows were added, removed or reordered (their sorted order is stale). */
  membership: Set<string>
}

const fresh = (): Changes => ({ all: true, meta: true, ids: new Map(), states: new Set(), membership: new Set() })

export class RawIndex {
  /** Entities by top-level map, then id: the entity's fields (with `order`, and `stateId` for steps and flows). */
  readonly entities = new Map<string, Map<string, Fields>>(ID_SPACE.map((name) => [name, new Map()]))
  /** Steps and flows of each state, by id (including entries the projection leaves out). */
  readonly members = new Map<string, Map<string, Set<string>>>([
    [STEPS, new Map()],
    [FLOWS, new Map()],
  ])
  /** Lanes of each state: role id → order key. */
  readonly lanes = new Map<string, Map<string, unknown>>()
  meta: Fields = {}
  private changes: Changes = fresh()

  constructor(private readonly doc: Y.Doc) {}

  /** Reads the whole doc (when a session opens). */
  loadAll(): void {
    this.meta = this.doc.getMap(PROJECT).toJSON()
    for (const name of ID_SPACE) for (const id of this.doc.getMap(name).keys()) this.touch(name, id)
    for (const key of this.doc.getMap(LANES).keys()) this.touch(LANES, key)
    this.changes = fresh()
  }

  /** Reads one entry again after a transaction changed it (`key` is the entity id or lane key). */
  touch(name: string, key: string): void {
    if (name === PROJECT) {
      this.meta = this.doc.getMap(PROJECT).toJSON()
      this.changes.meta = true
    } else if (name === LANES) this.touchLane(key)
    else if (this.entities.has(name)) this.touchEntity(name, key)
  }

  takeChanges(): Changes {
    const c = this.changes
    this.changes = { all: false, meta: false, ids: new Map(), states: new Set(), membership: new Set() }
    return c
  }

  /** True when a map earlier in the id space holds `id`: the later entity gives way. */
  claimedEarlier(name: string, id: string): boolean {
    for (const other of ID_SPACE) {
      if (other === name) return false
      if (this.entities.get(other)!.has(id)) return true
    }
    return false
  }

  /** The order key an entity has in the doc now. */
  orderOf(name: string, id: string): string | undefined {
    const o = this.entities.get(name)?.get(id)?.order
    return typeof o === 'string' ? o : undefined
  }

  membersOf(name: typeof STEPS | typeof FLOWS, stateId: string): ReadonlySet<string> {
    return this.members.get(name)!.get(stateId) ?? new Set()
  }

  private touchEntity(name: string, id: string): void {
    const entries = this.entities.get(name)!
    const old = entries.get(id)
    const value = this.doc.getMap(name).get(id)
    // The server writes its records (sign-offs) as Y.Maps or as plain objects: both are read.
    const now = value instanceof Y.Map ? (value.toJSON() as Fields) : isRecord(value) ? value : undefined
    if (now) entries.set(id, now)
    else entries.delete(id)
    let set = this.changes.ids.get(name)
    if (!set) this.changes.ids.set(name, (set = new Set()))
    set.add(id)
    // An id that appears or disappears in one map changes which of its namesakes is shown.
    if (!old !== !now && ID_SPACE.some((other) => other !== name && this.entities.get(other)!.has(id))) this.changes.all = true
    if (name === STATES) this.changes.states.add(id)
    const members = this.members.get(name)
    if (!members) return
    const before = typeof old?.stateId === 'string' ? old.stateId : undefined
    const after = typeof now?.stateId === 'string' ? now.stateId : undefined
    if (before !== undefined) this.changes.states.add(before)
    if (after !== undefined) this.changes.states.add(after)
    if (before !== after || !old || !now || old.order !== now.order) {
      if (before !== undefined) this.changes.membership.add(before)
      if (after !== undefined) this.changes.membership.add(after)
    }
    if (before !== after) {
      if (before !== undefined) members.get(before)?.delete(id)
      if (after !== undefined) {
        let set = members.get(after)
        if (!set) members.set(after, (set = new Set()))
        set.add(id)
      }
    }
  }

  private touchLane(key: string): void {
    const parts = splitLaneKey(key)
    if (!parts) return
    const [stateId, roleId] = parts
    const value = this.doc.getMap(LANES).get(key)
    let lanes = this.lanes.get(stateId)
    if (value === undefined) lanes?.delete(roleId)
    else {
      if (!lanes) this.lanes.set(stateId, (lanes = new Map()))
      lanes.set(roleId, value)
    }
    this.changes.states.add(stateId)
  }
}

function isRecord(v: unknown): v is Fields {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Uint8Array) && !(v instanceof Y.AbstractType)
}
