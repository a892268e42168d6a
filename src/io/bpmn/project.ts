// BPMN files into projects: one file as a new project, several files as the states of one
// project (current, transition(s), future), or one file as a new state of an open project.
import { createProject } from '../../domain/model/factories'
import type { Phase, Project } from '../../domain/model/types'
import { importBpmn, type BpmnImport } from './import'

export interface BpmnFile {
  name: string
  text: string
}

export type BpmnProjectResult = { ok: true; project: Project; warnings: string[] } | { ok: false; error: string }

/** Phases for n files in order: one is current; two are current and future; more put transitions between. */
export function phasesFor(n: number): Phase[] {
  if (n <= 1) return ['current']
  return Array.from({ length: n }, (_, i): Phase => (i === 0 ? 'current' : i === n - 1 ? 'future' : 'transition'))
}

/** Several BPMN files as one project; warnings are prefixed with the file they come from when there are several. */
export function projectFromBpmn(files: readonly BpmnFile[], projectName?: string, now?: string): BpmnProjectResult {
  const phases = phasesFor(files.length)
  let project = createProject(projectName ?? 'Imported process', now)
  const warnings: string[] = []
  for (let i = 0; i < files.length; i++) {
    const file = files[i]!
    const result = importBpmn(file.text, { phase: phases[i], fileName: file.name, catalogue: project })
    if (!result.ok) return { ok: false, error: files.length > 1 ? `${file.name}: ${result.error}` : result.error }
    project = withImport(project, result)
    // Without a name given, the project is called what the first file calls its process (else the file).
    if (i === 0 && !projectName) project.name = result.state.name
    for (const w of result.warnings) warnings.push(files.length > 1 ? `${file.name}: ${w}` : w)
  }
  return { ok: true, project, warnings }
}

/** The project with an imported state (and the catalogue entries it brought) added at the end. */
export function withImport(project: Project, imported: Pick<BpmnImport, 'state' | 'added'>): Project {
  return {
    ...project,
    roles: [...project.roles, ...imported.added.roles],
    systems: [...project.systems, ...imported.added.systems],
    dataItems: [...project.dataItems, ...imported.added.dataItems],
    states: [...project.states, imported.state],
  }
}
