// What the storage measurements share (the benchmark page bench/canvas/storage.ts and the browser
// test page tests/e2e/pages/saveTiming.ts): a document host that applies commands as the store
// does, and a count of the entity rows a database writes.
import { applyCommand, type Command } from '../../src/domain/commands'
import type { Project } from '../../src/domain/model'
import type { DocumentHost, FlowstateDb } from '../../src/persistence'
import type { DocumentChange } from '../../src/persistence/session'

/** The project being edited, as the app's store holds it for the autosave session. */
export class Doc implements DocumentHost {
  private readonly listeners = new Set<(c: DocumentChange) => void>()
  constructor(public project: Project) {}
  getProject = () => this.project
  onProjectChange = (l: (c: DocumentChange) => void) => (this.listeners.add(l), () => void this.listeners.delete(l))
  receiveRemote = (p: Project) => void (this.project = p)
  run(command: Command): DocumentChange {
    const before = this.project
    const { project, patches } = applyCommand(before, command)
    this.project = project
    const change: DocumentChange = { before, after: project, patches, origin: 'command' }
    for (const l of this.listeners) l(change)
    return change
  }
}

/** Counts the rows `db` writes into its entities table from now on: read the count when needed. */
export function countEntityRows(db: FlowstateDb): () => number {
  let written = 0
  db.use({
    stack: 'dbcore',
    name: 'count-rows',
    create: (down) => ({
      ...down,
      table(name) {
        const t = down.table(name)
        return { ...t, mutate: (req) => ((written += name === 'entities' && 'values' in req && req.values ? req.values.length : 0), t.mutate(req)) }
      },
    }),
  })
  return () => written
}
