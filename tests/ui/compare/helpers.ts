import { diffStates } from '../../../src/domain/diff'
import type { Project } from '../../../src/domain/model'
import { useStore } from '../../../src/store'
import { loadProject } from '../../helpers/fixtures'

/** The tray return: current (paper log), transition (scanner beside the log), future (scan at receipt). */
export const trayReturn = (): Project => loadProject('compare/compare.tray-return.flowstate.json')

/**
 * Given the project open with the default comparison (current → future, all three states in
 * panes) already computed, as the compare view leaves it after its first diff.
 */
export function openCompared(project: Project = trayReturn()): Project {
  localStorage.clear()
  useStore.getState().openProject(project)
  useStore.getState().setCompareResult({
    projectId: project.id,
    pair: diffStates(project, 'st_cur', 'st_fut'),
    others: { st_tr: diffStates(project, 'st_cur', 'st_tr') },
  })
  return project
}
