import { describe, expect, it } from 'vitest'
import { diffCurrentFuture, diffFixture, ids, withFuture } from './helpers'

// Rule 7: who must adapt.
const project = diffFixture('metrics.rework-loop')

describe('role impact', () => {
  it('tells each role what changes for it, roles ordered by name', () => {
    // given the inspection moved from the QA lead to the SPD technician
    const r = diffCurrentFuture(project)
    expect(r.roles.map((x) => x.role)).toEqual(['QA lead', 'SPD technician'])
    const [qa, spd] = r.roles
    expect(qa).toMatchObject({ diffId: 'role:QA lead', roleId: 'r_qa', stepsAdded: [], stepsRemoved: [], stepsChanged: [], reassignedIn: [] })
    // the old role sees the step as it is now: done by the SPD technician
    expect(qa!.reassignedOut).toEqual([{ id: 'f_insp', label: 'Tray complete?', kind: 'decision', role: 'SPD technician', roleId: 'r_spd' }])
    // the new role sees it as it was: done by the QA lead
    expect(spd!.reassignedIn).toEqual([{ id: 'c_insp', label: 'Tray complete?', kind: 'decision', role: 'QA lead', roleId: 'r_qa' }])
    expect(ids(spd!.stepsChanged)).toEqual(['f_asm', 'f_wait'])
    // in reading order: the rework branch (cf_4) sits left of wrapping (cf_3)
    expect(qa!.handoffsLost.map((h) => h.flowId)).toEqual(['cf_2', 'cf_4', 'cf_3'])
    expect(spd!.handoffsLost.map((h) => h.flowId)).toEqual(['cf_2', 'cf_4', 'cf_3'])
    expect(spd!.handoffsGained).toEqual([])
  })

  it('lists added and removed steps under their roles and leaves out roles without changes', () => {
    const p = withFuture(project, (f) => {
      f.steps.find((s) => s.id === 'f_insp')!.roleId = 'r_qa'
      f.steps.find((s) => s.id === 'f_asm')!.touchMinutes = 10
      f.steps.find((s) => s.id === 'f_wait')!.waitMinutes = 45
      f.steps.push({ id: 'f_scan', lineage: 'l_scan', kind: 'task', label: 'Scan tray', roleId: 'r_spd', systemIds: [], records: [], position: { x: 700, y: 40 } })
    })
    const r = diffCurrentFuture(p)
    expect(r.roles.map((x) => x.role)).toEqual(['SPD technician'])
    expect(ids(r.roles[0]!.stepsAdded)).toEqual(['f_scan'])
  })

  it('is empty when nothing changes', () => {
    const r = diffCurrentFuture(project, { overrides: [] })
    expect(r.roles.length).toBeGreaterThan(0)
    const same = structuredClone(project)
    same.states[1] = { ...structuredClone(same.states[0]!), id: 'st_fut' }
    expect(diffCurrentFuture(same).roles).toEqual([])
  })
})
