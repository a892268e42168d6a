// The app's storage: one repository per tab, told about other tabs over a BroadcastChannel,
// and the adapter through which autosave follows the store.
import { errorDetail, isQuotaError, openSyncChannel, Repository, seedExamples, type DocumentHost, type ExampleFile } from '../../persistence'
import { onProjectChange, useStore } from '../../store'
import { exampleFiles } from './exampleFiles'

export interface AppStorage {
  repo: Repository
  examples: readonly ExampleFile[]
}

let browserDefault: AppStorage | undefined

/** The storage of this tab (created on first use). */
export function defaultStorage(): AppStorage {
  browserDefault ??= {
    // Shared projects (Yjs) load only when one is opened: the project list does not wait for them.
    repo: new Repository({ channel: openSyncChannel(), shared: () => import('../../sync/open').then((m) => m.sharedRows) }),
    examples: exampleFiles(),
  }
  return browserDefault
}

/** Opens a shared project into the app's store and connects it (Yjs and the provider load here, on first use). */
export async function openShared(repo: Repository, projectId: string) {
  const sync = await import('../../sync')
  const opened = await sync.openSharedProject(repo, projectId)
  if (opened.ok) opened.session.attach(sync.sharedHost(useStore.getState))
  return opened
}

/** The store as autosave sees it. */
export const storeHost: DocumentHost = {
  getProject: () => useStore.getState().project,
  onProjectChange,
  receiveRemote: (project) => useStore.getState().receiveRemote(project),
}

export type BootResult =
  | { kind: 'ready' }
  | { kind: 'blocked' }
  /** `title` and `message` in plain words; `detail` is the browser's own text, for whoever fixes it. */
  | { kind: 'failed'; title: string; message: string; detail: string }

/**
 * Opens storage, asks the browser to keep it (not evict it under storage pressure) and stores
 * the examples on first start.
 */
export async function bootStorage(storage: AppStorage): Promise<BootResult> {
  try {
    await storage.repo.open()
    if (storage.repo.blocked) return { kind: 'blocked' }
    void globalThis.navigator?.storage?.persist?.().catch(() => false)
    const { problems } = await seedExamples(storage.repo, storage.examples)
    for (const p of problems) console.warn(`example not loaded: ${p}`)
    return { kind: 'ready' }
  } catch (e) {
    if (storage.repo.blocked) return { kind: 'blocked' }
    return bootFailure(e)
  }
}

/** Why storage would not open, in words for the people at the map. */
function bootFailure(e: unknown): BootResult {
  const detail = errorDetail(e)
  if (isQuotaError(e)) {
    return {
      kind: 'failed',
      title: 'This computer has no room left for flowstate',
      message: 'flowstate could not start because the disk is full. Projects saved here before are not deleted. Make room (ask IT to free up disk space if you cannot), then reload.',
      detail,
    }
  }
  return {
    kind: 'failed',
    title: 'flowstate cannot keep projects in this browser',
    message:
      'This browser does not let flowstate store projects on this computer. Private (incognito) windows and some hospital browser settings turn this off. ' +
      'Projects saved here before are not deleted. Open flowstate in a normal window, or ask IT to allow this site to store data, then reload.',
    detail,
  }
}
