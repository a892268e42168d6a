// Runs in Chromium (served by a Vite dev server): how long does storing one step edit take in a
// 5,000-step project, and how many rows does it write? Real IndexedDB, the real autosave.
import { countEntityRows, Doc } from '../../../bench/canvas/storageHarness'
import { createProject, createRole, createState, createStep, newId, type Project } from '../../../src/domain/model'
import { FlowstateDb, ProjectSession, Repository, computeWrites } from '../../../src/persistence'

export interface SaveTiming {
  steps: number
  edits: number
  /** Storing the whole project once (import, duplicate). */
  insertMs: number
  /** Reading it back and checking it (opening the project). */
  loadMs: number
  /** Finding the rows an edit changed, per edit. */
  computeMs: Summary
  /** From the edit to the committed IndexedDB transaction, per edit (without the debounce). */
  saveMs: Summary
  /** Entity rows written per edit (the promise: exactly one). */
  rowsPerEdit: number[]
}

interface Summary {
  median: number
  p90: number
  max: number
}

async function measureSave(steps = 5_000, edits = 30): Promise<SaveTiming> {
  const role = createRole('SPD technician')
  const state = createState('current', 'Current state', [role.id])
  for (let i = 0; i < steps; i++) state.steps.push(createStep({ label: `Step ${i + 1}`, roleId: role.id, touchMinutes: 2, position: { x: 200 * i, y: 40 } }))
  const project: Project = { ...createProject(`${steps} steps`), roles: [role], states: [state] }

  const db = new FlowstateDb(newId('timing'))
  const entityRows = countEntityRows(db)
  const repo = new Repository({ db })
  await repo.open()

  let t = performance.now()
  const stored = await repo.insert(project)
  const insertMs = performance.now() - t
  t = performance.now()
  const loaded = await repo.load(stored.id)
  const loadMs = performance.now() - t
  if (!loaded.ok) throw new Error(loaded.error)

  const doc = new Doc(loaded.project)
  const session = new ProjectSession(repo, doc, stored.id)
  const compute: number[] = []
  const save: number[] = []
  const rowsPerEdit: number[] = []
  for (let i = 0; i <= edits; i++) {
    const step = doc.project.states[0]!.steps[Math.floor(Math.random() * steps)]!
    const rowsBefore = entityRows()
    const t0 = performance.now()
    const change = doc.run({ type: 'step.update', stateId: state.id, stepId: step.id, changes: { label: `${step.label} (edit ${i})` } })
    await session.flush()
    const t1 = performance.now()
    computeWrites(change.before, change.after, change.patches)
    const t2 = performance.now()
    if (i === 0) continue // the first edit warms up the code paths
    save.push(t1 - t0)
    compute.push(t2 - t1)
    rowsPerEdit.push(entityRows() - rowsBefore)
  }
  await session.dispose()
  repo.close()
  await db.delete()
  return { steps, edits, insertMs, loadMs, computeMs: summary(compute), saveMs: summary(save), rowsPerEdit }
}

function summary(values: number[]): Summary {
  const sorted = [...values].sort((a, b) => a - b)
  const at = (q: number) => round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!)
  return { median: at(0.5), p90: at(0.9), max: round(sorted.at(-1)!) }
}

const round = (ms: number) => Math.round(ms * 100) / 100

;(window as unknown as { measureSave: typeof measureSave }).measureSave = measureSave
