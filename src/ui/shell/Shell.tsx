import { lazy, Suspense, useCallback, useEffect, useState, useSyncExternalStore } from 'react'
import type { Project } from '../../domain/model'
import { describeStorageError } from '../../persistence'
import { useStore } from '../../store'
import { ProjectList } from '../project/ProjectList'
import { BlockedNotice } from './BlockedNotice'
import { ConfirmDialog } from './ConfirmDialog'
import { StorageFailed } from './StorageFailed'
import { useStorage } from './StorageContext'
import { bootStorage, type BootResult } from './storage'
import { useHashRoute, type Route } from './useHashRoute'
import { useOpenProject } from './useOpenProject'
import { UpdateNotice } from './UpdateNotice'

// The editor (canvas, compare, panels, React Flow) is its own chunk: the project list does not wait
// for it. It starts loading as soon as the address names a project, or once the list is idle.
const loadProjectView = () => import('../project/ProjectView')
const ProjectView = lazy(() => loadProjectView().then((m) => ({ default: m.ProjectView })))

/** The two screens (project list, open project), following the address, plus app-wide notices. */
export function Shell() {
  const storage = useStorage()
  const [boot, setBoot] = useState<BootResult | null>(null)
  const blocked = useSyncExternalStore(
    (l) => storage.repo.onBlocked(l),
    () => storage.repo.blocked,
  )
  const [route, navigate] = useHashRoute()
  const { session, openError, open, close, share } = useOpenProject(storage)
  const hasProject = useStore((s) => s.project !== null)

  useEffect(() => {
    let live = true
    void bootStorage(storage).then((r) => live && setBoot(r))
    return () => {
      live = false
    }
  }, [storage])

  // The address decides what is open: a reload or the browser's back button lands where it says.
  const routeProjectId = route.screen === 'project' ? route.projectId : null
  useEffect(() => {
    // A preload that fails (a network drop) stays quiet: opening the project shows the recovery screen.
    if (routeProjectId !== null) void loadProjectView().catch(() => {})
    else if (boot !== null && typeof requestIdleCallback === 'function') {
      const idle = requestIdleCallback(() => void loadProjectView().catch(() => {}), { timeout: 5_000 })
      return () => cancelIdleCallback(idle)
    }
  }, [routeProjectId, boot])
  // Where the user wanted to go while the open project had changes that could not be stored.
  const [leaving, setLeaving] = useState<Route | null>(null)
  useEffect(() => {
    if (boot?.kind !== 'ready') return
    const stayIn = session?.projectId
    const stay = (wanted: Route) => {
      setLeaving(wanted)
      if (stayIn) navigate({ screen: 'project', projectId: stayIn })
    }
    if (routeProjectId !== null) {
      void open(routeProjectId).then((outcome) => {
        if (outcome === 'failed') navigate({ screen: 'projects' })
        else if (outcome === 'unsaved') stay({ screen: 'project', projectId: routeProjectId })
      })
    } else if (session) {
      void close().then((closed) => closed || stay({ screen: 'projects' }))
    }
  }, [boot, routeProjectId, session, open, close, navigate])

  const openProject = useCallback((id: string) => navigate({ screen: 'project', projectId: id }), [navigate])
  const importProject = useCallback(
    async (project: Project) => {
      // A storage failure (a full disk) is shown as the import's problem, in plain words.
      const stored = await storage.repo.insert(project).catch((e: unknown) => Promise.reject(new Error(describeStorageError(e))))
      openProject(stored.id)
    },
    [storage, openProject],
  )

  let screen
  if (hasProject) {
    screen = (
      <Suspense fallback={<main className="starting" aria-busy="true">Opening…</main>}>
        <ProjectView session={session} onBack={() => navigate({ screen: 'projects' })} onImport={importProject} onShare={share} />
      </Suspense>
    )
  } else if (boot === null || (boot.kind === 'ready' && route.screen === 'project' && !openError)) {
    screen = <main className="starting" aria-busy="true">Opening…</main>
  } else if (boot.kind === 'failed') {
    screen = <StorageFailed title={boot.title} message={boot.message} detail={boot.detail} />
  } else if (boot.kind === 'blocked') {
    screen = <main className="starting" />
  } else {
    screen = <ProjectList onOpen={openProject} onImport={importProject} problem={openError} />
  }
  return (
    <>
      {screen}
      {leaving && !blocked && (
        <ConfirmDialog
          title="Leave without saving?"
          message="Recent changes to this project could not be saved. Export the project first to keep them in a file; if you leave now, they are lost."
          confirmLabel="Leave without saving"
          onCancel={() => setLeaving(null)}
          onConfirm={() => {
            const to = leaving
            setLeaving(null)
            void close({ discard: true }).then(() => navigate(to))
          }}
        />
      )}
      {blocked && <BlockedNotice />}
      {!blocked && <UpdateNotice session={session} />}
    </>
  )
}
