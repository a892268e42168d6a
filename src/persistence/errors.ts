// What storage problems say to the people at the map (clinicians, nurses, technicians, managers):
// what happened, whether their work is safe, and what to do. No error codes in the sentence; the
// technical text, when there is one, goes in a detail for whoever fixes it.

/** The title of the notice shown when a newer flowstate owns the storage. */
export const BLOCKED_TITLE = 'A newer version of flowstate is open in another tab'

/** Shown whenever a newer flowstate owns the storage: this tab must not write with its older layout. */
export const BLOCKED_MESSAGE =
  'A newer version of flowstate is open in another tab, so this tab has stopped saving (it must not overwrite what the newer version stored). ' +
  'Export the project to keep the changes made here since then, then reload this tab.'

export const QUOTA_MESSAGE =
  'This computer has no room left for flowstate to save this project. Your latest changes are kept in this tab for now, and saving is tried again. ' +
  'Export the project now (Export project file) to keep a copy, then make room: delete projects you no longer need, or ask IT to free up disk space.'

export const GONE_MESSAGE =
  'This project was deleted in another tab. Export it now to keep your changes in a file: this browser can no longer save them.'

export const SAVE_FAILED_MESSAGE =
  'Your latest changes could not be saved in this browser. They are kept in this tab for now, and saving is tried again in a moment. ' +
  'To be safe, export the project now. If this keeps happening, reload the page after exporting.'

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
  constructor(readonly projectId: string) {
    super('This project no longer exists in this browser: it was deleted in another tab.')
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

/** What the browser or IndexedDB said of a failure, "QuotaExceededError: …": the detail for whoever fixes it. */
export function errorDetail(e: unknown): string {
  return e instanceof Error ? `${e.name}: ${e.message}` : String(e)
}

/**
 * A storage failure in plain words, for the project list and the open screen. Our own errors
 * (plain `Error`s: "a project needs a name") already speak plainly and pass through; what the
 * browser or IndexedDB threw is explained, with its own text kept at the end for whoever fixes it.
 */
export function describeStorageError(e: unknown): string {
  if (isQuotaError(e)) {
    return 'This computer has no room left for flowstate to save. Delete projects you no longer need, or ask IT to free up disk space, then try again.'
  }
  if (isVersionError(e)) return BLOCKED_MESSAGE
  if (e instanceof ProjectGoneError) return e.message
  if (e instanceof Error && e.name === 'Error') return e.message
  const detail = errorDetail(e)
  return (
    'flowstate could not read or write its storage in this browser. Your saved projects are not deleted. ' +
    `Reload the page and try again; if it keeps happening, ask IT whether this browser lets websites store data. (Details: ${detail})`
  )
}
