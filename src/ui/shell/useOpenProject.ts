import { useCallback, useEffect, useRef, useState } from 'react'
import { describeStorageError, ProjectSession, type EditingSession, type SharedLink } from '../../persistence'
import { useStore } from '../../store'
import { openShared, storeHost, type AppStorage } from './storage'

/** 'unsaved': the open project has changes that could not be stored, so it stays open. */
export type OpenOutcome = 'opened' | 'failed' | 'unsaved'

export interface OpenProject {
  /**
   * The saving of the project opened from storage: a solo project's autosave, or a shared
   * project's session (see sharedSessionOf); none for a project put in the store directly.
   */
  session: EditingSession | undefined
  /** Why the last open failed, for the list screen. */
  openError: string | null
  open(id: string): Promise<OpenOutcome>
  /** Closes the open project after storing its changes; false (and still open) when they cannot be stored, unless `discard`. */
  close(options?: { discard?: boolean }): Promise<boolean>
  /**
   * Shares the open solo project: stores what is pending, seeds its shared doc from it (once,
   * here), and opens it again as a shared project connected to `link`'s server.
   */
  share(link: SharedLink): Promise<OpenOutcome>
}

/**
 * Opening a project loads it into the store and starts its autosave; closing writes what is
 * pending first and refuses to drop changes that cannot be written. Hiding or leaving the page
 * writes at once instead of after the debounce.
 */
export function useOpenProject(storage: AppStorage): OpenProject {
  const [session, setSession] = useState<EditingSession>()
  const [openError, setOpenError] = useState<string | null>(null)
  const current = useRef<EditingSession | undefined>(undefined)
  // An open in progress: asking again for the same project (StrictMode runs effects twice) joins it.
  const opening = useRef<{ id: string; done: Promise<OpenOutcome> } | undefined>(undefined)
  // Only the latest request opens: a slow load of an earlier choice is dropped.
  const latest = useRef(0)

  const close = useCallback(async ({ discard = false } = {}) => {
    latest.current++ // a load still under way must not open its project after this
    const s = current.current
    if (s) {
      await s.flush()
      if (s.hasPending && !discard) return false
      current.current = undefined
      setSession(undefined)
      await s.dispose()
    }
    useStore.getState().openProject(null)
    return true
  }, [])

  const openNow = useCallback(
    async (id: string): Promise<OpenOutcome> => {
      if (!(await close())) return 'unsaved'
      const ticket = ++latest.current
      const link = await storage.repo.sharedLink(id).catch(() => null)
      if (link) {
        // A shared project opens from its stored doc, then connects; the store follows the doc.
        const opened = await openShared(storage.repo, id).catch((e: unknown) => ({ ok: false as const, error: describeStorageError(e) }))
        if (ticket !== latest.current) {
          if (opened.ok) void opened.session.dispose()
          return 'opened'
        }
        if (!opened.ok) {
          setOpenError(opened.error)
          return 'failed'
        }
        setOpenError(null)
        current.current = opened.session
        setSession(opened.session)
        return 'opened'
      }
      const loaded = await storage.repo.load(id).catch((e: unknown) => ({ ok: false as const, error: describeStorageError(e) }))
      if (ticket !== latest.current) return 'opened' // superseded by a later request
      if (!loaded.ok) {
        setOpenError(loaded.error)
        return 'failed'
      }
      setOpenError(null)
      useStore.getState().openProject(loaded.project)
      const s = new ProjectSession(storage.repo, storeHost, id)
      current.current = s
      setSession(s)
      return 'opened'
    },
    [storage, close],
  )

  const open = useCallback(
    (id: string) => {
      if (current.current?.projectId === id) return Promise.resolve<OpenOutcome>('opened')
      if (opening.current?.id === id) return opening.current.done
      const done = openNow(id).finally(() => {
        if (opening.current?.done === done) opening.current = undefined
      })
      opening.current = { id, done }
      return done
    },
    [openNow],
  )

  const share = useCallback(
    async (link: SharedLink): Promise<OpenOutcome> => {
      const s = current.current
      if (!s) return 'failed'
      const id = s.projectId
      if (!(await close())) return 'unsaved'
      const { shareProject } = await import('../../sync')
      await shareProject(storage.repo, id, link)
      return openNow(id)
    },
    [storage, close, openNow],
  )

  useEffect(() => {
    const flush = () => void current.current?.flush()
    const onVisibility = () => document.visibilityState === 'hidden' && flush()
    // Changes that could not be stored (full disk) are only in this tab: warn before it closes.
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      const s = current.current
      if (s?.hasPending && s.getStatus().kind !== 'saving') e.preventDefault()
      flush()
    }
    window.addEventListener('pagehide', flush)
    window.addEventListener('beforeunload', onBeforeUnload)
    document.addEventListener('visibilitychange', onVisibility)
    return () => {
      window.removeEventListener('pagehide', flush)
      window.removeEventListener('beforeunload', onBeforeUnload)
      document.removeEventListener('visibilitychange', onVisibility)
    }
  }, [])

  return { session, openError, open, close, share }
}
