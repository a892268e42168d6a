// BPMN export: bpmn-moddle (the parser of bpmn.io) reads every exported file without a warning,
// and importing what was exported gives the same state back (an empty diff).
import { BpmnModdle } from 'bpmn-moddle'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { diff, isEmptyDiff } from '../../../src/domain/diff'
import { createFlow, createProject, createState, createStep, type Project, type WorkflowState } from '../../../src/domain/model'
import { exportBpmn, importBpmn } from '../../../src/io/bpmn'
import { bpmnFixture, corpusFile, imported } from './helpers'

const moddle = new BpmnModdle()

async function parseWithModdle(xml: string) {
  const { rootElement, warnings } = await moddle.fromXML(xml)
  return { definitions: rootElement as any, warnings: warnings.map((w: { message: string }) => w.message) }
}

function roundTrip(text: string) {
  const first = imported(text)
  const project = { id: 'first', ...first.added }
  const out = exportBpmn(project, first.state)
  const again = imported(out.xml)
  const result = diff({ project, state: first.state }, { project: { id: 'again', ...again.added }, state: again.state })
  return { first, out, again, result }
}

const ruleFixtures = readdirSync(join(process.cwd(), 'tests/fixtures/bpmn')).filter((f) => !f.startsWith('hostile.'))
const corpusSample = [
  'bpmn-miwg/Reference/C.1.0.bpmn',
  'bpmn-miwg/Reference/C.2.0.bpmn',
  'bpmn-miwg/Reference/C.4.0.bpmn',
  'bpmn-js-differ/pizza-collaboration/old.bpmn',
  'bpmn-js-differ/data-objects/after.bpmn',
  'msbpmn-fhir2bpmn/htep.bpmn',
  'msbpmn-fhir2bpmn/praeoperativeDiagnostic.bpmn',
]

describe('BPMN export', () => {
  it.each([...ruleFixtures.map((f) => ['fixture', f]), ...corpusSample.map((f) => ['corpus', f])])(
    'writes %s %s so that bpmn-moddle reads it without warnings and a re-import diffs empty',
    async (where, file) => {
      const { out, result, first, again } = roundTrip(where === 'fixture' ? bpmnFixture(file) : corpusFile(file))
      expect((await parseWithModdle(out.xml)).warnings).toEqual([])
      expect(out.warnings).toEqual([])
      expect(isEmptyDiff(result)).toBe(true)
      // lineage survives, so the diff matched every step by it
      expect(result.matches.every((m) => m.by === 'lineage')).toBe(true)
      expect(again.state.steps).toHaveLength(first.state.steps.length)
      expect(again.laneNames()).toEqual(first.laneNames())
    },
  )

  it('draws a pool, a lane per role, a shape per step and data reference, an edge per flow and association', async () => {
    const { out, first } = roundTrip(bpmnFixture('data.records.bpmn'))
    const { definitions } = await parseWithModdle(out.xml)
    const plane = definitions.diagrams[0].plane
    const shapes = plane.planeElement.filter((e: any) => e.$type === 'bpmndi:BPMNShape')
    const edges = plane.planeElement.filter((e: any) => e.$type === 'bpmndi:BPMNEdge')
    const process = definitions.rootElements.find((e: any) => e.$type === 'bpmn:Process')
    const refs = process.flowElements.filter((e: any) => e.$type === 'bpmn:DataObjectReference' || e.$type === 'bpmn:DataStoreReference')
    // no lanes in this state: a plain process, no pool
    expect(definitions.rootElements.some((e: any) => e.$type === 'bpmn:Collaboration')).toBe(false)
    expect(shapes).toHaveLength(first.state.steps.length + refs.length)
    const associations = process.flowElements.flatMap((e: any) => [...(e.dataInputAssociations ?? []), ...(e.dataOutputAssociations ?? [])])
    expect(edges).toHaveLength(first.state.flows.length + associations.length)
    // the register step writes two data objects into the EHR; the service task is a service task again
    const register = process.flowElements.find((e: any) => e.id === 'Task_register')
    expect(register.dataOutputAssociations).toHaveLength(3)
    expect(process.flowElements.find((e: any) => e.id === 'Task_send').$type).toBe('bpmn:ServiceTask')
    // the EHR the wristband step only reads comes back as a data input
    expect(process.flowElements.find((e: any) => e.id === 'Task_wristband').dataInputAssociations).toHaveLength(1)
  })

  it('puts each lane where the state draws it and each step inside its lane', async () => {
    const { out, first } = roundTrip(bpmnFixture('lanes.nested.bpmn'))
    const { definitions } = await parseWithModdle(out.xml)
    const bounds = new Map<string, any>(
      definitions.diagrams[0].plane.planeElement.filter((e: any) => e.bounds).map((e: any) => [e.bpmnElement.id, e.bounds]),
    )
    const process = definitions.rootElements.find((e: any) => e.$type === 'bpmn:Process')
    const lanes = process.laneSets[0].lanes
    expect(lanes.map((l: any) => l.name)).toEqual(first.laneNames())
    for (const lane of lanes) {
      const lb = bounds.get(lane.id)
      for (const node of lane.flowNodeRef) {
        const nb = bounds.get(node.id)
        expect(nb.y).toBeGreaterThanOrEqual(lb.y)
        expect(nb.y + nb.height).toBeLessThanOrEqual(lb.y + lb.height)
        expect(nb.x).toBeGreaterThanOrEqual(lb.x + 30)
      }
    }
  })

  describe('with labels and ids a file must escape', () => {
    const hostile = (): { project: Project; state: WorkflowState } => {
      const project = createProject('Escapes')
      project.roles.push({ id: 'r_1', name: 'Nurse "A" & <B>' })
      const state = createState('current', 'Current & "next"', ['r_1'])
      const a = createStep({ lineage: '1st step', label: 'Check "ID" & <consent>\nthen sign', roleId: 'r_1' })
      const b = createStep({ lineage: 'a:b', label: 'Tab\there, bell\u0007gone, emoji 🩺', roleId: 'r_1', position: { x: 300, y: 0 } })
      const c = createStep({ lineage: 'Same', label: ']]> & --> <!-- ', roleId: 'r_1', position: { x: 600, y: 0 } })
      const d = createStep({ lineage: 'Same', label: 'duplicate lineage', position: { x: 900, y: 0 } })
      state.steps.push(a, b, c, d)
      state.flows.push(createFlow(a.id, b.id, { lineage: 'f 1', label: 'yes & "no"' }), createFlow(c.id, c.id, { lineage: 'loop' }))
      project.states.push(state)
      return { project, state }
    }

    it('escapes every label, drops characters XML cannot carry and gives every element a valid unique id', async () => {
      const { project, state } = hostile()
      const out = exportBpmn(project, state)
      const { warnings, definitions } = await parseWithModdle(out.xml)
      expect(warnings).toEqual([])
      const process = definitions.rootElements.find((e: any) => e.$type === 'bpmn:Process')
      const names = process.flowElements.filter((e: any) => e.$type !== 'bpmn:SequenceFlow').map((e: any) => e.name)
      expect(names).toEqual(['Check "ID" & <consent>\nthen sign', 'Tab\there, bellgone, emoji 🩺', ']]> & --> <!-- ', 'duplicate lineage'])
      expect(process.laneSets[0].lanes[0].name).toBe('Nurse "A" & <B>')
      const ids = [...out.xml.matchAll(/ id="([^"]*)"/g)].map((m) => m[1]!)
      expect(new Set(ids).size).toBe(ids.length)
      for (const id of ids) expect(id).toMatch(/^[A-Za-z_][A-Za-z0-9_.-]*$/)
      // a valid, unused lineage stays the element's id
      expect(ids).toContain('Same')
      expect(ids).toContain('loop')
    })

    it('reads back the same labels, roles and flows (the unassigned step stays unassigned)', () => {
      const { project, state } = hostile()
      const again = importBpmn(exportBpmn(project, state).xml)
      if (!again.ok) throw new Error(again.error)
      expect(again.state.name).toBe('Current & "next"')
      expect(again.state.steps.map((s) => s.label)).toEqual(['Check "ID" & <consent>\nthen sign', 'Tab\there, bellgone, emoji 🩺', ']]> & --> <!--', 'duplicate lineage'])
      expect(again.state.steps.map((s) => s.roleId === undefined)).toEqual([false, false, false, true])
      expect(again.state.flows.map((f) => f.label)).toEqual(['yes & "no"', undefined])
    })
  })

  it('says what other tools will not see, and reads it back exactly itself', () => {
    const project = createProject('Limits')
    project.dataItems.push({ id: 'd_1', name: 'Tray ID' }, { id: 'd_2', name: 'Load list' })
    project.systems.push({ id: 'sys_1', name: 'Tracking' }, { id: 'sys_2', name: 'Paper log' })
    const state = createState('current')
    state.steps.push(
      // Tray ID into Tracking, Load list on paper: a diagram can only draw every item into every system
      createStep({ label: 'Scan', systemIds: ['sys_1', 'sys_2'], records: [{ dataItemId: 'd_1', systemId: 'sys_1', entry: 'manual' }, { dataItemId: 'd_2', systemId: 'sys_2', entry: 'manual' }] }),
      createStep({ kind: 'decision', label: 'Complete?', records: [{ dataItemId: 'd_1', entry: 'manual' }] }),
      createStep({ kind: 'start', label: 'Tray arrives', records: [{ dataItemId: 'd_1', entry: 'automatic' }] }),
    )
    const out = exportBpmn(project, state)
    expect(out.warnings).toEqual([
      'records of 1 step drawn as every data item into every system: BPMN cannot say which item goes where; flowstate reads them back exactly ("Scan")',
      'records of 1 decision not drawn: BPMN gateways cannot write data; flowstate reads them back exactly ("Complete?")',
      '1 step with automatic records drawn as manual: only a task can be a BPMN service task; flowstate reads them back exactly ("Tray arrives")',
    ])
    const again = importBpmn(out.xml)
    if (!again.ok) throw new Error(again.error)
    expect(isEmptyDiff(diff({ project, state }, { project: { id: 'again', ...again.added }, state: again.state }))).toBe(true)
  })

  it('carries any records of a sub-process through unnamed tasks inside it', async () => {
    // given a sub-process that documents the tray ID by hand on paper and through an interface in the tracking system
    const project = createProject('Sub-process records')
    project.dataItems.push({ id: 'd_1', name: 'Tray ID' }, { id: 'd_2', name: 'Load list' })
    project.systems.push({ id: 'sys_1', name: 'Tracking' })
    const state = createState('current')
    state.steps.push(
      createStep({
        kind: 'subprocess',
        label: 'Sterilize',
        systemIds: ['sys_1'],
        records: [
          { dataItemId: 'd_1', entry: 'manual' },
          { dataItemId: 'd_2', entry: 'manual' },
          { dataItemId: 'd_1', systemId: 'sys_1', entry: 'automatic' },
        ],
      }),
    )
    // when it is exported and read again
    const out = exportBpmn(project, state)
    expect(out.warnings).toEqual([])
    expect((await parseWithModdle(out.xml)).warnings).toEqual([])
    const again = importBpmn(out.xml)
    if (!again.ok) throw new Error(again.error)
    // then the diff finds nothing changed
    expect(isEmptyDiff(diff({ project, state }, { project: { id: 'again', ...again.added }, state: again.state }))).toBe(true)
  })
})
