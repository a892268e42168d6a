// Random edits for the convergence property: each is made from one replica's project as it is
// now, the way a person at that laptop would make it, so most apply and some collide with what
// colleagues did meanwhile.
import type { Command } from '../../src/domain/commands'
import { createStep, type Project } from '../../src/domain/model'

/** A person's action: a command, or undo / redo of their own last edit. */
export type Action = { command: Command } | { undo: true } | { redo: true }

const AT = '2026-12-01T10:00:00.000Z'

const pick = <T>(xs: readonly T[], n: number): T | undefined => (xs.length === 0 ? undefined : xs[n % xs.length])

/** The action `kind` (with `n` choosing among the candidates) on project `p`; undefined when it does not apply. */
export function actionFor(p: Project, kind: number, n: number, id: string): Action | undefined {
  const state = pick(p.states, n)
  const step = state && pick(state.steps, n >> 3)
  const other = state && pick(state.steps, n >> 6)
  const role = pick(p.roles, n >> 2)
  const c = (command: Command): Action => ({ command })
  switch (kind % 20) {
    case 0:
    case 1:
      return state && c({ type: 'step.add', stateId: state.id, step: createStep({ id, label: `Step ${id}`, roleId: role && state.lanes.includes(role.id) ? role.id : undefined, position: { x: n % 500, y: 40 } }) })
    case 2:
      return step && c({ type: 'step.update', stateId: state!.id, stepId: step.id, changes: { label: `Label ${n % 7}` } })
    case 3:
      return step && c({ type: 'step.move', stateId: state!.id, moves: [{ stepId: step.id, position: { x: n % 300, y: n % 90 }, ...(role ? { roleId: role.id } : {}) }] })
    case 4:
      return step && c({ type: 'step.remove', stateId: state!.id, stepIds: [step.id] })
    case 5:
    case 6:
      return step && other && step !== other ? c({ type: 'flow.add', stateId: state!.id, flow: { id, lineage: id, from: step.id, to: other.id } }) : undefined
    case 7: {
      const flow = state && pick(state.flows, n >> 2)
      return flow && c({ type: 'flow.remove', stateId: state!.id, flowIds: [flow.id] })
    }
    case 8:
      return state && c({ type: 'role.add', role: { id, name: `Role ${id}` }, stateId: state.id, laneIndex: n % 3 })
    case 9:
      return role && c({ type: 'role.remove', roleId: role.id })
    case 10: {
      const lane = state && pick(state.lanes, n >> 4)
      return lane === undefined ? undefined : c({ type: 'lane.remove', stateId: state!.id, roleId: lane, moveStepsTo: null })
    }
    case 11: {
      const lane = state && pick(state.lanes, n >> 4)
      return lane === undefined ? undefined : c({ type: 'lane.reorder', stateId: state!.id, roleId: lane, index: n % 4 })
    }
    case 12:
      return state && p.states.length < 4 ? c({ type: 'state.derive', sourceId: state.id, stateId: id, phase: 'future', name: `Future ${id}` }) : undefined
    case 13:
      return state && c({ type: 'state.remove', stateId: state.id })
    case 14: {
      const system = pick(p.systems, n)
      if (!system || !step) return c({ type: 'system.add', system: { id, name: `System ${id}` } })
      return n % 2 ? c({ type: 'system.remove', systemId: system.id }) : c({ type: 'step.update', stateId: state!.id, stepId: step.id, changes: { systemIds: [system.id], records: p.dataItems[0] ? [{ dataItemId: p.dataItems[0].id, systemId: system.id, entry: 'manual' }] : [] } })
    }
    case 15: {
      const item = pick(p.dataItems, n)
      return !item || n % 2 ? c({ type: 'dataItem.add', dataItem: { id, name: `Item ${id}` } }) : c({ type: 'dataItem.remove', dataItemId: item.id })
    }
    case 16: {
      const later = pick(p.states, n + 1)
      const there = later && later !== state ? pick(later.steps, n >> 5) : undefined
      return step && there ? c({ type: 'match.link', id, beforeStepId: step.id, afterStepId: there.id }) : undefined
    }
    case 17: {
      const lineage = step?.lineage
      return lineage ? c({ type: 'comment.add', comment: { id, anchor: { kind: 'step', lineage, stateId: state!.id }, author: 'Ana', createdAt: AT, text: `Comment ${id}`, replies: [] } }) : undefined
    }
    case 18: {
      const comment = pick(p.comments ?? [], n)
      return comment && c({ type: 'comment.reply', commentId: comment.id, reply: { author: `Person ${n % 3}`, at: AT, text: `Reply ${id}` } })
    }
    default:
      return n % 2 ? { undo: true } : { redo: true }
  }
}
