// A project and its rows, both ways. Rows are what IndexedDB holds; the project is what the
// store and the file format hold. Assembling tolerates the traces of two tabs writing at once:
// a row missing from an order list is appended, an order entry without a row is skipped.
import type { Flow, Project, Step, WorkflowState } from '../domain/model'
import type { EntityKind, EntityRow, EntityValues, ProjectRow, StateHeader } from './db'

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
  if (p.description !== undefined) row.description = p.description
  if (p.matchOverrides) row.matchOverrideIds = ids(p.matchOverrides)
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

export function allRows(p: Project): EntityRow[] {
  return [
    ...p.roles.map((x) => entityRow(p.id, 'role', x)),
    ...p.systems.map((x) => entityRow(p.id, 'system', x)),
    ...p.dataItems.map((x) => entityRow(p.id, 'dataItem', x)),
    ...p.states.flatMap((s) => stateRows(p.id, s)),
    ...(p.matchOverrides ?? []).map((x) => entityRow(p.id, 'matchOverride', x)),
  ]
}

/**
 * The project document the rows describe, not yet validated: the caller parses it (which also
 * migrates rows written in an older file format).
 */
export function assemble(header: ProjectRow, rows: readonly EntityRow[]): Record<string, unknown> {
  // Rows grouped by kind and, for steps and flows, by their state.
  const groups = new Map<string, Map<string, EntityRow>>()
  for (const r of rows) {
    const g = `${r.kind}|${r.stateId ?? ''}`
    let m = groups.get(g)
    if (!m) groups.set(g, (m = new Map()))
    m.set(r.id, r)
  }
  const values = <K extends EntityKind>(kind: K, order: readonly string[], stateId = ''): EntityValues[K][] => {
    const group = groups.get(`${kind}|${stateId}`)
    if (!group) return []
    const picked: EntityValues[K][] = []
    const seen = new Set<string>()
    for (const id of order) {
      const r = group.get(id)
      if (r && !seen.has(id)) {
        picked.push(r.value as EntityValues[K])
        seen.add(id)
      }
    }
    if (seen.size < group.size) for (const [id, r] of group) if (!seen.has(id)) picked.push(r.value as EntityValues[K])
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
  return doc
}

function ids(items: readonly { id: string }[]): string[] {
  return items.map((x) => x.id)
}
