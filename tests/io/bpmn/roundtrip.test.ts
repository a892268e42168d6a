// flowstate -> BPMN -> flowstate loses nothing a workshop measured: touch and wait times, value
// classes and notes come back with the records, so the round trip diffs empty and every metric
// (lead time included) is the same. Other tools read the same file without a complaint.
import { BpmnModdle } from 'bpmn-moddle'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { diff, isEmptyDiff } from '../../../src/domain/diff'
import { parseProjectText, type Project, type WorkflowState } from '../../../src/domain/model'
import { exportBpmn, importBpmn } from '../../../src/io/bpmn'
import { NS } from '../../../src/io/bpmn/vocabulary'

function project(path: string): Project {
  const parsed = parseProjectText(readFileSync(join(process.cwd(), path), 'utf8'))
  if (!parsed.ok) throw new Error(parsed.error)
  return parsed.project
}

/** Exports one state and reads it back as a new file would be read: no catalogue shared. */
function throughBpmn(p: Project, state: WorkflowState) {
  const out = exportBpmn(p, state)
  const again = importBpmn(out.xml, { phase: state.phase })
  if (!again.ok) throw new Error(again.error)
  const result = diff({ project: p, state }, { project: { id: 'again', ...again.added }, state: again.state })
  return { out, again, result }
}

/** What a workshop measured on each step, by lineage. */
const measured = (state: WorkflowState) =>
  Object.fromEntries(state.steps.map((s) => [s.lineage, { touch: s.touchMinutes, wait: s.waitMinutes, value: s.value, notes: s.notes }]))

const FIXTURE = 'tests/fixtures/bpmn-roundtrip/export.times-notes-records.json'
const examples = readdirSync(join(process.cwd(), 'examples'))
  .filter((f) => f.endsWith('.flowstate.json'))
  .flatMap((f) => project(`examples/${f}`).states.map((s) => [f, s.name] as const))

describe('flowstate -> BPMN -> flowstate', () => {
  it('keeps touch time, wait time, value class, notes and records of every step', () => {
    // given a transition state with times (fractions too), value classes, notes, duplicate records,
    // records a diagram cannot draw exactly and a decision that looks something up in a system
    const p = project(FIXTURE)
    const state = p.states[0]!
    // when it is exported and the file is read back
    const { out, again, result } = throughBpmn(p, state)
    // then other tools are told what the diagram cannot draw, and for flowstate nothing changed:
    // no diff, the same measurements, the same records and systems, the same metrics
    expect(out.warnings).toEqual([
      'records of 1 step drawn as every data item into every system: BPMN cannot say which item goes where; flowstate reads them back exactly ("Scan tray and log it on paper")',
      'systems of 1 decision not drawn: a BPMN gateway cannot use a data store; flowstate reads them back exactly ("Indicator passed?")',
    ])
    expect(again.warnings).toEqual([])
    expect(result.summary).toMatchObject({ stepsAdded: 0, stepsRemoved: 0, stepsChanged: 0, flowsAdded: 0, flowsRemoved: 0 })
    expect(isEmptyDiff(result)).toBe(true)
    expect(measured(again.state)).toEqual(measured(state))
    expect(result.metrics.after).toEqual(result.metrics.before)
    expect(result.metrics.before.leadTimeMinutes).toBeGreaterThan(100)
    expect(result.metrics.before.touchMinutes).toBe(21.25)
    // the duplicate documentation of the tray ID is still there
    expect(result.duplicates.persisting.map((d) => d.item).sort()).toEqual(['Load contents', 'Tray ID'])
  })

  it('lets the diagram win when another tool changed the data a step records', () => {
    // given an exported file in which someone renamed the paper log store to "Paper binder"
    const p = project(FIXTURE)
    const { out } = throughBpmn(p, p.states[0]!)
    const edited = out.xml.replaceAll('name="Paper log"', 'name="Paper binder"')
    // when flowstate reads it
    const again = importBpmn(edited)
    if (!again.ok) throw new Error(again.error)
    // then the scan step records what the diagram draws (every item into every system), and the user is told
    const systems = new Map(again.added.systems.map((s) => [s.id, s.name]))
    const scan = again.state.steps.find((s) => s.lineage === 'l_scan')!
    expect(scan.records.map((r) => systems.get(r.systemId!)).sort()).toEqual(['Paper binder', 'Paper binder', 'Tracking system', 'Tracking system'])
    expect(again.warnings).toEqual(['1 step whose data objects or stores were changed in another tool: records read from the diagram ("Scan tray and log it on paper")'])
    // and what the diagram cannot draw at all still comes back
    expect(again.state.steps.find((s) => s.lineage === 'l_ok')!.systemIds.map((id) => systems.get(id))).toEqual(['Tracking system'])
  })

  it.each(examples)('keeps %s "%s" unchanged', (file, name) => {
    const p = project(`examples/${file}`)
    const state = p.states.find((s) => s.name === name)!
    const { again, result } = throughBpmn(p, state)
    expect(isEmptyDiff(result)).toBe(true)
    expect(result.steps.changed).toEqual([])
    expect(result.metrics.after).toEqual(result.metrics.before)
    expect(measured(again.state)).toEqual(measured(state))
  })

  it('writes the measurements in a declared extension namespace that bpmn-moddle reads without a warning and writes back', async () => {
    // given the exported file
    const p = project(FIXTURE)
    const { out } = throughBpmn(p, p.states[0]!)
    expect(out.xml).toContain(`xmlns:flowstate="${NS.flowstate}"`)
    // when bpmn.io's parser reads it
    const moddle = new BpmnModdle()
    const { rootElement, warnings } = await moddle.fromXML(out.xml)
    // then it has nothing to complain about, sees the extension and the notes on the task…
    expect(warnings).toEqual([])
    const process = (rootElement as any).rootElements.find((e: any) => e.$type === 'bpmn:Process')
    const wipe = process.flowElements.find((e: any) => e.id === 'l_wipe')
    expect(wipe.documentation[0].text).toContain('Blood that dries on')
    expect(wipe.extensionElements.values).toEqual([expect.objectContaining({ $type: 'flowstate:step', touchMinutes: '5', waitMinutes: '2.5', value: 'necessary' })])
    // …and a file it saves again (as bpmn.io and Camunda Modeler do) still carries them to flowstate
    const { xml: saved } = await moddle.toXML(rootElement, { format: true })
    const again = importBpmn(saved)
    if (!again.ok) throw new Error(again.error)
    expect(measured(again.state)).toEqual(measured(p.states[0]!))
  })

  it('reads a file whose extension values are broken, leaving them out with a warning', () => {
    // given a task whose touch time is not a number and whose value class is unknown
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="${NS.model}" xmlns:fs="${NS.flowstate}" id="D" targetNamespace="urn:x">
  <bpmn:process id="P">
    <bpmn:task id="A" name="Scan">
      <bpmn:extensionElements><fs:step touchMinutes="ten" waitMinutes="4" value="essential" /></bpmn:extensionElements>
    </bpmn:task>
  </bpmn:process>
</bpmn:definitions>`
    // when it is imported
    const result = importBpmn(xml)
    if (!result.ok) throw new Error(result.error)
    // then the good value is kept (under any prefix), the bad ones are named in warnings
    const step = result.state.steps[0]!
    expect([step.touchMinutes, step.waitMinutes, step.value]).toEqual([undefined, 4, undefined])
    expect(result.warnings).toEqual([
      '1 step with a touch or wait time that is not a number of minutes from 0 to 10,000,000: left out ("Scan")',
      '1 step with an unknown value class left unclassified (value-add, necessary, waste) ("Scan")',
    ])
  })
})
