import { describe, expect, it } from 'vitest'
import { createFlow, createStep } from '../../../src/domain/model'
import { loadProject } from '../../helpers/fixtures'
import { executeUndoRedo, refuses } from '../../helpers/undoRedo'

const p = loadProject()
const steps = (proj: typeof p) => proj.states[0]!.steps
const stepOf = (proj: typeof p, id: string) => steps(proj).find((s) => s.id === id)!

describe('step.add', () => {
  it('adds a step in a lane', () => {
    const step = createStep({ label: 'Scan tray barcode', roleId: 'r_spd', position: { x: 500, y: 40 } })
    executeUndoRedo(p, { type: 'step.add', stateId: 'st_cur', step }, (after) => expect(steps(after).at(-1)).toEqual(step))
  })
  it('refuses a role that does not exist', () => {
    expect(refuses(p, { type: 'step.add', stateId: 'st_cur', step: createStep({ roleId: 'r_ghost' }) })).toBe('no role "r_ghost"')
  })
})

describe('step.update', () => {
  it('changes label, systems and times; undefined clears an optional field', () => {
    executeUndoRedo(
      p,
      { type: 'step.update', stateId: 'st_cur', stepId: 's_recv', changes: { label: 'Receive and scan tray', systemIds: ['sys_trace'], waitMinutes: undefined, value: 'necessary' } },
      (after) => {
        const s = stepOf(after, 's_recv')
        expect(s).toMatchObject({ label: 'Receive and scan tray', systemIds: ['sys_trace'], value: 'necessary', touchMinutes: 3 })
        expect('waitMinutes' in s).toBe(false)
      },
    )
  })
  it('refuses to clear a required field', () => {
    expect(refuses(p, { type: 'step.update', stateId: 'st_cur', stepId: 's_recv', changes: { label: undefined } })).toBe('label cannot be cleared')
  })
})

describe('step.move', () => {
  it('moves a step; into another lane it is reassigned', () => {
    executeUndoRedo(p, { type: 'step.move', stateId: 'st_cur', moves: [{ stepId: 's_pack', position: { x: 220, y: 60 }, roleId: 'r_spd' }] }, (after) =>
      expect(stepOf(after, 's_pack')).toMatchObject({ position: { x: 220, y: 60 }, roleId: 'r_spd' }),
    )
  })
})

describe('step.remove', () => {
  it('removes steps with their flows', () => {
    executeUndoRedo(p, { type: 'step.remove', stateId: 'st_cur', stepIds: ['s_recv'] }, (after) => {
      expect(steps(after).map((s) => s.id)).toEqual(['s_start', 's_pack', 's_end'])
      expect(after.states[0]!.flows.map((f) => f.id)).toEqual(['f_1'])
    })
  })
})

describe('flow.add / flow.remove', () => {
  it('connects two steps', () => {
    const flow = createFlow('s_recv', 's_pack', { label: 'tray incomplete' })
    executeUndoRedo(p, { type: 'flow.add', stateId: 'st_cur', flow }, (after) => expect(after.states[0]!.flows.at(-1)).toEqual(flow))
  })
  it('refuses a flow to a step of another state', () => {
    expect(refuses(p, { type: 'flow.add', stateId: 'st_cur', flow: createFlow('s_pack', 's_elsewhere') })).toMatch(/no step "s_elsewhere"/)
  })
  it('removes a flow', () => {
    executeUndoRedo(p, { type: 'flow.remove', stateId: 'st_cur', flowIds: ['f_2'] }, (after) =>
      expect(after.states[0]!.flows.map((f) => f.id)).toEqual(['f_1', 'f_3']),
    )
  })
})
