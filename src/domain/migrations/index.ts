// Ordered, named format migrations. Add a migration by appending it here with a fixture in
// tests/fixtures/migrations/ that starts at its `from` version; the migrations test fails otherwise.
import { FORMAT_VERSION } from '../model/types'
import type { Migration, MigrationResult } from './types'
import { v0Prerelease } from './v0-prerelease'
import { v1Review } from './v1-review'
import { v2ActivityMaps } from './v2-activity-maps'

export type { Migration, MigrationResult } from './types'

export const MIGRATIONS: readonly Migration[] = [v0Prerelease, v1Review, v2ActivityMaps]

/** The format version a raw document claims; files from before versioning count as 0. */
export function versionOf(doc: Record<string, unknown>): number | string {
  const v = doc.version
  if (v === undefined) return 0
  return typeof v === 'number' && Number.isInteger(v) ? v : String(v)
}

export function migrate(
  doc: Record<string, unknown>,
  migrations: readonly Migration[] = MIGRATIONS,
  target = FORMAT_VERSION,
): MigrationResult {
  let version = versionOf(doc)
  if (typeof version !== 'number' || version < 0) return { ok: false, error: `version: ${JSON.stringify(doc.version)} is not a format version` }
  if (version > target) {
    return { ok: false, error: `version: this file has format version ${version}, made by a newer flowstate; this one reads up to ${target}. Update flowstate to open it.` }
  }
  const applied: string[] = []
  let current = doc
  while (version < target) {
    const step = migrations.find((m) => m.from === version)
    if (!step) return { ok: false, error: `version: no migration from format version ${version}` }
    try {
      current = step.up(current)
    } catch (e) {
      return { ok: false, error: `version: migration "${step.id}" could not read this file (${e instanceof Error ? e.message : String(e)})` }
    }
    applied.push(step.id)
    version = step.to
  }
  return { ok: true, value: current, applied }
}
