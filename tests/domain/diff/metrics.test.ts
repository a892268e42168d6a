import { describe, expect, it } from 'vitest'
import { diffCurrentFuture, diffFixture, withFuture } from './helpers'

// Rule 6: metrics per state and their delta; lead time with rework loops ignored.
const project = diffFixture('metrics.rework-loop')

describe('metrics', () => {
  it('counts each state', () => {
    // given tray assembly with a QA inspection, a rework loop and a wait for the sterilizer
    const r = diffCurrentFuture(project)
    expect(r.metrics.before).toEqual({
      steps: 7,
      decisions: 1,
      waits: 1,
      handoffs: 3, // SPD → QA into the inspection, QA → SPD on both of its branches
      manualRecords: 1,
      duplicates: 0,
      roles: 2,
      systems: 1,
      touchMinutes: 32,
      waitMinutes: 95,
      leadTimeMinutes: 92, // 10 assemble + 2 inspect + 5+30 wrap + 45 wait; the rework loop ignored
    })
  })

  it('gives the delta after − before', () => {
    // given the inspection moved to the SPD technician, faster assembly, a shorter wait
    const r = diffCurrentFuture(project)
    expect(r.metrics.after).toMatchObject({ handoffs: 0, roles: 1, touchMinutes: 30, waitMinutes: 65, leadTimeMinutes: 60 })
    expect(r.metrics.delta).toEqual({
      steps: 0,
      decisions: 0,
      waits: 0,
      handoffs: -3,
      manualRecords: 0,
      duplicates: 0,
      roles: -1,
      systems: 0,
      touchMinutes: -2,
      waitMinutes: -30,
      leadTimeMinutes: -32,
    })
  })

  describe('lead time', () => {
    it('ignores the back edge of a rework loop but counts a longer branch', () => {
      // given the rework step leading on to wrapping instead of back to assembly
      const p = withFuture(project, (f) => (f.flows.find((x) => x.id === 'ff_5')!.to = 'f_wrap'))
      // then the longest path runs through rework: 8 + 2 + 35 + 35 + 15
      expect(diffCurrentFuture(p).metrics.after.leadTimeMinutes).toBe(95)
    })

    it('is the longest of several start events', () => {
      const p = withFuture(project, (f) => {
        f.steps.push({ id: 'f_start2', lineage: 'l_start2', kind: 'start', label: 'Loaner tray arrives', roleId: 'r_spd', systemIds: [], records: [], waitMinutes: 240, position: { x: 0, y: 120 } })
        f.flows.push({ id: 'ff_9', lineage: 'lf_9', from: 'f_start2', to: 'f_wrap' })
      })
      expect(diffCurrentFuture(p).metrics.after.leadTimeMinutes).toBe(240 + 35 + 15)
    })

    it('uses steps without incoming and outgoing flows when a map has no start or end events', () => {
      const p = withFuture(project, (f) => {
        for (const s of f.steps) if (s.kind === 'start' || s.kind === 'end') s.kind = 'task'
      })
      expect(diffCurrentFuture(p).metrics.after.leadTimeMinutes).toBe(60)
    })

    it('is 0 for an empty state or when no end can be reached', () => {
      const p = withFuture(project, (f) => (f.flows = f.flows.filter((x) => x.id !== 'ff_7')))
      expect(diffCurrentFuture(p).metrics.after.leadTimeMinutes).toBe(0)
      const empty = withFuture(project, (f) => ((f.steps = []), (f.flows = [])))
      expect(diffCurrentFuture(empty).metrics.after.leadTimeMinutes).toBe(0)
    })
  })
})
