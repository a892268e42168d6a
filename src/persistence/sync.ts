// Tabs of one browser tell each other what they saved. The message is only a nudge: the rows in
// IndexedDB are the truth, and the receiver reads them. Every message says which storage and file
// versions its sender writes, so a tab that meets a newer sender stops writing.
import { FORMAT_VERSION } from '../domain/model'
import { STORAGE_VERSION } from './db'

export type SyncEvent = { type: 'project-saved'; projectId: string } | { type: 'projects-changed' }
export type SyncMessage = SyncEvent & { storage: number; format: number }

export interface SyncChannel {
  post(event: SyncEvent): void
  subscribe(listener: (message: SyncMessage) => void): () => void
  close(): void
}

export const CHANNEL_NAME = 'flowstate'

export function openSyncChannel(name = CHANNEL_NAME): SyncChannel {
  if (typeof BroadcastChannel === 'undefined') return silentChannel()
  const channel = new BroadcastChannel(name)
  const listeners = new Set<(m: SyncMessage) => void>()
  channel.onmessage = (e: MessageEvent<SyncMessage>) => {
    for (const l of listeners) l(e.data)
  }
  return {
    post(event) {
      channel.postMessage({ ...event, storage: STORAGE_VERSION, format: FORMAT_VERSION } satisfies SyncMessage)
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    close() {
      listeners.clear()
      channel.close()
    },
  }
}

/** For environments without BroadcastChannel: a single tab needs no messages. */
export function silentChannel(): SyncChannel {
  return { post() {}, subscribe: () => () => {}, close() {} }
}

/** True when the sender writes a newer layout or format than this tab understands. */
export function fromNewerVersion(m: SyncMessage): boolean {
  return m.storage > STORAGE_VERSION || m.format > FORMAT_VERSION
}
