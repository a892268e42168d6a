import { describe, expect, it } from 'vitest'
import { parseProjectText, type Project } from '../../../src/domain/model'
import { planProject, type Plan } from '../../../src/domain/plan'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

function examplePlan(name: string): { project: Project; plan: Plan } {
  const parsed = parseProjectText(readFileSync(join(process.cwd(), 'examples', `${name}.flowstate.json`), 'utf8'))
  if (!parsed.ok) throw new Error(parsed.error)
  const project = parsed.project
  const from = project.states.find((s) => s.phase === 'current')!
  const to = project.states.filter((s) => s.phase === 'future').at(-1)!
  const result = planProject(project, { from: from.id, to: to.id })
  if (!result.ok) throw new Error(result.error)
  return { project, plan: result.plan }
}
const names = (plan: Plan, phase: number, type?: string) =>
  plan.tasks.filter((t) => t.phaseId === plan.phases[phase - 1]!.id && (!type || t.type === type)).map((t) => t.name)

// Checked by hand against examples/sterile-processing.flowstate.json: which steps the transition adds,
// which records become automatic in the future state, and which double documentation the transition
// state introduces (paper count sheet, paper load log beside the tracking system).
describe('the plan of the sterile-processing example', () => {
  it('has the tracking-system transition as phase 1 and the future state as phase 2', () => {
    const { plan } = examplePlan('sterile-processing')
    expect(plan.phases.map((p) => p.name)).toEqual([
      'Phase 1: Transition state: tracking system beside the paper logs',
      'Phase 2: Future state: scanners and sterilizer interface',
    ])
    expect(plan.warnings).toEqual([])
  })

  it('sets up the two steps the transition adds, and trains the four roles they touch', () => {
    const { plan } = examplePlan('sterile-processing')
    expect(names(plan, 1, 'implementation')).toEqual(['Set up: Key tray ID into tracking system at receipt', 'Set up: Compare paper log with tracking system'])
    expect(plan.tasks.filter((t) => t.phaseId === plan.phases[0]!.id && t.type === 'training').map((t) => t.role)).toEqual([
      'SPD decontamination technician',
      'SPD prep and pack technician',
      'SPD supervisor',
      'Tracking system super user',
    ])
    expect(names(plan, 1, 'interface')).toEqual([])
  })

  it('plans one interface per data item that the future state records automatically', () => {
    const { plan } = examplePlan('sterile-processing')
    expect(names(plan, 2, 'interface')).toEqual([
      'Interface: Biological indicator result into Instrument tracking system',
      'Interface: Load contents into Instrument tracking system',
      'Interface: Sterilizer cycle parameters into Instrument tracking system',
      'Interface: Tray ID between EHR intraoperative record and Instrument tracking system',
      'Interface: Tray-to-patient link between EHR intraoperative record and Instrument tracking system',
    ])
    const bi = plan.tasks.find((t) => t.name.startsWith('Interface: Biological indicator result'))!
    expect(bi.diffIds).toEqual(['step-changed:sp_t_readbi:sp_f_readbi', 'duplicate-resolved:d_sp_bi'])
  })

  it('ends the interim double documentation of the transition in the future phase, after its interface', () => {
    const { plan } = examplePlan('sterile-processing')
    expect(names(plan, 2, 'interim')).toEqual([
      'End interim double documentation: Instrument count',
      'End interim double documentation: Load contents',
      'End interim double documentation: Load release',
    ])
    const load = plan.tasks.find((t) => t.name === 'End interim double documentation: Load contents')!
    expect(load.predecessors).toEqual(['interface:sp_state_future:d_sp_load'])
    expect(load.diffIds).toEqual(['duplicate-introduced:d_sp_load', 'duplicate-resolved:d_sp_load'])
  })

  it('trains the courier on the work handed to the OR nurse and sterile storage', () => {
    const { plan } = examplePlan('sterile-processing')
    const courier = plan.tasks.find((t) => t.id === 'training:sp_state_future:r_sp_courier')!
    expect(courier.details).toEqual([
      'Hands over to OR nurse: Transport soiled cart to decontamination, now Send soiled cart down the dirty lift',
      'Hands over to SPD sterile storage technician: Deliver case cart to OR, now Send case cart up the clean lift',
      'No longer done: Wait for courier pickup',
      'Handoff that ends: Point-of-use pre-cleaning (OR nurse) to Wait for courier pickup (Courier)',
      'Handoff that ends: Pick case cart from pick list (SPD sterile storage technician) to Deliver case cart to OR (Courier)',
    ])
    expect(plan.tasks.filter((t) => t.type !== 'sign-off' && t.type !== 'decision')).toHaveLength(25)
  })
})

describe('the plans of the other examples', () => {
  it.each(['ct-imaging', 'lab-sample'])('given %s, then every phase ends in a go-live and every work task cites diff items', (name) => {
    const { plan } = examplePlan(name)
    expect(plan.phases).toHaveLength(2)
    for (const phase of plan.phases) {
      const types = plan.tasks.filter((t) => t.phaseId === phase.id).map((t) => t.type)
      expect(types.slice(-2)).toEqual(['go-live', 'support'])
    }
    for (const t of plan.tasks) if (!['go-live', 'support', 'sign-off'].includes(t.type)) expect(t.diffIds.length, t.id).toBeGreaterThan(0)
  })
})
