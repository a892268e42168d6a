// Adding a BPMN file to the open project as a new state: one undo step, catalogue entries
// shared by name, the state placed among the others by its phase.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { createProject, createState, type Project } from '../../../src/domain/model'
import { resetStore, useStore } from '../../../src/store'
import { bpmnImporter } from '../../../src/ui/bpmn/bpmnImporter'
import { bpmnStateImport, insertionIndex, suggestedPhase, suggestedStateName } from '../../../src/ui/bpmn/importState'

const fixture = (name: string) => readFileSync(join(process.cwd(), 'tests/fixtures/bpmn', name), 'utf8')

function projectWith(...phases: ('current' | 'transition' | 'future')[]): Project {
  const p = createProject('Sterile processing')
  p.roles.push({ id: 'r_wash', name: 'washer operator' })
  for (const phase of phases) p.states.push(createState(phase))
  return p
}

describe('adding a BPMN state to the open project', () => {
  beforeEach(() => resetStore())

  it('suggests the phase the project lacks and places the state by its phase', () => {
    expect(suggestedPhase(projectWith().states)).toBe('current')
    expect(suggestedPhase(projectWith('current').states)).toBe('future')
    expect(suggestedPhase(projectWith('current', 'future').states)).toBe('transition')
    const states = projectWith('current', 'transition', 'future').states
    expect(insertionIndex(states, 'current')).toBe(1)
    expect(insertionIndex(states, 'transition')).toBe(2)
    expect(insertionIndex(states, 'future')).toBe(3)
  })

  it('names the new state after its phase and what the file calls it, never after a phase alone, and never like a state the project has', () => {
    const states = projectWith('current', 'future').states
    // A file flowstate exported names its process after the state: "Current state" says nothing about it.
    expect(suggestedStateName(states, 'transition', 'Current state', 'tray-tracking.bpmn')).toBe('Transition state: tray-tracking')
    expect(suggestedStateName(states, 'transition', 'Current state: paper logs', 'x.bpmn')).toBe('Transition state: paper logs')
    expect(suggestedStateName(states, 'future', 'Medication order', 'orders.bpmn.xml')).toBe('Future state: Medication order')
    expect(suggestedStateName(states, 'current', '', 'Current state.bpmn')).toBe('Current state 2')
    const taken = [...states, { ...createState('transition'), name: 'Transition state: tray-tracking' }]
    expect(suggestedStateName(taken, 'transition', 'tray-tracking', 'tray-tracking.bpmn')).toBe('Transition state: tray-tracking 2')
  })

  it('adds the state, its new roles and data in one undo step, reusing a role of the same name', () => {
    // given an open project with a current and a future state and a role "washer operator"
    useStore.getState().openProject(projectWith('current', 'future'))
    const project = useStore.getState().project!
    // when a BPMN file is added as a transition state
    const result = bpmnStateImport(project, fixture('lanes.nested.bpmn'), 'lanes.nested.bpmn', 'transition', 'Phase 1')
    if (!result.ok) throw new Error(result.error)
    expect(useStore.getState().dispatchAll('Import lanes.nested.bpmn', result.commands)).toBe(true)
    // then it sits between current and future, and its lane "Washer operator" is the existing role
    const after = useStore.getState().project!
    expect(after.states.map((s) => `${s.phase}:${s.name}`)).toEqual(['current:Current state', 'transition:Phase 1', 'future:Future state'])
    expect(after.states[1]!.lanes[0]).toBe('r_wash')
    expect(after.roles.map((r) => r.name)).toEqual(['washer operator', 'Decontamination', 'Assembly'])
    // and one undo takes all of it back
    useStore.getState().undo()
    expect(useStore.getState().project).toEqual(project)
  })

  it('reads a .bpmn file as a new project named after its process', async () => {
    const result = await bpmnImporter.read(new TextEncoder().encode(fixture('pools.collaboration.bpmn')), 'pools.collaboration.bpmn')
    if (!result.ok) throw new Error(result.error)
    expect(result.project.name).toBe('Medication order')
    expect(result.project.states.map((s) => s.phase)).toEqual(['current'])
    expect(result.warnings).toHaveLength(1)
  })
})
