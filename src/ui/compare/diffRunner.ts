// Runs the diffs the compare view needs through the diff client: small maps at once, large ones
// in the worker. One client per slot (the compared pair, a third pane), because a client answers
// only its latest request and the slots must not cancel each other.
import type { DiffResult } from '../../domain/diff'
import type { Project } from '../../domain/model'
import { createDiffClient, type DiffClient } from '../diff/diffClient'

export interface DiffJob {
  before: string
  after: string
}

const clients: DiffClient[] = []

/** Each job's result in order, or null when a newer run has replaced this one. */
export async function runDiffs(project: Project, jobs: readonly DiffJob[]): Promise<DiffResult[] | null> {
  const stateOf = (id: string) => {
    const state = project.states.find((s) => s.id === id)
    if (!state) throw new Error(`no state "${id}"`)
    return state
  }
  const results = await Promise.all(
    jobs.map((j, slot) => (clients[slot] ??= createDiffClient()).request({ project, state: stateOf(j.before) }, { project, state: stateOf(j.after) })),
  )
  return results.every((r): r is DiffResult => r !== null) ? results : null
}

/** Steps in the compared states: past this, edits wait longer before the diff runs again. */
export const LARGE_MAP_STEPS = 2000
