// A BPMN file into the open project as a new state: the commands that add its new roles,
// systems and data items to the catalogues and the state itself, applied as one undo step.
import type { Command } from '../../domain/commands'
import { PHASE_TITLES, PHASES, type Phase, type Project, type WorkflowState } from '../../domain/model'
import { importBpmn, type BpmnImport } from '../../io/bpmn'

export type StateImport = { ok: true; imported: BpmnImport; commands: Command[] } | { ok: false; error: string }

/** The phase a new state most likely has: the one the project lacks, else a transition. */
export function suggestedPhase(states: readonly WorkflowState[]): Phase {
  if (!states.some((s) => s.phase === 'current')) return 'current'
  if (!states.some((s) => s.phase === 'future')) return 'future'
  return 'transition'
}

/** "Current state", "Transition state 2: ", "Future state · " … at the start of a name: a phase, not what the state is. */
const PHASE_PREFIX = new RegExp(`^(?:${Object.values(PHASE_TITLES).join('|')})(?:\\s+\\d+)?\\s*(?:[:·–—-]\\s*|$)`, 'i')

/**
 * The name a state added from a BPMN file starts with: its phase, then what the file calls it
 * ("Transition state: tray tracking"). The process's name says what it is unless it only names a
 * phase (a file flowstate exported names its process after the state, often "Current state"),
 * then the file's name does. Never the name of a state the project already has.
 */
export function suggestedStateName(states: readonly WorkflowState[], phase: Phase, processName: string, fileName: string): string {
  const fromFile = fileName.replace(/^.*[\\/]/, '').replace(/\.(bpmn2?|xml)$/i, '').replace(/\.bpmn$/i, '')
  const what = [processName, fromFile].map((n) => n.replace(PHASE_PREFIX, '').replace(/\s+/g, ' ').trim()).find(Boolean) ?? ''
  const base = what ? `${PHASE_TITLES[phase]}: ${what}` : PHASE_TITLES[phase]
  const taken = new Set(states.map((s) => s.name.trim().toLowerCase()))
  if (!taken.has(base.toLowerCase())) return base
  for (let n = 2; ; n++) if (!taken.has(`${base} ${n}`.toLowerCase())) return `${base} ${n}`
}

/** After every state of the same or an earlier phase, so the panes keep reading current → future. */
export function insertionIndex(states: readonly WorkflowState[], phase: Phase): number {
  const rank = PHASES.indexOf(phase)
  let at = 0
  states.forEach((s, i) => {
    if (PHASES.indexOf(s.phase) <= rank) at = i + 1
  })
  return at
}

export function bpmnStateImport(project: Project, text: string, fileName: string, phase: Phase, name?: string): StateImport {
  const result = importBpmn(text, { phase, fileName, catalogue: project, ...(name?.trim() ? { name } : {}) })
  if (!result.ok) return result
  const { state, added } = result
  const commands: Command[] = [
    ...added.roles.map((role): Command => ({ type: 'role.add', role })),
    ...added.systems.map((system): Command => ({ type: 'system.add', system })),
    ...added.dataItems.map((dataItem): Command => ({ type: 'dataItem.add', dataItem })),
    { type: 'state.add', state, index: insertionIndex(project.states, phase) },
  ]
  return { ok: true, imported: result, commands }
}
