// A set of row writes for one project, and how later writes fold into earlier ones while they
// wait for the debounce (or for a retry after a failure): the latest value of a row wins, and
// field updates of a header merge, so a write never carries stale fields over newer ones.
import type { EntityKind, EntityRow, ProjectRow, StateHeader } from './db'

export type RowWrite =
  | { op: 'put'; row: EntityRow }
  | { op: 'delete'; kind: EntityKind; id: string }
  /** Field-level update of a state header, so two tabs changing different fields both keep theirs. */
  | { op: 'update'; kind: 'state'; id: string; changes: Partial<StateHeader> }

export type HeaderChanges = Partial<Omit<ProjectRow, 'id' | 'updatedAt'>>

export class WriteSet {
  header: HeaderChanges = {}
  readonly rows = new Map<string, RowWrite>()

  constructor(readonly projectId: string) {}

  get isEmpty(): boolean {
    return this.rows.size === 0 && Object.keys(this.header).length === 0
  }

  put(row: EntityRow): void {
    this.rows.set(rowKey(row.kind, row.id), { op: 'put', row })
  }

  delete(kind: EntityKind, id: string): void {
    this.rows.set(rowKey(kind, id), { op: 'delete', kind, id })
  }

  updateState(id: string, changes: Partial<StateHeader>): void {
    this.fold(rowKey('state', id), { op: 'update', kind: 'state', id, changes })
  }

  setHeader(changes: HeaderChanges): void {
    this.header = { ...this.header, ...changes }
  }

  /** Folds `newer` into this set; `newer` wins where both touch the same row or field. */
  absorb(newer: WriteSet): void {
    this.setHeader(newer.header)
    for (const [key, w] of newer.rows) this.fold(key, w)
  }

  private fold(key: string, w: RowWrite): void {
    const prior = this.rows.get(key)
    if (w.op !== 'update' || !prior || prior.op === 'delete') {
      this.rows.set(key, w)
    } else if (prior.op === 'put') {
      this.rows.set(key, { op: 'put', row: { ...prior.row, value: withChanges(prior.row.value, w.changes) } as EntityRow })
    } else {
      this.rows.set(key, { ...prior, changes: { ...prior.changes, ...w.changes } })
    }
  }
}

export function rowKey(kind: EntityKind, id: string): string {
  return `${kind}\u0000${id}`
}

/** Applies field changes; a field set to undefined is removed (as Dexie's update does). */
export function withChanges<T extends object>(value: T, changes: Partial<T>): T {
  const next = { ...value, ...changes } as Record<string, unknown>
  for (const [k, v] of Object.entries(changes)) if (v === undefined) delete next[k]
  return next as T
}
