import { describe, expect, it } from 'vitest'
import { createDataItem, createRole, createSystem } from '../../../src/domain/model'
import { loadProject } from '../../helpers/fixtures'
import { executeUndoRedo, refuses } from '../../helpers/undoRedo'

const p = loadProject()
const stepOf = (proj: typeof p, id: string) => proj.states[0]!.steps.find((s) => s.id === id)!

describe('project.rename', () => {
  it('renames, undoes and redoes', () => {
    executeUndoRedo(p, { type: 'project.rename', name: '  Tray return  ' }, (after) => expect(after.name).toBe('Tray return'))
  })
  it('refuses an empty name', () => {
    expect(refuses(p, { type: 'project.rename', name: ' ' })).toBe('a project needs a name')
  })
})

describe('role.add / role.rename / role.remove', () => {
  it('adds a role with a lane in a state', () => {
    const role = createRole('Anaesthetist')
    executeUndoRedo(p, { type: 'role.add', role, stateId: 'st_cur', laneIndex: 1 }, (after) => {
      expect(after.roles.at(-1)).toEqual(role)
      expect(after.states[0]!.lanes).toEqual(['r_or', role.id, 'r_spd'])
    })
  })
  it('renames a role and its colour', () => {
    executeUndoRedo(p, { type: 'role.rename', roleId: 'r_spd', name: 'Sterile processing tech', color: '#000000' }, (after) =>
      expect(after.roles[1]).toEqual({ id: 'r_spd', name: 'Sterile processing tech', color: '#000000' }),
    )
  })
  it('removes a role, moving its steps to another role', () => {
    executeUndoRedo(p, { type: 'role.remove', roleId: 'r_spd', reassignTo: 'r_or' }, (after) => {
      expect(after.roles.map((r) => r.id)).toEqual(['r_or'])
      expect(after.states[0]!.lanes).toEqual(['r_or'])
      expect(stepOf(after, 's_recv').roleId).toBe('r_or')
    })
  })
  it('removes a role, leaving its steps unassigned', () => {
    executeUndoRedo(p, { type: 'role.remove', roleId: 'r_or' }, (after) => {
      expect(after.states[0]!.lanes).toEqual(['r_spd'])
      expect(stepOf(after, 's_pack').roleId).toBeUndefined()
    })
  })
})

describe('system.add / system.rename / system.remove', () => {
  it('adds a system', () => {
    const system = createSystem('EHR')
    executeUndoRedo(p, { type: 'system.add', system }, (after) => expect(after.systems.at(-1)).toEqual(system))
  })
  it('renames a system', () => {
    executeUndoRedo(p, { type: 'system.rename', systemId: 'sys_paper', name: 'Paper tray log' }, (after) =>
      expect(after.systems[0]!.name).toBe('Paper tray log'),
    )
  })
  it('removes a system from steps and records, keeping the records', () => {
    executeUndoRedo(p, { type: 'system.remove', systemId: 'sys_paper' }, (after) => {
      expect(after.systems.map((s) => s.id)).toEqual(['sys_trace'])
      expect(stepOf(after, 's_pack').systemIds).toEqual([])
      expect(stepOf(after, 's_pack').records).toEqual([{ dataItemId: 'd_tray', entry: 'manual' }])
    })
  })
})

describe('dataItem.add / dataItem.rename / dataItem.remove', () => {
  it('adds a data item', () => {
    const dataItem = createDataItem('Load number')
    executeUndoRedo(p, { type: 'dataItem.add', dataItem }, (after) => expect(after.dataItems.at(-1)).toEqual(dataItem))
  })
  it('renames a data item', () => {
    executeUndoRedo(p, { type: 'dataItem.rename', dataItemId: 'd_tray', name: 'Tray barcode' }, (after) =>
      expect(after.dataItems[0]!.name).toBe('Tray barcode'),
    )
  })
  it('removes a data item and its records', () => {
    executeUndoRedo(p, { type: 'dataItem.remove', dataItemId: 'd_tray' }, (after) => {
      expect(after.dataItems).toEqual([])
      expect(stepOf(after, 's_recv').records).toEqual([])
    })
  })
})
