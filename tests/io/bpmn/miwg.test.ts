// The MIWG round-trip files: one reference model passed through seven modelling tools. By
// construction the model is unchanged, so the diff against the reference must be empty except
// where a tool really changed a label. Line endings (ARIS writes CRLF in 12 names), wrapped
// names, default attributes, extension elements, regenerated collaboration ids (Signavio) and
// placeholder shapes in a second diagram (Open-BPMN) are not changes.
import { describe, expect, it } from 'vitest'
import { diff, type DiffResult } from '../../../src/domain/diff'
import type { DiffSide } from '../../../src/domain/diff'
import { importBpmn } from '../../../src/io/bpmn'
import { corpusFile } from './helpers'

function side(path: string): DiffSide {
  const result = importBpmn(corpusFile(`bpmn-miwg/${path}`), { fileName: path })
  if (!result.ok) throw new Error(`${path}: ${result.error}`)
  return { project: { id: path, ...result.added }, state: result.state }
}

const EMPTY = {
  stepsAdded: 0,
  stepsRemoved: 0,
  stepsChanged: 0,
  flowsAdded: 0,
  flowsRemoved: 0,
  handoffsAdded: 0,
  handoffsRemoved: 0,
  duplicatesIntroduced: 0,
  duplicatesResolved: 0,
}

const C1_TOOLS = [
  'ADONIS 17.0',
  'ARIS 10.2025.07',
  'Camunda Eclipse Plugin 3.0.0',
  'Cardanit (prev. BeePMN) 4.9.1',
  'Open-BPMN 1.2.8_2',
  'SAP Signavio Process Manager 19.9.0',
]

describe.each(['lineage', 'label'] as const)('MIWG round trips, steps matched by %s', (matchBy) => {
  const compare = (reference: string, tool: string): DiffResult => diff(side(reference), side(tool), { matchBy })

  it.each(C1_TOOLS)('C.1.0 through %s is unchanged', (tool) => {
    const d = compare('Reference/C.1.0.bpmn', `${tool}/C.1.0-roundtrip.bpmn`)
    expect(d.summary).toMatchObject(EMPTY)
    expect(d.roles).toEqual([])
    expect(d.matches).toHaveLength(21)
  })

  it('C.1.0 through bpmn.io has exactly one change: the label it double-encoded', () => {
    // bpmn.io (Camunda Modeler 18.6.1) wrote "Rechnung klären" back as UTF-8 read as Latin-1:
    // "klÃ¤ren". That is a real change of the label a user reads, so the diff reports it.
    const d = compare('Reference/C.1.0.bpmn', 'bpmn.io (Camunda Modeler) 18.6.1/C.1.0-roundtrip.bpmn')
    expect(d.summary).toMatchObject({ ...EMPTY, stepsChanged: 1 })
    expect(d.steps.changed.map((c) => [c.before.label, c.after.label, c.fields])).toEqual([['Rechnung klären', 'Rechnung klÃ¤ren', ['label']]])
    expect(d.roles.map((r) => [r.role, r.stepsChanged.length])).toEqual([['Team Assistant', 1]])
  })

  it.each(['Open-BPMN 1.2.8_2', 'bpmn.io (Camunda Modeler) 18.6.1'])('C.4.0 through %s is unchanged', (tool) => {
    const d = compare('Reference/C.4.0.bpmn', `${tool}/C.4.0-roundtrip.bpmn`)
    expect(d.summary).toMatchObject(EMPTY)
    expect(d.summary.handoffsBefore).toBe(d.summary.handoffsAfter)
    expect(d.roles).toEqual([])
    expect(d.matches).toHaveLength(40)
  })
})

describe('MIWG reference models', () => {
  it('reads C.1.0 as one state: a pool without lanes and a pool with three lanes', () => {
    const { project, state } = side('Reference/C.1.0.bpmn')
    expect(state.lanes.map((id) => project.roles.find((r) => r.id === id)!.name)).toEqual(['Team-Assistant', 'Team Assistant', 'Approver', 'Accountant'])
    expect(state.steps).toHaveLength(21)
    // 20 sequence flows and the 5 message flows between the two pools
    expect(state.flows).toHaveLength(25)
  })

  it('reads C.4.0, whose pools sit in four diagrams, with its data stores as systems', () => {
    const { project, state } = side('Reference/C.4.0.bpmn')
    // lanes of the main diagram first, then the pools drawn in the diagrams "IT", "Payroll", "Facilities"
    expect(state.lanes.map((id) => project.roles.find((r) => r.id === id)!.name)).toEqual(['HR Department', 'Responsible Department', 'IT', 'Payroll', 'Facilities'])
    expect(project.systems.map((s) => s.name).sort()).toEqual(['Employee Details', 'Payroll system', 'User Management'])
  })
})
