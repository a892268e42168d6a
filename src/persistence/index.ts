// Local-first storage: IndexedDB through Dexie, one row per entity, autosave with incremental writes.
export { DB_NAME, FlowstateDb, STORAGE_VERSION, type DocUpdateRow, type ProjectRow, type SharedLink } from './db'
export { BLOCKED_MESSAGE, BLOCKED_TITLE, GONE_MESSAGE, QUOTA_MESSAGE, SAVE_FAILED_MESSAGE, StorageBlockedError, describeStorageError, errorDetail, isQuotaError } from './errors'
export { Repository, type LoadResult, type ProjectSummary, type RepositoryOptions, type SharedRows } from './repository'
export { seedExamples, type ExampleFile } from './seed'
export { DEFAULT_TIMING, ProjectSession, type DocumentHost, type EditingSession, type SaveStatus, type SessionTiming } from './session'
export { openSyncChannel, silentChannel, type SyncChannel, type SyncMessage } from './sync'
export { computeWrites } from './changes'
