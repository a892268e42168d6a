import 'fake-indexeddb/auto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ProjectSession, type Repository } from '../../src/persistence'
import { resetStore, useStore } from '../../src/store'
import { loadProject } from '../helpers/fixtures'
import { painPoint } from '../domain/review/review'
import { FAST, storeHost, entityWrites, openRepository, type TestDb } from './helpers'


describe('saving comments and sign-offs', () => {
  let repo: Repository
  let t: TestDb
  let autosave: ProjectSession

  beforeEach(() => resetStore())
  afterEach(async () => {
    await autosave?.dispose()
    repo?.close()
    resetStore()
  })

  it('given a project, when a pain point is raised, answered and a role signs off, then each writes its own row and a reload gives them back', async () => {
    ;({ repo, ...t } = await openRepository())
    const stored = await repo.insert(loadProject('compare/compare.tray-return.flowstate.json'))
    useStore.getState().openProject(stored)
    autosave = new ProjectSession(repo, storeHost, stored.id, FAST)
    const mark = t.mutations.length
    const ok = useStore.getState().dispatchAll('review', [
      { type: 'comment.add', comment: painPoint('pp_log', 'st_cur', 'l_log', { type: 'duplicate-entry', severity: 'high' }) },
      { type: 'comment.reply', commentId: 'pp_log', reply: { author: 'Sam', at: '2026-11-21T09:00:00.000Z', text: 'Nights too' } },
      { type: 'signOff.sign', id: 'so_spd', stateId: 'st_fut', roleId: 'r_spd', by: 'Dana', at: '2026-11-22T15:00:00.000Z', local: true },
    ])
    expect(ok).toBe(true)
    await autosave.flush()

    expect(entityWrites(t.mutations, mark).sort()).toEqual(['put:comment:pp_log', 'put:signOff:so_spd'])
    const loaded = await repo.load(stored.id)
    expect(loaded.ok && loaded.project.comments).toEqual(useStore.getState().project!.comments)
    expect(loaded.ok && loaded.project.signOffs).toEqual(useStore.getState().project!.signOffs)

    useStore.getState().dispatch({ type: 'comment.remove', commentId: 'pp_log' })
    await autosave.flush()
    const again = await repo.load(stored.id)
    expect(again.ok && again.project.comments).toEqual([])
  })
})
