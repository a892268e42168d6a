// Whether the first-run guide has been put away in this browser. It lives in localStorage so it
// stays away after a reload. A browser that refuses localStorage (a privacy setting, a sandboxed
// frame, a full disk) still gets a guide that hides when asked: the choice is then kept for this
// page only, and the guide comes back on the next start.
import { useSyncExternalStore } from 'react'

const KEY = 'flowstate.guideDismissed'

/** The choice, only while localStorage could not store it. */
let unstored: boolean | undefined
const listeners = new Set<() => void>()

function storage(): Storage | undefined {
  return typeof localStorage === 'undefined' ? undefined : localStorage
}

export function isGuideDismissed(): boolean {
  try {
    const stored = storage()?.getItem(KEY)
    return unstored ?? stored === '1'
  } catch {
    return unstored ?? false
  }
}

export function setGuideDismissed(dismissed: boolean): void {
  try {
    const s = storage()
    if (!s) throw new Error('no localStorage')
    if (dismissed) s.setItem(KEY, '1')
    else s.removeItem(KEY)
    unstored = undefined
  } catch {
    unstored = dismissed
  }
  for (const l of listeners) l()
}

function subscribe(onChange: () => void): () => void {
  listeners.add(onChange)
  // Another tab put the guide away or brought it back.
  const fromOtherTab = (e: StorageEvent) => (e.key === KEY || e.key === null) && onChange()
  globalThis.addEventListener?.('storage', fromOtherTab)
  return () => {
    listeners.delete(onChange)
    globalThis.removeEventListener?.('storage', fromOtherTab)
  }
}

/** True once the user has said "Got it", until they ask for the guide again. */
export function useGuideDismissed(): boolean {
  return useSyncExternalStore(subscribe, isGuideDismissed, () => false)
}
