// BPMN files into projects: one file as a new project, several files as the states of one
// project (current, transition(s), future), or one file as a new state of an open project.
import { createProject, PHASE_TITLES } from '../../domain/model/factories'
import { clipText, LIMITS } from '../../domain/model/limits'
import type { Phase, Project, WorkflowState } from '../../domain/model/types'
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
  nameStatesApart(project.states, files)
  return { ok: true, project, warnings }
}

/**
 * Modelers give every version of a map the same process name ("Sterilization"), so states are
 * told apart: a state keeps its process's name while no other file uses it; otherwise it is named
 * by its phase and file ("Transition state (phase1.bpmn)"), numbered only if even that repeats.
 */
function nameStatesApart(states: WorkflowState[], files: readonly BpmnFile[]): void {
  const fold = (name: string) => name.replace(/\s+/g, ' ').trim().toLowerCase()
  const uses = new Map<string, number>()
  for (const s of states) uses.set(fold(s.name), (uses.get(fold(s.name)) ?? 0) + 1)
  states.forEach((s, i) => {
    if (uses.get(fold(s.name))! > 1) s.name = clipText(`${PHASE_TITLES[s.phase]} (${files[i]!.name.replace(/^.*[\\/]/, '')})`, LIMITS.nameChars)
  })
  const taken = new Set<string>()
  for (const s of states) {
    let name = s.name
    for (let n = 2; taken.has(fold(name)); n++) name = `${clipText(s.name, LIMITS.nameChars - 8)} ${n}`
    taken.add(fold(name))
    s.name = name
  }
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
