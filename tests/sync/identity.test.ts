import { describe, expect, it } from 'vitest'
import { loadProject } from '../helpers/fixtures'
import { projectOf, replicas, syncAll } from './helpers'

describe('a colleague’s edit rebuilds only what it touched', () => {
  it('keeps the identity of every untouched role, state, step and flow', () => {
    const [a, b] = replicas(loadProject(), 2)
    a!.store.getState().dispatch({ type: 'state.derive', sourceId: 'st_cur', stateId: 'st_fut', phase: 'future', name: 'Future' })
    syncAll([a!, b!])
    const before = projectOf(b!)

    // given B's project, when A renames one step of the current state
    a!.store.getState().dispatch({ type: 'step.update', stateId: 'st_cur', stepId: 's_pack', changes: { label: 'Pack and count' } })
    syncAll([a!, b!])

    // then B has a new project, a new current state and a new step object for s_pack only
    const after = projectOf(b!)
    expect(after).not.toBe(before)
    const [cur, fut] = after.states
    expect(cur!.steps.find((s) => s.id === 's_pack')!.label).toBe('Pack and count')
    expect(cur).not.toBe(before.states[0])
    expect(fut).toBe(before.states[1])
    expect(after.roles).toBe(before.roles)
    expect(after.systems).toBe(before.systems)
    expect(after.dataItems).toBe(before.dataItems)
    for (const [i, step] of cur!.steps.entries()) {
      if (step.id === 's_pack') expect(step).not.toBe(before.states[0]!.steps[i])
      else expect(step).toBe(before.states[0]!.steps[i])
    }
    expect(cur!.flows).toBe(before.states[0]!.flows)
    expect(cur!.lanes).toBe(before.states[0]!.lanes)
  })

  it('keeps my own edited objects when a colleague then edits elsewhere', () => {
    const [a, b] = replicas(loadProject(), 2)
    a!.store.getState().dispatch({ type: 'step.update', stateId: 'st_cur', stepId: 's_pack', changes: { label: 'Mine' } })
    const mine = projectOf(a!).states[0]!.steps[1]!
    b!.store.getState().dispatch({ type: 'role.rename', roleId: 'r_or', name: 'Scrub nurse' })
    syncAll([a!, b!])
    expect(projectOf(a!).roles[0]!.name).toBe('Scrub nurse')
    expect(projectOf(a!).states[0]!.steps[1]).toBe(mine)
  })
})
