import { describe, expect, it } from 'vitest'
import { applyCommand, type Command } from '../../src/domain/commands'
import { createRole, deriveState, type Project } from '../../src/domain/model'
import { computeWrites } from '../../src/persistence'
import { loadProject } from '../helpers/fixtures'

/** The rows and project fields one command writes, as "put:kind:id" / "delete:kind:id" / "update:state:id". */
function writesOf(project: Project, command: Command) {
  const { project: after, patches } = applyCommand(project, command)
  const ws = computeWrites(project, after, patches)
  const rows = [...ws.rows.values()].map((w) => (w.op === 'put' ? `put:${w.row.kind}:${w.row.id}` : `${w.op}:${w.kind}:${w.id}`)).sort()
  return { rows, header: ws.header }
}

describe('which rows an edit writes', () => {
  const project = loadProject()
  const state = project.states[0]!

  it('adding a role writes the role and the order of roles, and the lane in the state header', () => {
    const role = createRole('Courier')
    const { rows, header } = writesOf(project, { type: 'role.add', role, stateId: state.id })
    expect(rows).toEqual([`put:role:${role.id}`, `update:state:${state.id}`])
    expect(header).toEqual({ roleIds: [...project.roles.map((r) => r.id), role.id] })
  })

  it('adding a derived state writes its header, steps and flows, the order of states and the counts', () => {
    const copy = deriveState(state, 'future')
    const { rows, header } = writesOf(project, { type: 'state.add', state: copy })
    expect(rows).toHaveLength(1 + copy.steps.length + copy.flows.length)
    expect(header.stateIds).toEqual([...project.states.map((s) => s.id), copy.id])
    expect(header.stats?.states).toBe(project.states.length + 1)
  })

  it('removing a state deletes its header, steps and flows', () => {
    const three = loadProject('shell/import.three-states.flowstate.json')
    const victim = three.states[2]!
    const { rows, header } = writesOf(three, { type: 'state.remove', stateId: victim.id })
    expect(rows.every((r) => r.startsWith('delete:'))).toBe(true)
    expect(rows).toHaveLength(1 + victim.steps.length + victim.flows.length)
    expect(header.stateIds).toEqual(three.states.slice(0, 2).map((s) => s.id))
  })

  it('moving a step writes only that step', () => {
    const step = state.steps[1]!
    const { rows, header } = writesOf(project, { type: 'step.move', stateId: state.id, moves: [{ stepId: step.id, position: { x: 999, y: 10 } }] })
    expect(rows).toEqual([`put:step:${step.id}`])
    expect(header).toEqual({})
  })

  it('removing a flow deletes the flow and writes the order of flows', () => {
    const flow = state.flows[0]!
    const { rows } = writesOf(project, { type: 'flow.remove', stateId: state.id, flowIds: [flow.id] })
    expect(rows).toEqual([`delete:flow:${flow.id}`, `update:state:${state.id}`].sort())
  })
})
