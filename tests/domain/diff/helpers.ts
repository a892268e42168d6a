import { diff, diffStates, type DiffOptions, type DiffResult } from '../../../src/domain/diff'
import type { Project, WorkflowState } from '../../../src/domain/model'
import { loadProject } from '../../helpers/fixtures'

/** A diff fixture: tests/fixtures/diff/<name>.flowstate.json, loaded through the real parser. */
export const diffFixture = (name: string): Project => loadProject(`diff/${name}.flowstate.json`)

/** Current → future of a two-state fixture project. */
export function diffCurrentFuture(p: Project, options?: DiffOptions): DiffResult {
  return diffStates(p, 'st_cur', 'st_fut', options)
}

export const stateOf = (p: Project, id: string): WorkflowState => p.states.find((s) => s.id === id)!

/** A copy of the project whose "future" state is edited by `edit` (the fixture itself stays as loaded). */
export function withFuture(p: Project, edit: (future: WorkflowState) => void): Project {
  const copy = structuredClone(p)
  edit(stateOf(copy, 'st_fut'))
  return copy
}

export const ids = (refs: readonly { id: string }[]): string[] => refs.map((r) => r.id)
export const labels = (refs: readonly { label: string }[]): string[] => refs.map((r) => r.label)

/** The matched after step of a before step, or undefined. */
export const matchOf = (r: DiffResult, beforeId: string) => r.matches.find((m) => m.before === beforeId)

export { diff }
