import 'fake-indexeddb/auto'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createStep } from '../../src/domain/model'
import { createAppStore } from '../../src/store'
import { joinProject, openSharedProject, shareProject, sharedHost, type SharedLink } from '../../src/sync'
import { COMPACT_ROWS } from '../../src/sync/storage'
import { loadProject } from '../helpers/fixtures'
import { openSyncChannel } from '../../src/persistence'
import { FAST, openRepository, waitFor } from '../persistence/helpers'

const LINK: SharedLink = { server: 'http://127.0.0.1:9', room: 'p_small', access: 'edit', token: 't' }

async function sharedRepo() {
  const { repo, db } = await openRepository()
  const project = await repo.insert(loadProject(), { keepUpdatedAt: true })
  await shareProject(repo, project.id, LINK)
  return { repo, db, project }
}

async function open(repo: Awaited<ReturnType<typeof sharedRepo>>['repo']) {
  const opened = await openSharedProject(repo, 'p_small', { connect: false, timing: FAST })
  if (!opened.ok) throw new Error(opened.error)
  const store = createAppStore()
  opened.session.attach(sharedHost(store.getState))
  return { session: opened.session, store }
}

describe('a shared project in this browser’s database', () => {
  it('is listed with its name, counts and link, and keeps no entity rows', async () => {
    const { repo, db, project } = await sharedRepo()
    const [row] = await repo.list()
    expect(row).toMatchObject({ id: project.id, name: project.name, steps: 4, states: 1, shared: LINK })
    expect(await db.entities.count()).toBe(0)
    expect(await db.docUpdates.count()).toBe(1)
  })

  it('opens from its stored updates, edits offline, and opens again with the edit', async () => {
    const { repo, project } = await sharedRepo()
    const first = await open(repo)
    expect(first.store.getState().project).toEqual(project)
    first.store.getState().dispatch({ type: 'step.update', stateId: 'st_cur', stepId: 's_pack', changes: { label: 'Pack, offline' } })
    await first.session.dispose()

    const again = await open(repo)
    expect(again.store.getState().project!.states[0]!.steps[1]!.label).toBe('Pack, offline')
    const [row] = await repo.list()
    expect(row!.name).toBe(project.name)
    await again.session.dispose()
  })

  it('shows the project as the last session left it at once, then the doc it loads, reusing its objects', async () => {
    const { repo } = await sharedRepo()
    const first = await open(repo)
    first.store.getState().dispatch({ type: 'step.update', stateId: 'st_cur', stepId: 's_pack', changes: { label: 'Kept in the view' } })
    await first.session.dispose()

    const again = await open(repo)
    const shown = again.store.getState().project!
    expect(shown.states[0]!.steps[1]!.label).toBe('Kept in the view')
    await again.session.ready
    expect(again.store.getState().project).toBe(shown)
    // An edit right away, before the doc has loaded, goes into the loaded doc.
    await again.session.dispose()
    const third = await open(repo)
    third.store.getState().dispatch({ type: 'step.update', stateId: 'st_cur', stepId: 's_end', changes: { label: 'At once' } })
    expect(third.session.shared.project!.states[0]!.steps.map((s) => s.label)).toEqual(['Case ends', 'Kept in the view', 'Receive tray in decontamination', 'At once'])
    await third.session.dispose()
  })

  it('loads the doc, not a view that misses rows another tab stored', async () => {
    const { repo, db } = await sharedRepo()
    const first = await open(repo)
    await first.session.dispose()
    // Another tab stored an edit after this view was kept.
    const other = await open(repo)
    await other.session.ready
    other.store.getState().dispatch({ type: 'project.rename', name: 'Renamed in another tab' })
    await other.session.flush()
    await db.meta.put({ key: 'sharedView:p_small', value: (await db.meta.get('sharedView:p_small'))!.value })
    const again = await open(repo)
    expect(again.store.getState().project!.name).toBe('Renamed in another tab')
    await other.session.dispose()
    await again.session.dispose()
  })

  it('shows an edit made in another tab of this browser, also with the network gone', async () => {
    const { repo } = await sharedRepo()
    const name = repo.db.name
    const channelName = `tabs-${name}`
    const tab1 = await openRepository({ name, channel: openSyncChannel(channelName) })
    const tab2 = await openRepository({ name, channel: openSyncChannel(channelName) })
    const a = await open(tab1.repo)
    const b = await open(tab2.repo)
    a.store.getState().dispatch({ type: 'step.update', stateId: 'st_cur', stepId: 's_pack', changes: { label: 'From tab one' } })
    await a.session.flush()
    await waitFor(() => b.store.getState().project!.states[0]!.steps[1]!.label === 'From tab one', 'the edit in the other tab')
    await a.session.dispose()
    await b.session.dispose()
  })

  it('compacts its updates into one snapshot that keeps every edit', async () => {
    const { repo, db } = await sharedRepo()
    const { session, store } = await open(repo)
    for (let i = 0; i <= COMPACT_ROWS; i++) {
      store.getState().dispatch({ type: 'step.add', stateId: 'st_cur', step: createStep({ id: `s_n${i}`, label: `Step ${i}`, position: { x: i, y: 0 } }) })
      await session.flush()
    }
    expect(await db.docUpdates.count()).toBeLessThan(5)
    const expected = store.getState().project
    await session.dispose()
    const again = await open(repo)
    expect(again.store.getState().project).toEqual(expected)
    await again.session.dispose()
  })

  it('merges edits two browsers made apart, with no duplicates', async () => {
    const a = await sharedRepo()
    const b = await openRepository()
    // B joined earlier and holds A's doc as it was.
    await joinProject(b.repo, { ...LINK, token: 'b' }, 'CT imaging')
    await b.db.docUpdates.add({ projectId: 'p_small', update: (await a.db.docUpdates.toArray())[0]!.update })
    const sa = await open(a.repo)
    const sb = await open(b.repo)
    sa.store.getState().dispatch({ type: 'step.update', stateId: 'st_cur', stepId: 's_pack', changes: { label: 'A was here' } })
    sb.store.getState().dispatch({ type: 'step.add', stateId: 'st_cur', step: createStep({ id: 's_b', label: 'B was here' }) })
    // Back online: each side gets what the other lacks.
    const da = sa.session.shared.doc
    const db = sb.session.shared.doc
    Y.applyUpdate(db, Y.encodeStateAsUpdate(da, Y.encodeStateVector(db)))
    Y.applyUpdate(da, Y.encodeStateAsUpdate(db, Y.encodeStateVector(da)))
    const pa = sa.store.getState().project!
    expect(sb.store.getState().project).toEqual(pa)
    expect(pa.states[0]!.steps.map((s) => s.label)).toEqual(['Case ends', 'A was here', 'Receive tray in decontamination', 'Tray in washer', 'B was here'])
    await sa.session.dispose()
    await sb.session.dispose()
  })
})
