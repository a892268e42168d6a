// The shared-project page of the browser benchmarks (`?page=sync&steps=2000`): real IndexedDB in
// Chromium, the app's own repository and shared-project code, production build.
// - open: from this browser's database to the project the store shows. Solo: the repository's
//   load (rows, assembly, the schema). Shared: the stored Yjs updates read, applied to a Y.Doc and
//   projected to a project, right after sharing (one snapshot) and after a workshop's worth of
//   single edits (many small rows, not yet compacted). The solo open is the baseline.
// - memory: held() keeps a project, or a shared doc with its projected project, on the page, so
//   the runner can weigh it with the heap after a garbage collection (see bench/sync/run.mjs).
import { newId, type Project } from '../../src/domain/model'
import { FlowstateDb, Repository } from '../../src/persistence'
import { FORMAT_VERSION } from '../../src/domain/model/types'
import { openSharedProject, shareProject } from '../../src/sync'
import { SharedDoc } from '../../src/sync/session'
import { largeProject } from './generate'

export interface SyncTiming {
  steps: number
  rounds: number
  edits: number
  /** Medians in ms. */
  soloOpenMs: number
  /** Until the map can be shown (the view the last session stored). */
  sharedOpenMs: number
  /** Until the doc is loaded too and edits go into it. */
  sharedReadyMs: number
  sharedOpenAfterEditsMs: number
  sharedReadyAfterEditsMs: number
  /** Size of the stored doc right after sharing, and of the project as a JSON file. */
  docBytes: number
  jsonBytes: number
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  return Math.round(s[Math.floor((s.length - 1) / 2)]! * 100) / 100
}
async function timed(work: () => Promise<unknown>): Promise<number> {
  const t = performance.now()
  await work()
  return performance.now() - t
}

const LINK = { server: 'http://127.0.0.1:9', access: 'edit', token: 'bench' } as const

/** `rounds` measured opens of each kind after one warm-up; `edits` single edits before the last kind. */
export async function measureSync(steps: number, rounds = 5, edits = 300): Promise<SyncTiming> {
  const project = largeProject(steps)
  const db = new FlowstateDb(newId('bench'))
  const repo = new Repository({ db })
  await repo.open()
  const solo = await repo.insert({ ...project, id: newId('p') })
  const shared = await repo.insert({ ...project, id: newId('p') })
  await shareProject(repo, shared.id, { ...LINK, room: shared.id })
  const docBytes = (await db.docUpdates.toArray()).reduce((n, r) => n + r.update.byteLength, 0)

  const soloOpen: number[] = []
  const sharedOpen: number[] = []
  const sharedReady: number[] = []
  for (let r = 0; r <= rounds; r++) {
    const s = await timed(async () => {
      const loaded = await repo.load(solo.id)
      if (!loaded.ok) throw new Error(loaded.error)
    })
    const [o, ready] = await openShared(repo, shared.id)
    if (r > 0) {
      soloOpen.push(s)
      sharedOpen.push(o)
      sharedReady.push(ready)
    }
  }

  // A workshop: many single edits, each stored as its own row.
  const opened = await openSharedProject(repo, shared.id, { connect: false })
  if (!opened.ok) throw new Error(opened.error)
  const { session } = opened
  let current = session.shared.project!
  for (let i = 0; i < edits; i++) {
    const step = current.states[0]!.steps[(i * 7919) % steps]!
    const after: Project = { ...current, states: [{ ...current.states[0]!, steps: current.states[0]!.steps.map((s) => (s === step ? { ...s, label: `Edited ${i}` } : s)) }] }
    session.shared.commit(current, after, { label: 'step.update', record: true })
    current = after
    await session.flush()
  }
  await session.dispose()
  const afterEdits: number[] = []
  const afterEditsReady: number[] = []
  for (let r = 0; r <= rounds; r++) {
    const [o, ready] = await openShared(repo, shared.id)
    if (r > 0) {
      afterEdits.push(o)
      afterEditsReady.push(ready)
    }
  }
  repo.close()
  await db.delete()
  return { steps, rounds, edits, soloOpenMs: median(soloOpen), sharedOpenMs: median(sharedOpen), sharedReadyMs: median(sharedReady), sharedOpenAfterEditsMs: median(afterEdits), sharedReadyAfterEditsMs: median(afterEditsReady), docBytes, jsonBytes: new TextEncoder().encode(JSON.stringify(project)).byteLength }
}

/** Opens the shared project: ms until it can be shown, and until its doc is loaded. */
async function openShared(repo: Repository, id: string): Promise<[number, number]> {
  const t = performance.now()
  const opened = await openSharedProject(repo, id, { connect: false })
  if (!opened.ok) throw new Error(opened.error)
  const shown = performance.now() - t
  opened.session.shared.ensureLoaded()
  const ready = performance.now() - t
  await opened.session.dispose()
  return [shown, ready]
}

const held: unknown[] = []

/** Keeps a `steps`-step project ('project') or a shared doc seeded from one, with its projected project ('doc'), alive on the page. */
export function hold(kind: 'project' | 'doc', steps: number): void {
  const project = largeProject(steps)
  if (kind === 'project') held.push(project)
  else {
    const doc = new SharedDoc({ projectId: project.id })
    doc.seed(project, FORMAT_VERSION)
    held.push(doc)
  }
}

export function release(): void {
  held.length = 0
}
