/** Shown whenever a newer flowstate owns the storage: this tab must not write with its older layout. */
export const BLOCKED_MESSAGE = 'flowstate was updated in another tab — reload this tab'

export const QUOTA_MESSAGE =
  'The browser has no room left to save this project. Your latest changes are kept in this tab and saving is retried. ' +
  'Export the project now (Export, .flowstate.json) to keep a copy, then free space: delete projects you no longer need, or clear other sites’ data.'

/** A newer version of flowstate (storage layout or file format) is in charge; reload to get it. */
export class StorageBlockedError extends Error {
  override name = 'StorageBlockedError'
  constructor() {
    super(BLOCKED_MESSAGE)
  }
}

/** The project was deleted (in another tab) while it was open here. */
export class ProjectGoneError extends Error {
  override name = 'ProjectGoneError'
  constructor(id: string) {
    super(`project "${id}" no longer exists; it was deleted in another tab`)
  }
}

/** True for a full disk, however the browser and Dexie wrap it (an aborted transaction carries the cause inside). */
export function isQuotaError(e: unknown): boolean {
  for (let cur: unknown = e, depth = 0; cur && depth < 5; depth++) {
    const err = cur as { name?: string; code?: number; inner?: unknown; cause?: unknown }
    if (err.name === 'QuotaExceededError' || err.code === 22) return true
    cur = err.inner ?? err.cause
  }
  return false
}

/** True when IndexedDB refuses us because a newer version of the database exists. */
export function isVersionError(e: unknown): boolean {
  for (let cur: unknown = e, depth = 0; cur && depth < 5; depth++) {
    const err = cur as { name?: string; inner?: unknown; cause?: unknown }
    if (err.name === 'VersionError' || err.name === 'StorageBlockedError') return true
    cur = err.inner ?? err.cause
  }
  return false
}
