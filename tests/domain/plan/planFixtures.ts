import type { DiffResult } from '../../../src/domain/diff/types'
import type { Project } from '../../../src/domain/model'
import { loadProject, readFixture } from '../../helpers/fixtures'

/** The two-phase sterilization fixture and its hand-made diffs (current→transition, transition→future). */
export function sterileTwoPhase(): { project: Project; diffs: DiffResult[] } {
  const project = loadProject('plan/plan.sterile-two-phase.flowstate.json')
  const diffs = [1, 2].map((n) => JSON.parse(readFixture(`plan/plan.sterile-two-phase.diff-${n}.json`)) as DiffResult)
  return { project, diffs }
}
