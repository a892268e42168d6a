import type { Migration } from './types'

// Pre-release files (spring 2026 prototypes, "version": 0 or no version at all) kept lanes as
// objects, named a step's kind `type` and its role `role`, stored x/y flat on the step, called
// records `documents` with a `manual` flag, and had no lineage: each step was its own lineage.
type Json = Record<string, unknown>

const asArray = (v: unknown): Json[] => (Array.isArray(v) ? (v as Json[]) : [])

function upgradeStep(s: Json): Json {
  const { type, role, x, y, systems, documents, ...rest } = s
  const out: Json = {
    ...rest,
    kind: rest.kind ?? type ?? 'task',
    lineage: rest.lineage ?? rest.id,
    systemIds: rest.systemIds ?? systems ?? [],
    records: rest.records ?? asArray(documents).map(upgradeDocument),
    position: rest.position ?? { x: typeof x === 'number' ? x : 0, y: typeof y === 'number' ? y : 0 },
  }
  if (role !== undefined && out.roleId === undefined) out.roleId = role
  return out
}

function upgradeDocument(d: Json): Json {
  const out: Json = { dataItemId: d.item ?? d.dataItemId, entry: d.manual === false ? 'automatic' : 'manual' }
  if (d.system !== undefined) out.systemId = d.system
  return out
}

export const v0Prerelease: Migration = {
  id: 'v0-prerelease-lanes-and-lineage',
  from: 0,
  to: 1,
  up(doc) {
    const states = asArray(doc.states).map((s) => {
      const { swimlanes, ...rest } = s
      return {
        ...rest,
        lanes: rest.lanes ?? asArray(swimlanes).map((l) => l.roleId ?? l.role),
        steps: asArray(rest.steps).map(upgradeStep),
        flows: asArray(rest.flows).map((f) => ({ ...f, lineage: f.lineage ?? f.id })),
      }
    })
    const now = new Date(0).toISOString()
    return {
      ...doc,
      version: 1,
      createdAt: doc.createdAt ?? now,
      updatedAt: doc.updatedAt ?? doc.createdAt ?? now,
      systems: doc.systems ?? [],
      dataItems: doc.dataItems ?? [],
      states,
    }
  },
}
