// The app's storage: one repository per tab, told about other tabs over a BroadcastChannel,
// and the adapter through which autosave follows the store.
import { openSyncChannel, Repository, seedExamples, type DocumentHost, type ExampleFile } from '../../persistence'
import { onProjectChange, useStore } from '../../store'
import { exampleFiles } from './exampleFiles'

export interface AppStorage {
  repo: Repository
  examples: readonly ExampleFile[]
}

let browserDefault: AppStorage | undefined

/** The storage of this tab (created on first use). */
export function defaultStorage(): AppStorage {
  browserDefault ??= { repo: new Repository({ channel: openSyncChannel() }), examples: exampleFiles() }
  return browserDefault
}

/** The store as autosave sees it. */
export const storeHost: DocumentHost = {
  getProject: () => useStore.getState().project,
  onProjectChange,
  receiveRemote: (project) => useStore.getState().receiveRemote(project),
}

export type BootResult = { kind: 'ready' } | { kind: 'blocked' } | { kind: 'failed'; message: string }

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
    return { kind: 'failed', message: `This browser could not open flowstate’s storage (${e instanceof Error ? e.message : String(e)}). Private windows and some privacy settings block it.` }
  }
}
