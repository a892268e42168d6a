import 'fake-indexeddb/auto'
import { afterEach, describe, expect, it } from 'vitest'
import { createStep, newId, type Project } from '../../src/domain/model'
import { openSyncChannel, type ProjectSession, type Repository, type SyncChannel } from '../../src/persistence'
import { loadProject } from '../helpers/fixtures'
import { TestDocument, openRepository, session, waitFor } from './helpers'

interface Tab {
  repo: Repository
  doc: TestDocument
  autosave: ProjectSession
  channel: SyncChannel
}

describe('two tabs on one project', () => {
  const tabs: Tab[] = []
  afterEach(async () => {
    for (const t of tabs.splice(0)) {
      await t.autosave.dispose()
      t.repo.close()
      t.channel.close()
    }
  })

  /** Two connections to one database, told about each other's writes over a BroadcastChannel. */
  async function twoTabs(project: Project = loadProject()): Promise<[Tab, Tab]> {
    const dbName = newId('db')
    const channelName = newId('channel')
    let stored: Project | undefined
    for (let i = 0; i < 2; i++) {
      const channel = openSyncChannel(channelName)
      const { repo } = await openRepository({ name: dbName, channel })
      stored ??= await repo.insert(project)
      const loaded = await repo.load(stored.id)
      if (!loaded.ok) throw new Error(loaded.error)
      const doc = new TestDocument(loaded.project)
      tabs.push({ repo, doc, channel, autosave: session(repo, doc) })
    }
    return [tabs[0]!, tabs[1]!]
  }

  it('given both tabs open, when one renames the project, then the other shows the new name', async () => {
    const [a, b] = await twoTabs()

    a.doc.run({ type: 'project.rename', name: 'Tray return, after the workshop' })
    await a.autosave.flush()

    await waitFor(() => b.doc.project.name === 'Tray return, after the workshop', 'the rename to reach tab B')
  })

  it('when both tabs edit different steps at the same time, then both edits are kept in storage and in both tabs', async () => {
    const [a, b] = await twoTabs()
    const state = a.doc.project.states[0]!
    const [first, second] = [state.steps[1]!, state.steps[2]!]

    a.doc.run({ type: 'step.update', stateId: state.id, stepId: first.id, changes: { label: 'Edited in tab A' } })
    b.doc.run({ type: 'step.update', stateId: state.id, stepId: second.id, changes: { touchMinutes: 42 } })
    await Promise.all([a.autosave.flush(), b.autosave.flush()])

    const labelsIn = (doc: TestDocument) => doc.project.states[0]!.steps.find((s) => s.id === first.id)?.label
    const minutesIn = (doc: TestDocument) => doc.project.states[0]!.steps.find((s) => s.id === second.id)?.touchMinutes
    await waitFor(() => labelsIn(b.doc) === 'Edited in tab A' && minutesIn(a.doc) === 42, 'each tab to show the other tab’s edit')
    expect(labelsIn(a.doc)).toBe('Edited in tab A')
    expect(minutesIn(b.doc)).toBe(42)
    const stored = await a.repo.load(a.doc.project.id)
    expect(stored.ok && stored.project.states[0]!.steps.find((s) => s.id === first.id)?.label).toBe('Edited in tab A')
    expect(stored.ok && stored.project.states[0]!.steps.find((s) => s.id === second.id)?.touchMinutes).toBe(42)
  })

  it('when both tabs add a step to one state at the same time, then both steps are kept', async () => {
    const [a, b] = await twoTabs()
    const stateId = a.doc.project.states[0]!.id
    const fromA = createStep({ label: 'Added in tab A' })
    const fromB = createStep({ label: 'Added in tab B' })

    a.doc.run({ type: 'step.add', stateId, step: fromA })
    b.doc.run({ type: 'step.add', stateId, step: fromB })
    await Promise.all([a.autosave.flush(), b.autosave.flush()])

    const labels = (doc: TestDocument) => doc.project.states[0]!.steps.map((s) => s.label)
    await waitFor(() => [a, b].every((t) => labels(t.doc).includes('Added in tab A') && labels(t.doc).includes('Added in tab B')), 'both steps in both tabs')
    const stored = await b.repo.load(a.doc.project.id)
    expect(stored.ok && stored.project.states[0]!.steps.map((s) => s.label)).toEqual(expect.arrayContaining(['Added in tab A', 'Added in tab B']))
  })

  it('when one tab removes a step while the other connects a flow to it, then the project still opens, without that flow', async () => {
    const [a, b] = await twoTabs()
    const state = a.doc.project.states[0]!
    const doomed = state.steps[1]!
    const end = state.steps[state.steps.length - 1]!

    a.doc.run({ type: 'step.remove', stateId: state.id, stepIds: [doomed.id] })
    b.doc.run({ type: 'flow.add', stateId: state.id, flow: { id: 'f_late', lineage: 'f_late', from: doomed.id, to: end.id } })
    await Promise.all([a.autosave.flush(), b.autosave.flush()])

    const stored = await a.repo.load(a.doc.project.id)
    expect(stored.ok).toBe(true)
    expect(stored.ok && stored.project.states[0]!.flows.some((f) => f.id === 'f_late')).toBe(false)
    await waitFor(() => !b.doc.project.states[0]!.steps.some((s) => s.id === doomed.id), 'the removal to reach tab B')
  })

  it('does not read back its own saves, so its undo history stays', async () => {
    const [a] = await twoTabs()

    a.doc.run({ type: 'project.rename', name: 'Only here' })
    await a.autosave.flush()
    await new Promise((r) => setTimeout(r, 50))

    expect(a.doc.remoteCount).toBe(0)
  })
})

describe('a project deleted in another tab', () => {
  it('says so in the tab that has it open and keeps its unsaved edits for an export', async () => {
    const dbName = newId('db')
    const channelName = newId('channel')
    const a = openSyncChannel(channelName)
    const b = openSyncChannel(channelName)
    const { repo: here } = await openRepository({ name: dbName, channel: a })
    const { repo: there } = await openRepository({ name: dbName, channel: b })
    const doc = new TestDocument(await here.insert(loadProject()))
    const autosave = session(here, doc)

    await there.remove(doc.project.id)
    await waitFor(() => autosave.getStatus().kind === 'gone', 'the deletion to reach the open tab')
    doc.run({ type: 'project.rename', name: 'Edited after the deletion' })
    await autosave.flush()

    expect(autosave.getStatus()).toMatchObject({ kind: 'gone', message: expect.stringMatching(/deleted in another tab\. Export it now/) })
    expect(doc.project.name).toBe('Edited after the deletion')
    expect(await here.list()).toEqual([])
    await autosave.dispose()
    for (const x of [here, there]) x.close()
    for (const c of [a, b]) c.close()
  })
})
