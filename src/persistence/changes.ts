// Which rows a document change must write. The store hands over the project before and after a
// change together with immer's patches. The patches say which top-level parts were touched; inside
// them, immer's structural sharing makes an unchanged entity the very same object, so comparing
// references finds the changed ones (a whole-array replacement, as when steps are removed, costs
// one reference check per element, no copying). Undo and redo rebuild the values they restore,
// so a reference that differs is confirmed with a deep comparison before a row is written.
import type { Patch } from 'immer'
import type { Project, WorkflowState } from '../domain/model'
import type { EntityKind, EntityValues, StateHeader } from './db'
import { deepEqual } from './equal'
import { entityRow, projectStats, stateRows } from './rows'
import { WriteSet, type HeaderChanges } from './writes'

type ListKind = Exclude<EntityKind, 'state'>
const SCALAR_FIELDS = ['name', 'description', 'createdAt', 'format', 'version'] as const

export function computeWrites(before: Project, after: Project, patches: readonly Patch[]): WriteSet {
  const ws = new WriteSet(after.id)
  if (before === after || patches.length === 0) return ws
  const touched = new Set(patches.map((p) => p.path[0]))
  // A patch with an empty path replaced the whole document.
  const everything = patches.some((p) => p.path.length === 0)
  const isTouched = (key: keyof Project) => everything || touched.has(key)

  const header: HeaderChanges = {}
  for (const f of SCALAR_FIELDS) {
    if (isTouched(f) && before[f] !== after[f]) (header as Record<string, unknown>)[f] = after[f]
  }
  if (isTouched('roles') && diffList(ws, 'role', before.roles, after.roles)) header.roleIds = ids(after.roles)
  if (isTouched('systems') && diffList(ws, 'system', before.systems, after.systems)) header.systemIds = ids(after.systems)
  if (isTouched('dataItems') && diffList(ws, 'dataItem', before.dataItems, after.dataItems)) header.dataItemIds = ids(after.dataItems)
  if (isTouched('matchOverrides')) {
    const reordered = diffList(ws, 'matchOverride', before.matchOverrides ?? [], after.matchOverrides ?? [])
    if (reordered || !before.matchOverrides !== !after.matchOverrides) header.matchOverrideIds = after.matchOverrides && ids(after.matchOverrides)
  }
  if (isTouched('activityMaps')) {
    const reordered = diffList(ws, 'activityMap', before.activityMaps ?? [], after.activityMaps ?? [])
    if (reordered || !before.activityMaps !== !after.activityMaps) header.activityMapIds = after.activityMaps && ids(after.activityMaps)
  }
  if (isTouched('comments')) {
    const reordered = diffList(ws, 'comment', before.comments ?? [], after.comments ?? [])
    if (reordered || !before.comments !== !after.comments) header.commentIds = after.comments && ids(after.comments)
  }
  if (isTouched('signOffs')) {
    const reordered = diffList(ws, 'signOff', before.signOffs ?? [], after.signOffs ?? [])
    if (reordered || !before.signOffs !== !after.signOffs) header.signOffIds = after.signOffs && ids(after.signOffs)
  }
  if (isTouched('states')) {
    if (diffStates(ws, before, after)) header.stateIds = ids(after.states)
    if (stepCountChanged(before, after)) header.stats = projectStats(after)
  }
  ws.setHeader(header)
  return ws
}

/** Writes the states that changed; true when the list of states itself changed (added, removed, reordered). */
function diffStates(ws: WriteSet, before: Project, after: Project): boolean {
  if (before.states === after.states) return false
  const old = new Map(before.states.map((s) => [s.id, s]))
  for (const s of after.states) {
    const prior = old.get(s.id)
    old.delete(s.id)
    if (!prior) for (const row of stateRows(after.id, s)) ws.put(row)
    else if (prior !== s) diffState(ws, prior, s)
  }
  for (const gone of old.values()) {
    ws.delete('state', gone.id)
    for (const x of gone.steps) ws.delete('step', x.id)
    for (const x of gone.flows) ws.delete('flow', x.id)
  }
  return !sameIds(before.states, after.states)
}

function diffState(ws: WriteSet, b: WorkflowState, a: WorkflowState): void {
  const changes: Partial<StateHeader> = {}
  if (b.name !== a.name) changes.name = a.name
  if (b.phase !== a.phase) changes.phase = a.phase
  if (b.basedOn !== a.basedOn) changes.basedOn = a.basedOn
  if (b.lanes !== a.lanes && !deepEqual(b.lanes, a.lanes)) changes.lanes = a.lanes
  if (diffList(ws, 'step', b.steps, a.steps, a.id)) changes.stepIds = ids(a.steps)
  if (diffList(ws, 'flow', b.flows, a.flows, a.id)) changes.flowIds = ids(a.flows)
  if (Object.keys(changes).length > 0) ws.updateState(a.id, changes)
}

/**
 * Puts the entities that are new or changed and deletes the ones that are gone.
 * Returns true when the order of ids changed (the parent's order list must be written).
 */
function diffList<K extends ListKind>(ws: WriteSet, kind: K, b: readonly EntityValues[K][], a: readonly EntityValues[K][], stateId?: string): boolean {
  if (b === a) return false
  const projectId = ws.projectId
  if (b.length === a.length) {
    // The common case, an edit in place: same ids at the same places.
    let aligned = true
    for (let i = 0; i < a.length; i++) {
      const x = a[i]!
      const y = b[i]!
      if (x === y) continue
      if (x.id !== y.id) {
        aligned = false
        break
      }
      if (!deepEqual(y, x)) ws.put(entityRow(projectId, kind, x, stateId))
    }
    if (aligned) return false
  }
  const old = new Map(b.map((x) => [x.id, x]))
  for (const x of a) {
    const prior = old.get(x.id)
    old.delete(x.id)
    if (prior === x) continue
    if (!prior || !deepEqual(prior, x)) ws.put(entityRow(projectId, kind, x, stateId))
  }
  for (const id of old.keys()) ws.delete(kind, id)
  return !sameIds(b, a)
}

function stepCountChanged(before: Project, after: Project): boolean {
  if (before.states.length !== after.states.length) return true
  const counts = new Map(before.states.map((s) => [s.id, s.steps.length]))
  return after.states.some((s) => counts.get(s.id) !== s.steps.length)
}

function sameIds(b: readonly { id: string }[], a: readonly { id: string }[]): boolean {
  return b.length === a.length && b.every((x, i) => x.id === a[i]!.id)
}

function ids(items: readonly { id: string }[]): string[] {
  return items.map((x) => x.id)
}
