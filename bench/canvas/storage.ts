// The storage page of the browser benchmarks (`?page=storage&steps=5000`): real IndexedDB in
// Chromium, the app's own Repository and autosave session, on the canvas benchmark's project.
// - save: storing the whole project (import, duplicate);
// - load: reading it back and checking it, as opening a project does;
// - one edit: from a step's label change to the committed transaction (the autosave's debounce
//   left out), as tests/e2e/saveTiming.e2e.ts measures it.
// The baseline, in the same run: the simplest local store, the whole project as one JSON document
// in one row (saved whole on every edit, parsed whole on load).
import Dexie, { type Table } from 'dexie'
import { applyCommand } from '../../src/domain/commands'
import { newId, type Project } from '../../src/domain/model'
import { FlowstateDb, ProjectSession, Repository } from '../../src/persistence'
import { largeProject } from './generate'
import { countEntityRows, Doc } from './storageHarness'

export interface StorageTiming {
  steps: number
  rounds: number
  edits: number
  /** Medians in ms. */
  flowstate: { saveMs: number; loadMs: number; editMs: number; editP95Ms: number; rowsPerEdit: number }
  oneDocument: { saveMs: number; loadMs: number; editMs: number; editP95Ms: number }
}

class OneDocumentDb extends Dexie {
  docs!: Table<{ id: string; json: string }, string>
  constructor(name: string) {
    super(name)
    this.version(1).stores({ docs: 'id' })
  }
}

const median = (xs: number[]) => quantile(xs, 0.5)
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b)
  return Math.round(s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]! * 100) / 100
}
async function timed(work: () => Promise<unknown>): Promise<number> {
  const t = performance.now()
  await work()
  return performance.now() - t
}

/** `rounds` measured rounds after one warm-up round; `edits` measured edits after one warm-up edit. */
export async function measureStorage(steps: number, rounds = 5, edits = 30): Promise<StorageTiming> {
  const project = largeProject(steps)
  const state = project.states[0]!
  const label = (i: number) => ({ label: `Edited label ${i}` })

  // flowstate: rows per entity, the app's repository and autosave.
  const db = new FlowstateDb(newId('bench'))
  const rowsWritten = countEntityRows(db)
  const repo = new Repository({ db })
  await repo.open()
  const save: number[] = []
  const load: number[] = []
  let storedId = ''
  for (let r = 0; r <= rounds; r++) {
    let id = ''
    const s = await timed(async () => (id = (await repo.insert({ ...project, id: newId('p') })).id))
    const l = await timed(async () => {
      const loaded = await repo.load(id)
      if (!loaded.ok) throw new Error(loaded.error)
    })
    if (r > 0) {
      save.push(s)
      load.push(l)
    }
    if (r < rounds) await repo.remove(id)
    else storedId = id
  }
  const loaded = await repo.load(storedId)
  if (!loaded.ok) throw new Error(loaded.error)
  const doc = new Doc(loaded.project)
  const session = new ProjectSession(repo, doc, storedId)
  const edit: number[] = []
  const rows: number[] = []
  for (let i = 0; i <= edits; i++) {
    const step = doc.project.states[0]!.steps[(i * 7919) % steps]!
    const before = rowsWritten()
    const t = await timed(async () => {
      doc.run({ type: 'step.update', stateId: state.id, stepId: step.id, changes: label(i) })
      await session.flush()
    })
    if (i > 0) {
      edit.push(t)
      rows.push(rowsWritten() - before)
    }
  }
  await session.dispose()
  repo.close()
  await db.delete()

  // The baseline: one JSON document per project.
  const plain = new OneDocumentDb(newId('bench-doc'))
  await plain.open()
  const plainSave: number[] = []
  const plainLoad: number[] = []
  for (let r = 0; r <= rounds; r++) {
    const id = newId('p')
    const s = await timed(() => plain.docs.put({ id, json: JSON.stringify(project) }))
    const l = await timed(async () => JSON.parse((await plain.docs.get(id))!.json) as Project)
    if (r > 0) {
      plainSave.push(s)
      plainLoad.push(l)
    }
    await plain.docs.delete(id)
  }
  let current = project
  const plainEdit: number[] = []
  const id = newId('p')
  await plain.docs.put({ id, json: JSON.stringify(current) })
  for (let i = 0; i <= edits; i++) {
    const step = current.states[0]!.steps[(i * 7919) % steps]!
    const t = await timed(async () => {
      current = applyCommand(current, { type: 'step.update', stateId: state.id, stepId: step.id, changes: label(i) }).project
      await plain.docs.put({ id, json: JSON.stringify(current) })
    })
    if (i > 0) plainEdit.push(t)
  }
  plain.close()
  await plain.delete()

  return {
    steps,
    rounds,
    edits,
    flowstate: { saveMs: median(save), loadMs: median(load), editMs: median(edit), editP95Ms: quantile(edit, 0.95), rowsPerEdit: median(rows) },
    oneDocument: { saveMs: median(plainSave), loadMs: median(plainLoad), editMs: median(plainEdit), editP95Ms: quantile(plainEdit, 0.95) },
  }
}
