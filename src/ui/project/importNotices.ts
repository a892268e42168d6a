// Warnings of a file imported as a new project (by any importer), kept until the user has read
// them: the Import control stores the project and navigates to it, and the project view then
// shows, once, what the import left out or read differently. Keyed by the new project's first
// state id, which storing the project never changes; kept outside React so a remount of the view
// on the way does not lose them.
import { useSyncExternalStore } from 'react'

export interface ImportNotice {
  stateId: string
  fileName: string
  warnings: string[]
}

let pending: readonly ImportNotice[] = []
const listeners = new Set<() => void>()
const changed = () => listeners.forEach((l) => l())

export function rememberImportWarnings(stateId: string, fileName: string, warnings: readonly string[]): void {
  if (warnings.length === 0) return
  pending = [...pending.filter((n) => n.stateId !== stateId), { stateId, fileName, warnings: [...warnings] }]
  changed()
}

export function dismissImportNotice(stateId: string): void {
  pending = pending.filter((n) => n.stateId !== stateId)
  changed()
}

/** The notice waiting for one of these states, if any. */
export function useImportNotice(stateIds: readonly string[]): ImportNotice | undefined {
  const all = useSyncExternalStore(
    (l) => {
      listeners.add(l)
      return () => listeners.delete(l)
    },
    () => pending,
  )
  return all.find((n) => stateIds.includes(n.stateId))
}
