import { describe, expect, it } from 'vitest'
import { preparePaste, type StepClip } from '../../../src/domain/commands'
import type { Project } from '../../../src/domain/model'
import { loadProject } from '../../helpers/fixtures'
import { executeUndoRedo, refuses } from '../../helpers/undoRedo'

const p = loadProject('editor/editor.two-states.flowstate.json')
const current = (proj: Project) => proj.states[0]!
const future = (proj: Project) => proj.states[1]!

/** Copy "Carry tray to SPD" and "Tray waits at dock" with the flow between them, and the flow in from outside. */
const clip: StepClip = {
  steps: current(p).steps.filter((s) => s.id === 's_carry' || s.id === 's_wait'),
  flows: current(p).flows.filter((f) => f.id === 'f_2' || f.id === 'f_3'),
}

describe('step.paste', () => {
  it('given two copied steps, when pasted into the same state, then they are new steps with their own ids and lineage, shifted, with the flow between them', () => {
    const copies = preparePaste(p, clip, { x: 40, y: 40 })
    executeUndoRedo(p, { type: 'step.paste', stateId: 'st_cur', ...copies }, (after) => {
      const pasted = current(after).steps.slice(-2)
      expect(pasted.map((s) => s.label)).toEqual(['Carry tray to SPD', 'Tray waits at dock'])
      for (const s of pasted) {
        expect(['s_carry', 's_wait']).not.toContain(s.id)
        expect(s.lineage).toBe(s.id)
      }
      expect(pasted[0]!.position).toEqual({ x: 440, y: 80 })
      const flows = current(after).flows.slice(-1)
      expect(flows).toHaveLength(1)
      expect(flows[0]).toMatchObject({ from: pasted[0]!.id, to: pasted[1]!.id })
      expect(flows[0]!.lineage).toBe(flows[0]!.id)
    })
  })
  it('given copied steps whose role has no lane in the future state, when pasted there, then the lane is added', () => {
    const copies = preparePaste(p, clip, { x: 0, y: 0 })
    executeUndoRedo(p, { type: 'step.paste', stateId: 'st_fut', ...copies }, (after) => {
      expect(future(after).lanes).toEqual(['r_or', 'r_spd', 'r_porter'])
      expect(future(after).steps.slice(-2).map((s) => s.roleId)).toEqual(['r_porter', 'r_porter'])
    })
  })
  it('drops references to catalogue entries the project no longer has', () => {
    const pack = current(p).steps.find((s) => s.id === 's_pack')!
    const trimmed: Project = { ...p, systems: p.systems.filter((s) => s.id !== 'sys_paper'), dataItems: p.dataItems.filter((d) => d.id !== 'd_count') }
    const [copy] = preparePaste(trimmed, { steps: [pack], flows: [] }, { x: 0, y: 0 }).steps
    expect(copy!.systemIds).toEqual([])
    expect(copy!.records).toEqual([{ dataItemId: 'd_tray', entry: 'manual' }])
  })
  it('refuses a paste that reuses an id', () => {
    expect(refuses(p, { type: 'step.paste', stateId: 'st_cur', steps: clip.steps, flows: [] })).toBe('id "s_carry" is already used')
  })
  it('refuses a flow to a step that was not pasted', () => {
    const copies = preparePaste(p, clip, { x: 0, y: 0 })
    const stray = { ...copies.flows[0]!, to: 's_end' }
    expect(refuses(p, { type: 'step.paste', stateId: 'st_cur', steps: copies.steps, flows: [stray] })).toBe('a pasted flow must connect two pasted steps')
  })
})
