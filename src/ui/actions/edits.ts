// The edits that actions, the canvas and the outline share. Each one becomes commands through
// the store, so both views and every input edit the document the same way.
import type { Command } from '../../domain/commands'
import { createFlow, createRole, createStep, ROLE_COLORS, stepSize, type Position, type Project, type StepKind, type WorkflowState } from '../../domain/model'
import { useStore } from '../../store'
import { adjacentLane, endOfLane, positionAfter, positionInLane } from '../canvas/placement'

const store = () => useStore.getState()

export function stateOf(stateId: string | null): WorkflowState | undefined {
  if (stateId === null) return undefined
  return store().project?.states.find((s) => s.id === stateId)
}

/** Opens the label editor of a step and selects it. */
export function startEditing(stateId: string, stepId: string, mode: 'replace' | 'append', seed?: string): void {
  store().select(stateId, [stepId])
  store().setActiveState(stateId)
  store().setEditing(seed === undefined ? { stateId, stepId, mode } : { stateId, stepId, mode, seed })
}

export function stopEditing(): void {
  if (store().editing) store().setEditing(null)
}

/** Adds a step after `fromId` in the same lane, connected to it, with its label ready to type. */
export function addStepAfter(stateId: string, fromId: string, kind: StepKind = 'task'): string | null {
  const state = stateOf(stateId)
  const from = state?.steps.find((s) => s.id === fromId)
  if (!state || !from) return null
  const step = createStep({ kind, ...(from.roleId ? { roleId: from.roleId } : {}), position: positionAfter(state, from, kind) })
  const ok = store().dispatchAll('Add step', [
    { type: 'step.add', stateId, step },
    { type: 'flow.add', stateId, flow: createFlow(from.id, step.id) },
  ])
  if (!ok) return null
  startEditing(stateId, step.id, 'replace')
  return step.id
}

/** Adds an unconnected step in a lane (`null`: unassigned), at `at` or after the lane's last step. */
export function addStepInLane(stateId: string, lane: string | null, at?: Position, kind: StepKind = 'task'): string | null {
  const state = stateOf(stateId)
  if (!state) return null
  const step = createStep({ kind, ...(lane ? { roleId: lane } : {}), position: at ?? endOfLane(state, lane, kind) })
  if (!store().dispatch({ type: 'step.add', stateId, step })) return null
  startEditing(stateId, step.id, 'replace')
  return step.id
}

/** "Add step": after the selected step when there is one, else at the end of the first lane. */
export function addStep(stateId: string, selection: readonly string[]): string | null {
  if (selection.length === 1) return addStepAfter(stateId, selection[0]!)
  const state = stateOf(stateId)
  if (!state) return null
  return addStepInLane(stateId, state.lanes[0] ?? null)
}

/** Moves a step to the lane above (-1) or below (+1): the step's role changes with it. */
export function moveToAdjacentLane(stateId: string, stepId: string, direction: 1 | -1): boolean {
  const state = stateOf(stateId)
  const step = state?.steps.find((s) => s.id === stepId)
  if (!state || !step) return false
  const lane = adjacentLane(state, step.roleId ?? null, direction)
  return lane !== undefined && moveToLane(stateId, stepId, lane)
}

/** Reassigns steps to a role by moving them into its lane (`null`: no lane), one undo step. */
export function moveToLane(stateId: string, stepId: string | readonly string[], lane: string | null): boolean {
  const state = stateOf(stateId)
  if (!state) return false
  const ids = typeof stepId === 'string' ? [stepId] : stepId
  const moves = state.steps
    .filter((s) => ids.includes(s.id) && (s.roleId ?? null) !== lane)
    .map((s) => ({ stepId: s.id, position: positionInLane(state, s, lane), roleId: lane }))
  return moves.length > 0 && store().dispatch({ type: 'step.move', stateId, moves })
}

export function removeSteps(stateId: string, stepIds: readonly string[]): boolean {
  if (stepIds.length === 0) return false
  stopEditing()
  const ok = store().dispatch({ type: 'step.remove', stateId, stepIds: [...stepIds] })
  if (ok) store().select(stateId, [])
  return ok
}

export function setKind(stateId: string, stepIds: readonly string[], kind: StepKind): boolean {
  const state = stateOf(stateId)
  if (!state) return false
  const commands: Command[] = []
  for (const id of stepIds) {
    const step = state.steps.find((s) => s.id === id)
    if (!step || step.kind === kind) continue
    commands.push({ type: 'step.update', stateId, stepId: id, changes: { kind } })
    // Keep the centre where it was, so a step that becomes a diamond does not jump.
    const before = stepSize(step.kind)
    const after = stepSize(kind)
    const position = { x: Math.round(step.position.x + (before.width - after.width) / 2), y: Math.max(0, Math.round(step.position.y + (before.height - after.height) / 2)) }
    commands.push({ type: 'step.move', stateId, moves: [{ stepId: id, position }] })
  }
  return commands.length > 0 && store().dispatchAll('Change kind', commands)
}

/** A colour for a new role that no role uses yet, while there is one. */
export function freeRoleColor(project: Project): string {
  const used = new Set(project.roles.map((r) => r.color))
  return ROLE_COLORS.find((c) => !used.has(c)) ?? ROLE_COLORS[project.roles.length % ROLE_COLORS.length]!
}

/**
 * Adds a lane named `name`: the catalogue's role of that name when there is one (roles are
 * shared by all states), else a new role. Returns the role id.
 */
export function addLane(stateId: string, name: string, index?: number): string | null {
  const project = store().project
  const state = stateOf(stateId)
  const clean = name.trim()
  if (!project || !state || !clean) return null
  const known = project.roles.find((r) => r.name.trim().toLowerCase() === clean.toLowerCase())
  if (known) {
    if (state.lanes.includes(known.id)) return known.id
    return store().dispatch({ type: 'lane.add', stateId, roleId: known.id, ...(index === undefined ? {} : { index }) }) ? known.id : null
  }
  const role = createRole(clean, freeRoleColor(project))
  return store().dispatch({ type: 'role.add', role, stateId, ...(index === undefined ? {} : { laneIndex: index }) }) ? role.id : null
}
