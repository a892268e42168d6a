import { describe, expect, it } from 'vitest'
import type { Step, WorkflowState } from '../../../src/domain/model'
import { diffCurrentFuture, diffFixture, ids, withFuture } from './helpers'

// Rule 2: added, removed, changed with the changed fields; a role change is a reassignment.
const project = diffFixture('duplicates.interface')
const step = (f: WorkflowState, id: string): Step => f.steps.find((s) => s.id === id)!
const changedOf = (p: typeof project, beforeId: string) => diffCurrentFuture(p).steps.changed.find((c) => c.before.id === beforeId)

describe('steps added, removed and changed', () => {
  it('lists the fields that changed', () => {
    // given records moved from the paper log into the traceability system
    const r = diffCurrentFuture(project)
    expect(r.steps.changed.map((c) => [c.before.id, c.fields])).toEqual([
      ['c_pack', ['systems', 'records']],
      ['c_recv', ['systems', 'records']],
      ['c_cycle', ['records']],
      ['c_release', ['records']],
    ])
    expect(r.summary).toMatchObject({ stepsAdded: 0, stepsRemoved: 0, stepsChanged: 4 })
  })

  it('reports a role change as a reassignment, with the role names', () => {
    const p = withFuture(project, (f) => (step(f, 'f_recv').roleId = 'r_or'))
    const c = changedOf(p, 'c_recv')!
    expect(c.fields).toContain('role')
    expect(c.reassigned).toEqual({ from: 'SPD technician', to: 'OR nurse' })
    expect(c.after).toMatchObject({ id: 'f_recv', role: 'OR nurse', roleId: 'r_or' })
  })

  it('does not call a step reassigned when only other fields changed', () => {
    expect(changedOf(project, 'c_pack')!.reassigned).toBeUndefined()
  })

  it('ignores whitespace and line-ending changes in labels, but not other edits', () => {
    const folded = withFuture(project, (f) => (step(f, 'f_log').label = '  Log\r\nload '))
    expect(changedOf(folded, 'c_log')).toBeUndefined()
    const edited = withFuture(project, (f) => (step(f, 'f_log').label = 'Log Load'))
    expect(changedOf(edited, 'c_log')!.fields).toEqual(['label'])
  })

  it('compares systems and records as sets, so their order does not matter', () => {
    const p = withFuture(project, (f) => {
      step(f, 'f_log').systemIds.reverse()
      step(f, 'f_log').records.reverse()
    })
    expect(changedOf(p, 'c_log')).toBeUndefined()
  })

  it('sees a record whose entry changed from manual to automatic', () => {
    const p = withFuture(project, (f) => (step(f, 'f_log').records[0]!.entry = 'automatic'))
    expect(changedOf(p, 'c_log')!.fields).toEqual(['records'])
  })

  it('compares touch and wait times, an unset time reading as 0', () => {
    const p = withFuture(project, (f) => {
      step(f, 'f_log').touchMinutes = 4
      step(f, 'f_log').waitMinutes = 10
      step(f, 'f_recv').touchMinutes = 0
    })
    expect(changedOf(p, 'c_log')!.fields).toEqual(['touchMinutes', 'waitMinutes'])
    expect(changedOf(p, 'c_recv')!.fields).toEqual(['systems', 'records'])
  })

  it('reports a kind change', () => {
    const p = withFuture(project, (f) => (step(f, 'f_log').kind = 'subprocess'))
    expect(changedOf(p, 'c_log')!.fields).toEqual(['kind'])
  })

  it('lists added and removed steps with their role names', () => {
    const p = withFuture(project, (f) => {
      f.steps = f.steps.filter((s) => s.id !== 'f_cycle')
      f.flows = f.flows.filter((x) => x.from !== 'f_cycle' && x.to !== 'f_cycle')
      f.steps.push({ id: 'f_scan', lineage: 'l_scan', kind: 'task', label: 'Scan load sheet', roleId: 'r_spd', systemIds: [], records: [], position: { x: 700, y: 40 } })
    })
    const r = diffCurrentFuture(p)
    expect(r.steps.added).toEqual([{ diffId: 'step-added:f_scan', id: 'f_scan', label: 'Scan load sheet', kind: 'task', role: 'SPD technician', roleId: 'r_spd' }])
    expect(r.steps.removed).toEqual([{ diffId: 'step-removed:c_cycle', id: 'c_cycle', label: 'Start cycle', kind: 'task', role: 'SPD technician', roleId: 'r_spd' }])
    expect(ids(r.steps.changed.map((c) => c.after))).not.toContain('f_scan')
  })
})
