import type { Project } from './types'

// Writing a project file needs no schema: kept apart from parse.ts so that code which only writes
// (the recovery screen's export, which must load with the app's first screen) does not pull in zod.

/** The `.flowstate.json` text of a project. */
export function serializeProject(p: Project): string {
  return JSON.stringify(p, null, 2) + '\n'
}
