import { describe, expect, it } from 'vitest'
import { diffCurrentFuture, diffFixture, withFuture } from './helpers'

// Rule 5: duplicate documentation, manual records only; introduced, resolved, persisting by data item.
const project = diffFixture('duplicates.interface')
const items = (ds: readonly { item: string }[]) => ds.map((d) => d.item)

describe('duplicate documentation', () => {
  it('finds an item documented by hand by two steps', () => {
    const r = diffCurrentFuture(project)
    const tray = r.duplicates.before.find((d) => d.item === 'Tray ID')!
    expect(tray.records.map((x) => [x.stepLabel, x.system])).toEqual([
      ['Pack tray', 'Paper log'],
      ['Receive tray', 'Paper log'],
    ])
    expect(tray.systems).toEqual(['Paper log'])
    expect(tray.diffId).toBe('duplicate:d_tray')
  })

  it('finds an item documented by one step into two systems', () => {
    const r = diffCurrentFuture(project)
    const load = r.duplicates.before.find((d) => d.item === 'Load contents')!
    expect(load.records.map((x) => x.stepId)).toEqual(['c_log', 'c_log'])
    expect(load.systems).toEqual(['Paper log', 'Traceability system'])
  })

  it('never counts automatic records: an interface removes a duplicate', () => {
    // given "Sterilizer cycle" recorded automatically by two steps in the current state
    const r = diffCurrentFuture(project)
    expect(items(r.duplicates.before)).toEqual(['Load contents', 'Tray ID'])
    // and the receiving step's tray record becoming automatic in the future state
    expect(items(r.duplicates.resolved)).toEqual(['Tray ID'])
  })

  it('compares states by data item: introduced, resolved, persisting', () => {
    const r = diffCurrentFuture(project)
    expect(items(r.duplicates.introduced)).toEqual(['Sterilizer cycle'])
    expect(items(r.duplicates.resolved)).toEqual(['Tray ID'])
    expect(items(r.duplicates.persisting)).toEqual(['Load contents'])
    expect(r.duplicates.introduced[0]!.diffId).toBe('duplicate-introduced:d_cycle')
    expect(r.duplicates.resolved[0]!.diffId).toBe('duplicate-resolved:d_tray')
    expect(r.duplicates.persisting[0]!.diffId).toBe('duplicate-persisting:d_load')
    // resolved ones show the records of the before state, the others those of the after state
    expect(r.duplicates.resolved[0]!.records[0]!.stepId).toBe('c_pack')
    expect(r.duplicates.introduced[0]!.records.map((x) => x.stepId)).toEqual(['f_cycle', 'f_release'])
    expect(r.summary).toMatchObject({ duplicatesBefore: 2, duplicatesAfter: 2, duplicatesIntroduced: 1, duplicatesResolved: 1 })
  })

  it('does not count one manual record written twice on one step', () => {
    const p = withFuture(project, (f) => {
      const pack = f.steps.find((s) => s.id === 'f_pack')!
      pack.records.push({ dataItemId: 'd_patient', systemId: 'sys_ehr', entry: 'manual' })
    })
    expect(items(diffCurrentFuture(p).duplicates.after)).not.toContain('Patient ID')
  })

  it('counts a record into no system as a place of its own', () => {
    const p = withFuture(project, (f) => f.steps.find((s) => s.id === 'f_pack')!.records.push({ dataItemId: 'd_patient', entry: 'manual' }))
    const patient = diffCurrentFuture(p).duplicates.introduced.find((d) => d.item === 'Patient ID')!
    expect(patient.systems).toEqual(['EHR', null])
  })
})
