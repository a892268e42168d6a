// Files named on the command line, read into projects: a .bpmn file is a project with one state,
// a .flowstate.json file is read (and migrated) like the app reads it. States are then picked by
// name, id, region name ("Transition state 2") or phase.
import { regionNames } from '../domain/model/factories'
import type { Phase, Project, WorkflowState } from '../domain/model/types'
import { PHASES } from '../domain/model/types'
import { LIMITS } from '../domain/model/limits'
import { decodeXmlBytes, projectFromBpmn } from '../io/bpmn'
import { decodeUtf8 } from '../io/utf8'
import { UsageError } from './errors'
import type { CliIo, ReadLimit } from './io'

export type InputKind = 'bpmn' | 'project'

export interface LoadedInput {
  path: string
  kind: InputKind
  project: Project
  warnings: string[]
}

export function inputKind(path: string, bytes: Uint8Array): InputKind {
  if (/\.(bpmn|bpmn2|xml)$/i.test(path)) return 'bpmn'
  if (/\.json$/i.test(path)) return 'project'
  // No telling extension: look at the first character that is not whitespace or a BOM.
  for (const b of bytes.subarray(0, 64)) {
    if (b === 0x7b) return 'project'
    if (b === 0x3c) return 'bpmn'
  }
  throw new UsageError(`${path}: neither a .bpmn nor a .flowstate.json file`)
}

/** A BPMN file may be 20 MB, a project file far more; the first bytes say which this is. */
export const BPMN_LIMIT: ReadLimit = { limit: () => ({ bytes: LIMITS.bpmnFileBytes, what: 'a BPMN file' }) }

function inputLimit(path: string): ReadLimit {
  return {
    limit: (head) =>
      inputKind(path, head) === 'bpmn' ? { bytes: LIMITS.bpmnFileBytes, what: 'a BPMN file' } : { bytes: LIMITS.projectFileBytes, what: 'a project file' },
  }
}

export async function loadInput(io: CliIo, path: string): Promise<LoadedInput> {
  const bytes = io.readFile(path, inputLimit(path))
  const kind = inputKind(path, bytes)
  if (kind === 'bpmn') {
    const decoded = decodeXmlBytes(bytes)
    const result = projectFromBpmn([{ name: path, text: decoded.text }])
    if (!result.ok) throw new UsageError(`${path}: ${result.error}`)
    return { path, kind, project: result.project, warnings: [...(decoded.warning ? [decoded.warning] : []), ...result.warnings] }
  }
  // zod and the migrations load only when a project file is read: a BPMN diff starts faster.
  const { parseProjectText } = await import('../domain/model/parse')
  const decoded = decodeUtf8(bytes)
  const result = parseProjectText(decoded.text)
  // "file: …" means the whole file; here the file's path says that already.
  if (!result.ok) throw new UsageError(`${path}: ${result.error.replace(/^file: /, '')}`)
  const warnings = result.migrated.map((m) => `read an older file format (migration "${m}"); saving writes the current one`)
  if (decoded.warning) warnings.unshift(decoded.warning)
  return { path, kind, project: result.project, warnings }
}

const fold = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase()

/**
 * The state a user means by NAME: its id, its name, its region name ("Transition state 2") or its
 * phase. A name or phase that fits several states is refused with the candidates' region names
 * (always unique), never settled by picking one; an exact name (case and spaces as written)
 * settles a name that differs only in case. Without a name: the first current state for --from,
 * the last future state for --to, or the only state there is.
 */
export function pickState(input: LoadedInput, name: string | undefined, side: 'from' | 'to'): WorkflowState {
  const states = input.project.states
  if (states.length === 0) throw new UsageError(`${input.path}: the project has no states`)
  if (name === undefined) {
    const phase: Phase = side === 'from' ? 'current' : 'future'
    const found = ofPhase(states, phase, side)
    if (found) return found
    if (states.length === 1) return states[0]!
    throw new UsageError(`${input.path}: no ${phase} state; name one with --${side} (${describeStates(input.project)})`)
  }
  const byId = states.find((s) => s.id === name)
  if (byId) return byId
  const wanted = fold(name)
  const regions = regionNames(states)
  const named = states.filter((s) => fold(s.name) === wanted)
  if (named.length === 1) return named[0]!
  const region = states.find((s) => fold(regions.get(s.id) ?? '') === wanted)
  if (region) return region
  if (named.length > 1) {
    const exact = named.filter((s) => s.name.trim() === name.trim())
    if (exact.length === 1) return exact[0]!
    throw ambiguous(input, name, side, exact.length > 1 ? exact : named, regions)
  }
  const phased = (PHASES as readonly string[]).includes(wanted) ? states.filter((s) => s.phase === wanted) : []
  if (phased.length === 1) return phased[0]!
  if (phased.length > 1) throw ambiguous(input, name, side, phased, regions)
  throw new UsageError(`${input.path}: no state "${name}" (${describeStates(input.project)})`)
}

function ambiguous(input: LoadedInput, name: string, side: 'from' | 'to', candidates: readonly WorkflowState[], regions: Map<string, string>): UsageError {
  const shown = candidates.slice(0, 6).map((s) => `"${regions.get(s.id)}" ("${s.name}")`)
  const more = candidates.length > 6 ? ', …' : ''
  return new UsageError(`${input.path}: --${side} "${name}" matches ${candidates.length} states; name one by its region: ${shown.join(', ')}${more}`)
}

function ofPhase(states: readonly WorkflowState[], phase: Phase, side: 'from' | 'to'): WorkflowState | undefined {
  const list = states.filter((s) => s.phase === phase)
  return side === 'from' ? list[0] : list[list.length - 1]
}

export function describeStates(project: Project): string {
  const shown = project.states.slice(0, 6).map((s) => `"${s.name}" (${s.phase})`)
  return `its states: ${shown.join(', ')}${project.states.length > 6 ? ', …' : ''}`
}
