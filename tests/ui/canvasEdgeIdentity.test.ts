import { describe, expect, it } from 'vitest'
import { applyCommand } from '../../src/domain/commands'
import { buildElements, ElementCache, type ElementsInput } from '../../src/ui/canvas/elements'
import { trayReturn } from './compare/helpers'

// React Flow re-indexes every edge whenever it is handed a new edges array: on a 5,000-step map
// that cost more than a frame per typed label. The canvas hands it the same array while no edge changed.
describe('the canvas edges while a map is edited', () => {
  const input = (project: ReturnType<typeof trayReturn>): ElementsInput => ({
    state: project.states[0]!,
    roles: project.roles,
    systems: project.systems,
    dataItems: project.dataItems,
    selection: new Set(),
    selectedFlows: new Set(),
    editing: null,
  })

  it('given a drawn state, when a step is relabelled, then the edges are the very same array, and its node is new', () => {
    const project = trayReturn()
    const cache = new ElementCache()
    const first = buildElements(input(project), cache)
    const step = project.states[0]!.steps.find((s) => project.states[0]!.flows.some((f) => f.from === s.id))!
    const edited = applyCommand(project, { type: 'step.update', stateId: project.states[0]!.id, stepId: step.id, changes: { label: 'Relabelled' } }).project
    const second = buildElements(input(edited), cache)
    expect(second.edges).toBe(first.edges)
    expect(second.nodes.find((n) => n.id === step.id)).not.toBe(first.nodes.find((n) => n.id === step.id))
  })

  it('given a drawn state, when a flow is selected or a step moves behind its successor, then the edges are a new array with the changed edge', () => {
    const project = trayReturn()
    const cache = new ElementCache()
    const first = buildElements(input(project), cache)
    const flow = project.states[0]!.flows[0]!
    const selected = buildElements({ ...input(project), selectedFlows: new Set([flow.id]) }, cache)
    expect(selected.edges).not.toBe(first.edges)
    expect(selected.edges.find((e) => e.id === flow.id)?.selected).toBe(true)
    // a step moved to the left of the step before it makes that flow a loop drawn above them
    const target = project.states[0]!.steps.find((s) => s.id === flow.to)!
    const moved = applyCommand(project, { type: 'step.move', stateId: project.states[0]!.id, moves: [{ stepId: target.id, position: { x: -400, y: target.position.y } }] }).project
    const after = buildElements({ ...input(moved), selectedFlows: new Set([flow.id]) }, cache)
    expect(after.edges).not.toBe(selected.edges)
    expect(after.edges.find((e) => e.id === flow.id)?.data).toHaveProperty('loopY')
  })
})
