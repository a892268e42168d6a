import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { QUOTA_MESSAGE, type ProjectSession, type Repository } from '../../src/persistence'
import { loadProject } from '../helpers/fixtures'
import { TestDocument, openRepository, session, waitFor, type TestDb } from './helpers'

describe('a full disk', () => {
  let repo: Repository
  let autosave: ProjectSession
  afterEach(async () => {
    await autosave?.dispose()
    repo?.close()
  })

  it('given the disk is full, when an edit is saved, then the user is told to export, the edit is kept, and it is written once there is room', async () => {
    let t: TestDb
    ;({ repo, ...t } = await openRepository())
    const doc = new TestDocument(await repo.insert(loadProject()))
    autosave = session(repo, doc)
    const state = doc.project.states[0]!

    t.failWrites(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
    doc.run({ type: 'step.update', stateId: state.id, stepId: state.steps[1]!.id, changes: { label: 'Pack tray in blue wrap' } })
    await autosave.flush()

    expect(autosave.getStatus()).toEqual({ kind: 'error', reason: 'quota', message: QUOTA_MESSAGE })
    expect(QUOTA_MESSAGE).toMatch(/Export the project/)
    expect(autosave.hasPending).toBe(true)

    // Another edit while the disk is full joins the pending ones.
    doc.run({ type: 'project.rename', name: 'Tray return, kept' })
    await autosave.flush()
    expect(autosave.getStatus().kind).toBe('error')

    t.failWrites(null)
    await waitFor(() => autosave.getStatus().kind === 'saved', 'the retry to store the edits')
    const loaded = await repo.load(doc.project.id)
    expect(loaded.ok && loaded.project.name).toBe('Tray return, kept')
    expect(loaded.ok && loaded.project.states[0]!.steps[1]!.label).toBe('Pack tray in blue wrap')
  })

  it('recognises a full disk however it is wrapped', async () => {
    const { isQuotaError } = await import('../../src/persistence')
    const quota = new DOMException('full', 'QuotaExceededError')
    expect(isQuotaError(quota)).toBe(true)
    expect(isQuotaError({ name: 'AbortError', inner: quota })).toBe(true)
    expect(isQuotaError(new Error('network'))).toBe(false)
  })
})
