/** A named step that lifts a raw document from one format version to the next. */
export interface Migration {
  id: string
  from: number
  to: number
  /** Receives a plain JSON object of version `from`; returns a plain JSON object of version `to`. Must not throw on well-formed input. */
  up(doc: Record<string, unknown>): Record<string, unknown>
}

export type MigrationResult =
  | { ok: true; value: Record<string, unknown>; applied: string[] }
  | { ok: false; error: string }
