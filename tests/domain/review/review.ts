// Given-data for the review tests: the tray-return project (paper log today, a scanner in the
// future) with pain points raised the way a workshop raises them.
import { applyCommand, type Command } from '../../../src/domain/commands'
import type { Comment, Pain, Project } from '../../../src/domain/model'
import { loadProject } from '../../helpers/fixtures'

export const trayReturn = (): Project => loadProject('compare/compare.tray-return.flowstate.json')

export function painPoint(id: string, stateId: string, lineage: string, pain: Pain, extra: Partial<Comment> = {}): Comment {
  return { id, anchor: { kind: 'step', lineage, stateId }, author: 'Dana (SPD lead)', roleId: 'r_spd', createdAt: '2026-11-20T10:00:00.000Z', text: `pain on ${lineage}`, pain, replies: [], ...extra }
}

/** Runs commands one after another, as a user would; throws when one is refused. */
export function run(project: Project, ...commands: Command[]): Project {
  return commands.reduce((p, c) => applyCommand(p, c).project, project)
}
