// A project and its rows, both ways. Rows are what IndexedDB holds; the project is what the
// store and the file format hold. Assembling tolerates the traces of two tabs writing at once:
// a row missing from an order list is appended, an order entry without a row is skipped. A large
// state saved whole is in packs; an entity's own row, written by a later edit, wins over its copy.
import type { Flow, Project, Step, WorkflowState } from '../domain/model'
import type { EntityKind, EntityRow, EntityValues, Pack, PackRow, ProjectRow, StateHeader, StoredRow } from './db'

/**
 * Steps or flows per pack in a whole-project save. Chromium's IndexedDB spends about the same
 * on a row of 100 bytes as on one of 100 kB; packs of 500 save a 5,000-step state in ~25 rows.
 */
export const PACK_SIZE = 500

export function projectRow(p: Project): ProjectRow {
  const row: ProjectRow = {
    id: p.id,
    format: p.format,
    version: p.version,
    name: p.name,
    createdAt: p.createdAt,
    updatedAt: p.updatedAt,
    roleIds: ids(p.roles),
    systemIds: ids(p.systems),
    dataItemIds: ids(p.dataItems),
    stateIds: ids(p.states),
    stats: projectStats(p),
  }
  if (p.states.some(isPacked)) row.packed = true
  if (p.description !== undefined) row.description = p.description
  if (p.matchOverrides) row.matchOverrideIds = ids(p.matchOverrides)
  if (p.activityMaps) row.activityMapIds = ids(p.activityMaps)
  if (p.comments) row.commentIds = ids(p.comments)
  if (p.signOffs) row.signOffIds = ids(p.signOffs)
  return row
}

export function projectStats(p: Project): ProjectRow['stats'] {
  return { states: p.states.length, steps: p.states.reduce((n, s) => n + s.steps.length, 0) }
}

export function stateHeader(s: WorkflowState): StateHeader {
  const h: StateHeader = { id: s.id, name: s.name, phase: s.phase, lanes: s.lanes, stepIds: ids(s.steps), flowIds: ids(s.flows) }
  if (s.basedOn !== undefined) h.basedOn = s.basedOn
  return h
}

export function entityRow<K extends EntityKind>(projectId: string, kind: K, value: EntityValues[K], stateId?: string): EntityRow<K> {
  const row: EntityRow<K> = { projectId, kind, id: value.id, value }
  if (stateId !== undefined) row.stateId = stateId
  return row
}

/** Every row of a state: its header, its steps and its flows. */
export function stateRows(projectId: string, s: WorkflowState): EntityRow[] {
  return [
    entityRow(projectId, 'state', stateHeader(s)),
    ...s.steps.map((x) => entityRow(projectId, 'step', x, s.id)),
    ...s.flows.map((x) => entityRow(projectId, 'flow', x, s.id)),
  ]
}

/** Every row of a whole-project save (a new or replaced project): large states in packs. */
export function allRows(p: Project): StoredRow[] {
  return [
    ...p.roles.map((x) => entityRow(p.id, 'role', x)),
    ...p.systems.map((x) => entityRow(p.id, 'system', x)),
    ...p.dataItems.map((x) => entityRow(p.id, 'dataItem', x)),
    ...p.states.flatMap((s) => (isPacked(s) ? packedStateRows(p.id, s) : stateRows(p.id, s))),
    ...(p.matchOverrides ?? []).map((x) => entityRow(p.id, 'matchOverride', x)),
    ...(p.activityMaps ?? []).map((x) => entityRow(p.id, 'activityMap', x)),
    ...(p.comments ?? []).map((x) => entityRow(p.id, 'comment', x)),
    ...(p.signOffs ?? []).map((x) => entityRow(p.id, 'signOff', x)),
  ]
}

/** Small states keep a row per entity: packing them would save little and cost removal marks. */
function isPacked(s: WorkflowState): boolean {
  return s.steps.length + s.flows.length >= PACK_SIZE
}

function packedStateRows(projectId: string, s: WorkflowState): StoredRow[] {
  const rows: StoredRow[] = [entityRow(projectId, 'state', stateHeader(s))]
  const pack = (id: string, value: Pack): PackRow => ({ projectId, kind: 'pack', id, stateId: s.id, value })
  for (let i = 0; i < s.steps.length; i += PACK_SIZE) rows.push(pack(`${s.id}/steps/${i / PACK_SIZE}`, { steps: s.steps.slice(i, i + PACK_SIZE), flows: [] }))
  for (let i = 0; i < s.flows.length; i += PACK_SIZE) rows.push(pack(`${s.id}/flows/${i / PACK_SIZE}`, { steps: [], flows: s.flows.slice(i, i + PACK_SIZE) }))
  return rows
}

/**
 * The project document the rows describe, not yet validated: the caller parses it (which also
 * migrates rows written in an older file format).
 */
export function assemble(header: ProjectRow, rows: readonly StoredRow[]): Record<string, unknown> {
  // Values grouped by kind and, for steps and flows, by their state.
  const groups = new Map<string, Map<string, unknown>>()
  const add = (kind: EntityKind, id: string, stateId: string | undefined, value: unknown) => {
    const g = `${kind}|${stateId ?? ''}`
    let m = groups.get(g)
    if (!m) groups.set(g, (m = new Map()))
    m.set(id, value)
  }
  // An entity's own row (or its removal mark) was written after any pack that holds a copy of it.
  const own = new Set<string>()
  for (const r of rows) {
    if (r.kind === 'pack') continue
    own.add(`${r.kind}|${r.id}`)
    if (!('removed' in r)) add(r.kind, r.id, r.stateId, r.value)
  }
  for (const r of rows) {
    if (r.kind !== 'pack') continue
    for (const x of r.value.steps) if (!own.has(`step|${x.id}`)) add('step', x.id, r.stateId, x)
    for (const x of r.value.flows) if (!own.has(`flow|${x.id}`)) add('flow', x.id, r.stateId, x)
  }
  const values = <K extends EntityKind>(kind: K, order: readonly string[], stateId = ''): EntityValues[K][] => {
    const group = groups.get(`${kind}|${stateId}`) as Map<string, EntityValues[K]> | undefined
    if (!group) return []
    const picked: EntityValues[K][] = []
    const seen = new Set<string>()
    for (const id of order) {
      const v = group.get(id)
      if (v && !seen.has(id)) {
        picked.push(v)
        seen.add(id)
      }
    }
    if (seen.size < group.size) for (const [id, v] of group) if (!seen.has(id)) picked.push(v)
    return picked
  }
  const states: WorkflowState[] = values('state', header.stateIds).map((h) => {
    const { stepIds, flowIds, ...own } = h
    return { ...own, steps: values('step', stepIds, h.id) as Step[], flows: values('flow', flowIds, h.id) as Flow[] }
  })
  const doc: Record<string, unknown> = {
    format: header.format,
    version: header.version,
    id: header.id,
    name: header.name,
    ...(header.description !== undefined ? { description: header.description } : {}),
    createdAt: header.createdAt,
    updatedAt: header.updatedAt,
    roles: values('role', header.roleIds),
    systems: values('system', header.systemIds),
    dataItems: values('dataItem', header.dataItemIds),
    states,
  }
  const overrides = values('matchOverride', header.matchOverrideIds ?? [])
  if (header.matchOverrideIds || overrides.length > 0) doc.matchOverrides = overrides
  const activityMaps = values('activityMap', header.activityMapIds ?? [])
  if (header.activityMapIds || activityMaps.length > 0) doc.activityMaps = activityMaps
  const comments = values('comment', header.commentIds ?? [])
  if (header.commentIds || comments.length > 0) doc.comments = comments
  const signOffs = values('signOff', header.signOffIds ?? [])
  if (header.signOffIds || signOffs.length > 0) doc.signOffs = signOffs
  return doc
}

function ids(items: readonly { id: string }[]): string[] {
  return items.map((x) => x.id)
}
