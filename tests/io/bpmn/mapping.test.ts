// The BPMN 2.0 mapping rules of DESIGN, one small fixture each (tests/fixtures/bpmn/<rule>.bpmn).
import { describe, expect, it } from 'vitest'
import { bpmnFixture, imported } from './helpers'

describe('BPMN import: lanes and pools become roles', () => {
  it('takes the innermost lane as the role, names an unnamed lane after its parent and keeps the drawn lane order', () => {
    // given a pool with a lane split into two nested lanes, one unnamed
    const file = imported(bpmnFixture('lanes.nested.bpmn'))
    // then the nested lanes and the plain lane are the roles, top to bottom as drawn
    expect(file.laneNames()).toEqual(['Washer operator', 'Decontamination', 'Assembly'])
    expect(file.roleOf('Task_wash')).toBe('Washer operator')
    // a node listed only by the outer lane goes to the nested lane it is drawn in
    expect(file.roleOf('Task_inspect')).toBe('Decontamination')
    expect(file.roleOf('End_1')).toBe('Assembly')
    expect(file.warnings).toEqual([])
  })

  it('turns absolute diagram coordinates into positions relative to the lane', () => {
    const file = imported(bpmnFixture('lanes.nested.bpmn'))
    // Task_wash: centre x 330, lanes' content starts at 130 + 30; stretched by 1.6, minus half of 160
    expect(file.step('Task_wash').position).toEqual({ x: 192, y: 31 })
    // Task_inspect sits 23 px below its lane's top edge in the file: centre 288 - 225 - 32
    expect(file.step('Task_inspect').position.y).toBe(31)
    const xs = ['Start_1', 'Task_wash', 'Task_inspect', 'Task_pack', 'End_1'].map((id) => file.step(id).position.x)
    expect([...xs].sort((a, b) => a - b)).toEqual(xs)
  })

  it('reads a collaboration as one state: lanes of each pool, a pool without lanes as a role, message flows as flows', () => {
    const file = imported(bpmnFixture('pools.collaboration.bpmn'))
    expect(file.state.name).toBe('Medication order')
    // the second "Nurse" lane is told apart by its pool; the black-box pool and the empty process give no lane
    expect(file.laneNames()).toEqual(['Nurse', 'Physician', 'Pharmacist', 'Nurse (Pharmacy)', 'Lab'])
    expect(file.roleOf('Task_dispense')).toBe('Nurse (Pharmacy)')
    expect(file.roleOf('Task_test')).toBe('Lab')
    expect(file.flows()).toEqual(
      expect.arrayContaining(['Task_prescribe -> Task_check', 'Task_dispense -> Task_give', 'Task_sample -> Task_test']),
    )
    expect(file.state.flows.find((f) => f.lineage === 'Message_order')?.label).toBe('order')
    expect(file.warnings).toEqual(['1 message flow to or from a whole pool skipped: flowstate connects steps ("inform patient")'])
  })

  it('leaves the steps of a plain process (no pool, no lanes) without a role', () => {
    const file = imported(bpmnFixture('tasks.types.bpmn'))
    expect(file.state.lanes).toEqual([])
    expect(file.state.steps.every((s) => s.roleId === undefined)).toBe(true)
  })
})

describe('BPMN import: flow nodes become steps', () => {
  it('maps every task type to a task, every gateway to a decision, start and end events to start and end', () => {
    const file = imported(bpmnFixture('tasks.types.bpmn'))
    const kinds = Object.fromEntries(file.state.steps.map((s) => [s.lineage, s.kind]))
    expect(kinds).toEqual({
      Start: 'start',
      T_task: 'task',
      T_user: 'task',
      T_manual: 'task',
      T_service: 'task',
      T_script: 'task',
      T_rule: 'task',
      T_send: 'task',
      T_receive: 'task',
      G_exclusive: 'decision',
      G_parallel: 'decision',
      G_inclusive: 'decision',
      G_event: 'decision',
      G_complex: 'decision',
      End: 'end',
    })
    expect(file.warnings).toEqual([])
  })

  it('keeps element ids as lineage and flow labels', () => {
    const file = imported(bpmnFixture('tasks.types.bpmn'))
    expect(file.state.flows).toHaveLength(15)
    expect(file.state.flows.find((f) => f.lineage === 'F15')?.label).toBe('rework')
    // ids are new and unique; lineage is the BPMN id
    expect(new Set(file.state.steps.map((s) => s.id)).size).toBe(15)
    expect(file.state.steps.every((s) => s.id !== s.lineage)).toBe(true)
  })

  it('lays out a file without diagram left to right along the flow, rework loops ignored', () => {
    const file = imported(bpmnFixture('tasks.types.bpmn'))
    const order = ['Start', 'T_task', 'T_user', 'T_manual', 'T_service', 'G_exclusive', 'G_complex', 'End']
    const centres = order.map((id) => file.step(id).position.x)
    for (let i = 1; i < centres.length; i++) expect(centres[i]).toBeGreaterThan(centres[i - 1]!)
  })

  it('reads a timer catch as a wait, other catch events as waits with a warning, throws as tasks, boundary events as decisions after their activity', () => {
    const file = imported(bpmnFixture('events.intermediate.bpmn'))
    expect(file.step('Start').kind).toBe('start')
    expect(file.step('Wait_timer').kind).toBe('wait')
    expect(file.step('Wait_result').kind).toBe('wait')
    expect(file.step('Throw_notify').kind).toBe('task')
    expect(file.step('Boundary_overdue').kind).toBe('decision')
    // the boundary event follows its activity, then its own flow
    expect(file.flows()).toEqual(expect.arrayContaining(['Task_order -> Boundary_overdue', 'Boundary_overdue -> Task_escalate']))
    expect(file.state.flows.some((f) => f.lineage === 'Boundary_overdue_attached')).toBe(true)
    expect(file.warnings).toEqual([
      '1 intermediate message catch event imported as a wait (the work waits for it) ("Result received")',
      '1 intermediate message throw event imported as a task ("Notify ward")',
      '1 boundary event imported as a decision after the activity it sits on ("Overdue")',
    ])
  })
})

describe('BPMN import: sub-processes', () => {
  it('imports a collapsed sub-process as one step that lists its work and keeps its records; a call activity too', () => {
    const file = imported(bpmnFixture('subprocess.collapsed.bpmn'))
    expect(file.state.steps.map((s) => s.lineage)).toEqual(['Start', 'Sub_sterilize', 'Call_release', 'End'])
    expect(file.step('Sub_sterilize').kind).toBe('subprocess')
    expect(file.step('Call_release').kind).toBe('subprocess')
    expect(file.step('Sub_sterilize').notes).toBe('Steam cycle, 134 °C\n\nContains: Load sterilizer, Print load label')
    // by hand into no system (user task), by the interface into the traceability system (service task)
    expect(file.records('Sub_sterilize')).toEqual(['Load contents @ - (manual)', 'Load contents @ Traceability system (automatic)'])
    expect(file.flows()).toEqual(['Call_release -> End', 'Start -> Sub_sterilize', 'Sub_sterilize -> Call_release'])
    expect(file.warnings).toEqual([
      '1 collapsed sub-process imported as one step: the steps inside are listed in the notes, their records kept on the step ("Sterilize load")',
    ])
  })

  it('dissolves an expanded sub-process into its steps and wires the flows through it', () => {
    const file = imported(bpmnFixture('subprocess.expanded.bpmn'))
    expect(file.state.steps.map((s) => s.lineage)).toEqual(['Start', 'Task_A', 'Task_B', 'Split', 'Task_C', 'Task_D', 'Join', 'Task_E', 'End'])
    expect(file.flows()).toEqual([
      'Join -> Task_E',
      'Split -> Task_C',
      'Split -> Task_D',
      'Start -> Task_A',
      'Task_A -> Task_B',
      'Task_B -> Split',
      'Task_C -> Join',
      'Task_D -> Join',
      'Task_E -> End',
    ])
    // the flow into the sub-process keeps its id as lineage; the one out of it too
    const lineageOf = (from: string, to: string) =>
      file.state.flows.find((f) => f.from === file.step(from).id && f.to === file.step(to).id)?.lineage
    expect(lineageOf('Task_A', 'Task_B')).toBe('F2')
    expect(lineageOf('Join', 'Task_E')).toBe('F3')
    // what the sub-process documents is recorded by the steps that end it (the join passes it back)
    expect(file.records('Task_C')).toEqual(['Scan protocol @ - (manual)'])
    expect(file.records('Task_D')).toEqual(['Scan protocol @ - (manual)'])
    expect(file.records('Join')).toEqual([])
  })
})

describe('BPMN import: data objects and stores become records', () => {
  const file = imported(bpmnFixture('data.records.bpmn'))

  it('records every written data object into every written data store, by hand unless a machine does the task', () => {
    expect(file.records('Task_register')).toEqual(['Insurance number @ EHR (manual)', 'Patient ID @ EHR (manual)'])
    expect(file.records('Task_send')).toEqual(['Patient ID @ LIS (automatic)'])
    // no data store written: the record has no system; a store that is only read is a system of the step
    expect(file.records('Task_wristband')).toEqual(['Patient ID @ - (manual)'])
    expect(file.systemsOf('Task_wristband')).toEqual(['EHR'])
  })

  it('shares one data item between references of the same name and takes a data object name when the reference has none', () => {
    expect(file.added.dataItems.map((d) => d.name).sort()).toEqual(['Allergy list', 'Insurance number', 'Patient ID'])
    expect(file.added.systems.map((s) => s.name).sort()).toEqual(['EHR', 'LIS'])
    expect(file.records('Task_allergies')).toEqual(['Allergy list @ - (manual)'])
  })

  it('warns about a data object it cannot name', () => {
    expect(file.warnings).toEqual(['1 data object without a name not recorded ("Ref_unnamed")'])
  })

  it('reuses the open project\'s roles, systems and data items of the same name', () => {
    const again = imported(bpmnFixture('data.records.bpmn'), { catalogue: { roles: [], systems: [{ id: 'sys_ehr', name: 'ehr' }], dataItems: [{ id: 'd_pid', name: 'Patient ID' }] } })
    expect(again.added.systems.map((s) => s.name)).toEqual(['LIS'])
    expect(again.added.dataItems.map((d) => d.name).sort()).toEqual(['Allergy list', 'Insurance number'])
    expect(again.step('Task_register').systemIds).toEqual(['sys_ehr'])
    expect(again.step('Task_send').records[0]!.dataItemId).toBe('d_pid')
  })
})

describe('BPMN import: names', () => {
  it('decodes entities, keeps line breaks as \\n, trims the ends and folds role names to one line', () => {
    const file = imported(bpmnFixture('names.entities.bpmn'))
    expect(file.step('Task_consent').label).toBe('Check & sign\nconsent <form> ✓ "now"')
    expect(file.step('Task_crlf').label).toBe('Verify\nidentity')
    expect(file.step('Gateway').label).toBe('')
    expect(file.laneNames()).toEqual(['Day surgery nurse'])
    expect(file.state.name).toBe('Day unit')
  })
})
