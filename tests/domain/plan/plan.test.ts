import { describe, expect, it } from 'vitest'
import type { DiffResult } from '../../../src/domain/diff/types'
import { buildPlan, planProject, type Plan, type PlanTask } from '../../../src/domain/plan'
import { sterileTwoPhase } from './planFixtures'

const build = (): Plan => {
  const { project, diffs } = sterileTwoPhase()
  return buildPlan(project, project.states, diffs)
}
const task = (plan: Plan, id: string): PlanTask => {
  const t = plan.tasks.find((x) => x.id === id)
  if (!t) throw new Error(`no task ${id}; tasks: ${plan.tasks.map((x) => x.id).join(', ')}`)
  return t
}
const ofPhase = (plan: Plan, n: number) => plan.tasks.filter((t) => t.phaseId === plan.phases[n - 1]!.id)
/** The work of a phase without its sign-off milestones (tested in review.test.ts). */
const workOf = (plan: Plan, n: number) => ofPhase(plan, n).filter((t) => t.type !== 'sign-off')

/** Every diffId a diff result hands out, so a task can only cite items that exist. */
function diffIdsOf(diff: DiffResult): Set<string> {
  const ids = [
    ...diff.steps.added.map((s) => s.diffId),
    ...diff.steps.removed.map((s) => s.diffId),
    ...diff.steps.changed.map((s) => s.diffId),
    ...diff.handoffs.added.map((h) => h.diffId),
    ...diff.handoffs.removed.map((h) => h.diffId),
    ...diff.duplicates.introduced.map((d) => d.diffId),
    ...diff.duplicates.resolved.map((d) => d.diffId),
    ...diff.duplicates.persisting.map((d) => d.diffId),
    ...diff.roles.map((r) => r.diffId),
  ]
  return new Set(ids)
}

describe('the plan of a two-phase sterilization change (hand-made diffs)', () => {
  it('given a current, a transition and a future state, then it has one go-live phase per transition state and one for the future state', () => {
    const plan = build()
    expect(plan.phases.map((p) => p.name)).toEqual(['Phase 1: Barcode scanning alongside the paper log', 'Phase 2: Future state'])
    expect(plan.phases.map((p) => [p.previous.id, p.state.id])).toEqual([
      ['st_cur', 'st_t1'],
      ['st_t1', 'st_fut'],
    ])
    expect(plan.from.name).toBe('Current state')
    expect(plan.to.name).toBe('Future state')
  })

  it('puts each change in the phase where it first appears', () => {
    const plan = build()
    expect(workOf(plan, 1).map((t) => t.name)).toEqual([
      'Set up: Scan tray barcode',
      'Set up: Enter load in traceability system',
      'Train SPD technician: Barcode scanning alongside the paper log',
      'Go-live: Barcode scanning alongside the paper log',
      'Go-live support: Barcode scanning alongside the paper log',
    ])
    expect(workOf(plan, 2).map((t) => t.name)).toEqual([
      'Interface: Tray ID between Traceability system and EHR',
      'Train OR nurse: Future state',
      'Train SPD supervisor: Future state',
      'Train SPD technician: Future state',
      'End interim double documentation: Load contents',
      'Go-live: Future state',
      'Go-live support: Future state',
    ])
    expect(plan.tasks.map((t) => t.wbs)).toEqual(['1.1', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '2.1', '2.2', '2.3', '2.4', '2.5', '2.6', '2.7', '2.8', '2.9', '2.10'])
  })

  it('lists for each role exactly the steps and handoffs that change for it', () => {
    const plan = build()
    const technician = task(plan, 'training:st_fut:r_spd')
    expect(technician.role).toBe('SPD technician')
    expect(technician.details).toEqual([
      'Takes over from SPD supervisor: Release load',
      'Changed: Assemble and pack tray (systems, what it documents)',
      'Changed: Load steriliser and write load log, now Load steriliser and scan load (systems, what it documents, touch time)',
      'No longer done: Enter load in traceability system',
      'Handoff that ends: Enter load in traceability system (SPD technician) to Release load (SPD supervisor)',
    ])
    expect(technician.durationMinutes).toBe(120 + 5 * 30)
    expect(task(plan, 'training:st_fut:r_sup').details).toEqual([
      'Hands over to SPD technician: Release load',
      'Handoff that ends: Enter load in traceability system (SPD technician) to Release load (SPD supervisor)',
    ])
    expect(task(plan, 'training:st_fut:r_or').details).toEqual([
      'Changed: Record tray on patient chart, now Confirm tray on patient record (what it documents, touch time)',
    ])
    expect(task(plan, 'training:st_t1:r_spd').details).toEqual(['New step: Scan tray barcode', 'New step: Enter load in traceability system'])
  })

  it('turns a resolved duplicate and a new automatic record into one interface task naming the systems and the data item', () => {
    const iface = task(build(), 'interface:st_fut:d_tray')
    expect(iface.type).toBe('interface')
    expect(iface.dataItem).toBe('Tray ID')
    expect(iface.systems).toEqual(['Traceability system', 'EHR'])
    expect(iface.diffIds).toEqual(['step-changed:t_chart:f_confirm', 'duplicate-resolved:d_tray'])
    expect(iface.durationMinutes).toBe(5 * 8 * 60)
  })

  it('ends the double documentation a transition introduced in the phase that resolves it', () => {
    const interim = task(build(), 'interim:st_fut:d_load')
    expect(interim.phaseId).toBe('phase:st_fut')
    expect(interim.role).toBe('SPD technician')
    expect(interim.diffIds).toEqual(['duplicate-introduced:d_load', 'duplicate-resolved:d_load'])
    expect(interim.details.at(-1)).toBe('Documented once in Future state')
  })

  it('links training and interfaces before the go-live of their phase, and phases one after another', () => {
    const plan = build()
    expect(task(plan, 'go-live:st_t1').predecessors).toEqual([
      'implementation:st_t1:t_scan',
      'implementation:st_t1:t_enter',
      'training:st_t1:r_spd',
      'sign-off:st_t1:r_spd',
      'sign-off:st_t1:r_sup',
      'sign-off:st_t1:r_or',
    ])
    expect(task(plan, 'go-live:st_fut').predecessors).toEqual([
      'interface:st_fut:d_tray',
      'training:st_fut:r_or',
      'training:st_fut:r_sup',
      'training:st_fut:r_spd',
      'interim:st_fut:d_load',
      'sign-off:st_fut:r_spd',
      'sign-off:st_fut:r_sup',
      'sign-off:st_fut:r_or',
      'support:st_t1',
    ])
    expect(task(plan, 'support:st_fut').predecessors).toEqual(['go-live:st_fut'])
    for (const t of ofPhase(plan, 2).filter((x) => x.type !== 'go-live' && x.type !== 'support')) {
      expect(t.predecessors, t.id).toEqual(['go-live:st_t1'])
    }
    expect(plan.tasks.filter((t) => t.milestone && t.type === 'go-live').map((t) => [t.id, t.durationMinutes])).toEqual([
      ['go-live:st_t1', 0],
      ['go-live:st_fut', 0],
    ])
    expect(plan.tasks.filter((t) => t.milestone && t.type === 'sign-off').every((t) => t.durationMinutes === 0)).toBe(true)
  })

  it('keeps on every work task the ids of the diff items that caused it, and only ids the diff gave out', () => {
    const { project, diffs } = sterileTwoPhase()
    const plan = buildPlan(project, project.states, diffs)
    plan.phases.forEach((phase, i) => {
      const known = diffIdsOf(diffs[i]!)
      for (const t of plan.tasks.filter((x) => x.phaseId === phase.id)) {
        if (t.type === 'go-live' || t.type === 'support' || t.type === 'sign-off') continue
        expect(t.diffIds.length, t.id).toBeGreaterThan(0)
        // The interim task also cites the duplicate's introduction in the earlier phase.
        const allowed = t.type === 'interim' ? new Set([...known, ...diffIdsOf(diffs[0]!)]) : known
        for (const id of t.diffIds) expect(allowed.has(id), `${t.id} cites ${id}`).toBe(true)
      }
    })
  })

  it('is deterministic and plain data: same input, same plan, through JSON unchanged', () => {
    const a = build()
    const b = build()
    expect(b).toEqual(a)
    expect(JSON.parse(JSON.stringify(a))).toEqual(a)
    const ids = a.tasks.map((t) => t.id)
    expect(new Set(ids).size).toBe(ids.length)
    for (const t of a.tasks) for (const p of t.predecessors) expect(ids.indexOf(p), `${t.id} after ${p}`).toBeLessThan(ids.indexOf(t.id))
  })

  it('given a transition duplicate that the future state still has, then it plans its end in the last phase and warns', () => {
    const { project, diffs } = sterileTwoPhase()
    const second = structuredClone(diffs[1]!)
    const load = second.duplicates.resolved.find((d) => d.item === 'Load contents')!
    second.duplicates.resolved = second.duplicates.resolved.filter((d) => d !== load)
    second.duplicates.persisting.push({ ...load, diffId: 'duplicate-persisting:d_load' })
    const plan = buildPlan(project, project.states, [diffs[0]!, second])
    const interim = task(plan, 'interim:st_fut:d_load')
    expect(interim.diffIds).toEqual(['duplicate-introduced:d_load'])
    expect(interim.details.at(-1)).toBe('Still documented twice in Future state')
    expect(plan.warnings).toEqual(['Load contents is still documented twice in Future state; the plan asks to end it by that go-live.'])
  })

  it('given a duplicate introduced in the target state itself, then it warns instead of inventing a task', () => {
    const { project, diffs } = sterileTwoPhase()
    const second = structuredClone(diffs[1]!)
    second.duplicates.introduced.push({
      diffId: 'duplicate-introduced:d_bi',
      item: 'BI result',
      records: [
        { stepId: 'f_release', stepLabel: 'Release load', role: 'SPD technician', system: 'Traceability system', entry: 'manual' },
        { stepId: 'f_release', stepLabel: 'Release load', role: 'SPD technician', system: 'Paper load log', entry: 'manual' },
      ],
      systems: ['Traceability system', 'Paper load log'],
    })
    const plan = buildPlan(project, project.states, [diffs[0]!, second])
    expect(plan.tasks.some((t) => t.dataItem === 'BI result')).toBe(false)
    expect(plan.warnings).toEqual([
      'BI result is documented by hand more than once in Future state (Release load (SPD technician, Traceability system); Release load (SPD technician, Paper load log)); no task ends it.',
    ])
  })

  it('given the project and a diff engine, when planned, then it diffs each consecutive pair of states', () => {
    const { project, diffs } = sterileTwoPhase()
    const calls: string[] = []
    const result = planProject(project, { from: 'st_cur', to: 'st_fut' }, {
      diff: (before, after) => {
        calls.push(`${before.id}>${after.id}`)
        return diffs.find((d) => d.before.id === before.id && d.after.id === after.id)!
      },
    })
    expect(calls).toEqual(['st_cur>st_t1', 'st_t1>st_fut'])
    expect(result.ok && result.plan).toEqual(build())
  })

  it('given the real diff engine, then the plan equals the one from the hand-made diffs', () => {
    const { project } = sterileTwoPhase()
    const result = planProject(project, { from: 'st_cur', to: 'st_fut' })
    expect(result.ok && result.plan).toEqual(build())
  })
})
