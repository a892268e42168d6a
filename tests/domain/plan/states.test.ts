import { describe, expect, it } from 'vitest'
import type { Project, WorkflowState } from '../../../src/domain/model'
import { defaultPlanStates, findState, planStateChain } from '../../../src/domain/plan'
import { sterileTwoPhase } from './planFixtures'

/** The fixture with a second transition state, listed after the future state in the file. */
function withSecondTransition(): Project {
  const { project } = sterileTwoPhase()
  const t2: WorkflowState = { ...structuredClone(project.states[1]!), id: 'st_t2', name: 'Paper log retired', steps: [], flows: [] }
  return { ...project, states: [...project.states, t2] }
}
const names = (r: ReturnType<typeof planStateChain>) => (r.ok ? r.states.map((s) => s.name) : r.error)

describe('which states a plan walks through', () => {
  it('defaults to the first current and the last future state', () => {
    const { from, to } = defaultPlanStates(withSecondTransition())
    expect([from?.id, to?.id]).toEqual(['st_cur', 'st_fut'])
  })

  it('given current to future, then every transition state is a phase, in project order', () => {
    expect(names(planStateChain(withSecondTransition(), { from: 'st_cur', to: 'st_fut' }))).toEqual([
      'Current state',
      'Barcode scanning alongside the paper log',
      'Paper log retired',
      'Future state',
    ])
  })

  it('given two other states, then only the transition states between them in the file are phases', () => {
    const project = withSecondTransition()
    // The future state sits between them in the file but is not a transition state.
    expect(names(planStateChain(project, { from: 'st_t1', to: 'st_t2' }))).toEqual(['Barcode scanning alongside the paper log', 'Paper log retired'])
    expect(names(planStateChain(project, { from: 'st_cur', to: 'st_t1' }))).toEqual(['Current state', 'Barcode scanning alongside the paper log'])
  })

  it('follows an explicit list of transition states', () => {
    expect(names(planStateChain(withSecondTransition(), { from: 'st_cur', to: 'st_fut', via: ['st_t2', 'st_t1'] }))).toEqual([
      'Current state',
      'Paper log retired',
      'Barcode scanning alongside the paper log',
      'Future state',
    ])
  })

  it('refuses unknown and identical states with a sentence', () => {
    const project = withSecondTransition()
    expect(names(planStateChain(project, { from: 'st_nope', to: 'st_fut' }))).toBe('no state "st_nope" in the project')
    expect(names(planStateChain(project, { from: 'st_fut', to: 'st_fut' }))).toBe('a plan needs two different states ("Future state" twice)')
  })

  it('finds a state by id or by name', () => {
    const project = withSecondTransition()
    expect(findState(project, 'st_t2')?.name).toBe('Paper log retired')
    expect(findState(project, '  paper LOG retired ')?.id).toBe('st_t2')
    expect(findState(project, 'Nothing')).toBeUndefined()
  })
})
