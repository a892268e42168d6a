// The page's side of the offline worker (sw.js, written by scripts/offline.ts at build time).
// A newer build is offered, never applied by itself: its worker installs in the background and
// waits; only when the user says "Reload" is it told to take over, and the page reloads once it
// has. A workshop mid-edit is never reloaded under its hands.

/** What the page knows of a newer build; the update notice follows it. */
export interface UpdateOffer {
  /** A number that grows with every newer build found (0: none), so a dismissed notice returns for the next one. */
  getSnapshot(): number
  subscribe(listener: () => void): () => void
  /** Lets the newer build take over and reloads this page once it has (a plain reload when it already has). */
  apply(): void
}

/** Looks for a newer build every hour while the page stays open (a workshop laptop may stay open all day). */
const CHECK_EVERY_MS = 60 * 60 * 1000

type Container = Pick<ServiceWorkerContainer, 'register' | 'controller' | 'addEventListener'>

export function createUpdateOffer(container: Container, reload: () => void = () => window.location.reload()): UpdateOffer & {
  /** Registers the worker at `url` (relative to the page: its folder is the worker's scope). */
  register(url: string): Promise<void>
} {
  const listeners = new Set<() => void>()
  let found = 0
  let waiting: ServiceWorker | null = null
  let asked = false
  let reloaded = false
  // Whether an older build's worker controlled the page before: the first install also claims the
  // page (controllerchange), which is no update.
  let controlled = container.controller !== null

  const offer = (worker: ServiceWorker | null) => {
    waiting = worker
    found++
    listeners.forEach((l) => l())
  }

  container.addEventListener('controllerchange', () => {
    if (asked) {
      if (!reloaded) {
        reloaded = true
        reload()
      }
      return
    }
    // Another tab of this app let the newer build take over: this page still runs the old one.
    if (controlled) offer(null)
    controlled = true
  })

  const watch = (registration: ServiceWorkerRegistration) => {
    if (registration.waiting && registration.active) offer(registration.waiting)
    registration.addEventListener('updatefound', () => {
      const installing = registration.installing
      installing?.addEventListener('statechange', () => {
        // Installed while an older worker is active: it waits for the user's word.
        if (installing.state === 'installed' && registration.active) offer(installing)
      })
    })
  }

  return {
    getSnapshot: () => found,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    apply() {
      asked = true
      if (waiting?.state === 'installed') waiting.postMessage({ type: 'take-over' })
      // Already taken over (from another tab) or gone: the newer build is what a reload loads
      else if (!reloaded) {
        reloaded = true
        reload()
      }
    },
    async register(url) {
      const registration = await container.register(url)
      watch(registration)
      const check = () => void registration.update().catch(() => {})
      setInterval(check, CHECK_EVERY_MS)
      window.addEventListener('online', check)
    },
  }
}

const nothing: UpdateOffer = { getSnapshot: () => 0, subscribe: () => () => {}, apply: () => {} }
let current: UpdateOffer = nothing

/** The offer the notice follows: none until `startOfflineWorker` runs (dev server, tests). */
export function updateOffer(): UpdateOffer {
  return current
}

/** Registers the build's offline worker; without one (an old browser, a refused registration) the app still runs online. */
export function startOfflineWorker(): void {
  if (!('serviceWorker' in navigator)) return
  const offer = createUpdateOffer(navigator.serviceWorker)
  current = offer
  window.addEventListener('load', () => {
    offer.register('./sw.js').catch(() => {
      // Without the worker the app still runs; it only needs the network to load again.
    })
  })
}
