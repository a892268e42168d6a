// One side of a diff, prepared once: step indexes, reading order, and catalogue keys.
//
// Catalogue keys decide when a role, system or data item of "before" is the same as one of "after":
// within one project by id (a renamed role is still that role), across independent projects
// (two BPMN files, two imports) by normalized name (DESIGN, diff rules 1 and 5).
import type { Project, Step, WorkflowState } from '../model/types'
import type { StepRef } from './types'
import { nameKey } from './normalize'
import { KeyIndex } from './keyIndex'
import { denseRanks, orderByKey } from './order'

/** What the diff needs of a project: its catalogues and, optionally, the stored match overrides. */
export type DiffProject = Pick<Project, 'id' | 'roles' | 'systems' | 'dataItems'> & Partial<Pick<Project, 'matchOverrides'>>

/** One side of a comparison: a state and the project whose catalogues it refers to. */
export interface DiffSide {
  project: DiffProject
  state: WorkflowState
}

/** A role, system or data item as the diff compares it (key) and shows it (name). */
export interface Entry {
  key: string
  name: string
}

/** Ids of one project's catalogues mapped to comparison keys and display names. */
export class Catalogue {
  private readonly roles = new Map<string, Entry>()
  private readonly systems = new Map<string, Entry>()
  private readonly items = new Map<string, Entry>()

  constructor(project: DiffProject, byId: boolean) {
    const fill = (into: Map<string, Entry>, list: readonly { id: string; name: string }[]) => {
      if (byId) {
        for (const x of list) into.set(x.id, { key: x.id, name: x.name })
        return
      }
      // By name, loosely ("OR Nurse" is "or nurse") — but two entries of one project whose names
      // differ only in case or punctuation (a pool "Team-Assistant" and a lane "Team Assistant")
      // are two roles, not one: those keep their exact names as keys.
      const keys = list.map((x) => nameKey(x.name))
      const spelled = new Map<string, string | null>()
      list.forEach((x, i) => {
        const seen = spelled.get(keys[i]!)
        if (seen === undefined) spelled.set(keys[i]!, x.name)
        else if (seen !== null && seen !== x.name) spelled.set(keys[i]!, null)
      })
      list.forEach((x, i) => {
        const key = keys[i]!
        into.set(x.id, { key: spelled.get(key) === null ? `${key}\u0000${x.name}` : key, name: x.name })
      })
    }
    fill(this.roles, project.roles)
    fill(this.systems, project.systems)
    fill(this.items, project.dataItems)
  }

  /** Every role of the project: id, comparison key and name. */
  *roleEntries(): Iterable<{ id: string; key: string; name: string }> {
    for (const [id, e] of this.roles) yield { id, key: e.key, name: e.name }
  }

  // A reference missing from the catalogue (a broken file) keeps its id as key and name.
  role(id: string | undefined): Entry | null {
    if (id === undefined) return null
    return this.roles.get(id) ?? { key: `#${id}`, name: id }
  }
  system(id: string | undefined): Entry | null {
    if (id === undefined) return null
    return this.systems.get(id) ?? { key: `#${id}`, name: id }
  }
  item(id: string): Entry {
    return this.items.get(id) ?? { key: `#${id}`, name: id }
  }
}

export interface PreparedSide {
  state: WorkflowState
  steps: readonly Step[]
  /** Step id → index in `steps` (`last`: of two steps with one id, the later, as a Map would keep). */
  indexOf: KeyIndex
  /** Reading order of each step (left to right, then lane, then top to bottom): ties and output order. */
  rank: Int32Array
  /** Step indexes in reading order. */
  order: Int32Array
  /** Role key of each step (null: no role). */
  roleKey: (string | null)[]
  catalogue: Catalogue
  /**
   * What metrics, lead time and duplicates need of each step, read in the one pass that indexes the
   * steps: the later rules then walk these arrays instead of every step object again.
   */
  facts: StepFacts
}

/** Kind of each step as a small code; a kind the model does not know (a broken file) is `other`. */
export const KIND_CODE = { start: 0, end: 1, wait: 2, task: 3, subprocess: 4, decision: 5, other: 6 } as const

export interface StepFacts {
  /** `KIND_CODE` of each step. */
  kind: Uint8Array
  /** Touch + wait minutes of each step (an unset time is 0). */
  weight: Float64Array
  /**
   * The manual records of all steps, in file order, as catalogue entries: step i's are at
   * `manualFrom[i]` up to `manualFrom[i + 1]`. Duplicates read these instead of the records again.
   */
  manualFrom: Int32Array
  manualItems: Entry[]
  /** null: recorded into no system. */
  manualSystems: (Entry | null)[]
  decisions: number
  waits: number
  touchMinutes: number
  waitMinutes: number
  /** Distinct role keys of the steps. */
  roles: number
  /** Distinct system keys the steps write into or record into. */
  systems: number
}

export function prepareSide(side: DiffSide, byId: boolean): PreparedSide {
  const { state } = side
  const steps = state.steps
  const n = steps.length
  const catalogue = new Catalogue(side.project, byId)
  const indexOf = new KeyIndex(n)
  const roleKey: (string | null)[] = new Array(n)
  // Per role id, its key and its lane: one lookup per step for both.
  const noLane = state.lanes.length
  const roles = new Map<string, { key: string; lane: number; used: boolean }>()
  for (let l = 0; l < state.lanes.length; l++) roles.set(state.lanes[l]!, { key: catalogue.role(state.lanes[l])!.key, lane: l, used: false })
  const laneOf = new Float64Array(n)
  const xs = new Float64Array(n)
  const ys = new Float64Array(n)
  const kind = new Uint8Array(n)
  const weight = new Float64Array(n)
  const manualFrom = new Int32Array(n + 1)
  const manualItems: Entry[] = []
  const manualSystems: (Entry | null)[] = []
  let decisions = 0
  let waits = 0
  let touchMinutes = 0
  let waitMinutes = 0
  const systemIds = new Set<string>()
  for (let i = 0; i < n; i++) {
    const s = steps[i]!
    indexOf.add(s.id, i)
    if (s.roleId === undefined) {
      roleKey[i] = null
      laneOf[i] = noLane
    } else {
      let role = roles.get(s.roleId)
      if (!role) roles.set(s.roleId, (role = { key: catalogue.role(s.roleId)!.key, lane: noLane, used: false }))
      role.used = true
      roleKey[i] = role.key
      laneOf[i] = role.lane
    }
    xs[i] = s.position.x
    ys[i] = s.position.y
    const k: number = KIND_CODE[s.kind] ?? KIND_CODE.other
    kind[i] = k
    if (k === KIND_CODE.decision) decisions++
    else if (k === KIND_CODE.wait) waits++
    const touch = s.touchMinutes ?? 0
    const wait = s.waitMinutes ?? 0
    touchMinutes += touch
    waitMinutes += wait
    weight[i] = touch + wait
    const sys = s.systemIds
    for (let j = 0; j < sys.length; j++) systemIds.add(sys[j]!)
    const records = s.records
    for (let j = 0; j < records.length; j++) {
      const r = records[j]!
      if (r.systemId !== undefined) systemIds.add(r.systemId)
      if (r.entry === 'manual') {
        manualItems.push(catalogue.item(r.dataItemId))
        manualSystems.push(catalogue.system(r.systemId))
      }
    }
    manualFrom[i + 1] = manualItems.length
  }
  // Roles and systems count what the steps use, by key: two ids can share a key when catalogues
  // match by name.
  const roleKeys = new Set<string>()
  for (const role of roles.values()) if (role.used) roleKeys.add(role.key)
  const systemKeys = new Set<string>()
  for (const id of systemIds) systemKeys.add(catalogue.system(id)!.key)
  const facts: StepFacts = { kind, weight, manualFrom, manualItems, manualSystems, decisions, waits, touchMinutes, waitMinutes, roles: roleKeys.size, systems: systemKeys.size }
  // Reading order, independent of the file's array order: left to right, lane, top to bottom,
  // then lineage and id as the last word.
  const lanes = state.lanes.length + 1
  let x = gridRanks(xs)
  let y = gridRanks(ys)
  // Far-apart whole-number coordinates would overflow the packed key: rank them instead.
  if (x.count * lanes * y.count >= 2 ** 53) {
    x = denseRanks(xs)
    y = denseRanks(ys)
  }
  const keys = new Float64Array(n)
  for (let i = 0; i < n; i++) keys[i] = (x.ranks[i]! * lanes + laneOf[i]!) * y.count + y.ranks[i]!
  const order = orderByKey(keys, x.count * lanes * y.count, (a, b) => compareText(steps[a]!.lineage, steps[b]!.lineage) || compareText(steps[a]!.id, steps[b]!.id))
  const rank = new Int32Array(n)
  for (let r = 0; r < n; r++) rank[order[r]!] = r
  return { state, steps, indexOf, rank, order, roleKey, catalogue, facts }
}

/**
 * Order-preserving small integers for coordinates. Positions on a snapped canvas or from a BPMN
 * file are whole numbers, whose offsets from the minimum already are such integers; other
 * coordinates get their rank among the distinct values (one sort more).
 */
function gridRanks(values: Float64Array): { ranks: Float64Array; count: number } {
  let min = Infinity
  let max = -Infinity
  let whole = true
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!
    if (v < min) min = v
    if (v > max) max = v
    if (whole && !Number.isInteger(v)) whole = false
  }
  if (values.length === 0) return { ranks: values, count: 1 }
  if (!whole || max - min > 1e9) return denseRanks(values)
  const ranks = new Float64Array(values.length)
  for (let i = 0; i < values.length; i++) ranks[i] = values[i]! - min
  return { ranks, count: max - min + 1 }
}

/** Code-point order: the same on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** Compares two pairs by their ids as unordered sets, so an order of pairs survives swapping the sides. */
export function comparePairIds(b1: string, a1: string, b2: string, a2: string): number {
  const [lo1, hi1] = b1 < a1 ? [b1, a1] : [a1, b1]
  const [lo2, hi2] = b2 < a2 ? [b2, a2] : [a2, b2]
  return compareText(lo1, lo2) || compareText(hi1, hi2)
}

export function stepRef(side: PreparedSide, i: number): StepRef {
  const s = side.steps[i]!
  return {
    id: s.id,
    label: s.label,
    kind: s.kind,
    role: side.catalogue.role(s.roleId)?.name ?? null,
    roleId: s.roleId ?? null,
  }
}
