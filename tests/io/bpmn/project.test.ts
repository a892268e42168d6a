// Several BPMN files become the states of one project; modelers name every version of a map the
// same, so the states are named apart: the process name while it is unique, else phase and file.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { projectFromBpmn, type BpmnFile } from '../../../src/io/bpmn'

const phaseFile = (name: string, dir = 'maps'): BpmnFile => ({
  name: `${dir}/${name}`,
  text: readFileSync(join(process.cwd(), 'tests/fixtures/bpmn-phases', name), 'utf8'),
})
const named = (process: string, file: string): BpmnFile => ({
  name: file,
  text: `<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D"><bpmn:process id="P" name="${process}"><bpmn:task id="T" name="Scan" /></bpmn:process></bpmn:definitions>`,
})

function stateNames(files: BpmnFile[]) {
  const result = projectFromBpmn(files)
  if (!result.ok) throw new Error(result.error)
  return { project: result.project.name, states: result.project.states.map((s) => s.name) }
}

describe('states imported from several BPMN files', () => {
  it('are named by phase and file when their processes share a name', () => {
    // given four maps of the sterilization workflow, each process called "Sterilization"
    const files = ['phases.current.bpmn', 'phases.phase1.bpmn', 'phases.phase2.bpmn', 'phases.future.bpmn'].map((f) => phaseFile(f))
    // when they are imported as one project, then each state says which phase and file it is
    expect(stateNames(files)).toEqual({
      project: 'Sterilization',
      states: ['Current state (phases.current.bpmn)', 'Transition state (phases.phase1.bpmn)', 'Transition state (phases.phase2.bpmn)', 'Future state (phases.future.bpmn)'],
    })
  })

  it('keep their process names while those are distinct, and rename only the ones that repeat', () => {
    const files = [named('Paper logs', 'a.bpmn'), named('Tracking beside paper', 'b.bpmn'), named('Scanning', 'c.bpmn'), named('scanning ', 'd.bpmn')]
    expect(stateNames(files).states).toEqual(['Paper logs', 'Tracking beside paper', 'Transition state (c.bpmn)', 'Future state (d.bpmn)'])
  })

  it('are numbered when even phase and file repeat (one file given twice)', () => {
    const twice = phaseFile('phases.phase1.bpmn')
    const elsewhere = phaseFile('phases.phase1.bpmn', 'other')
    expect(stateNames([phaseFile('phases.current.bpmn'), twice, elsewhere, phaseFile('phases.future.bpmn')]).states).toEqual([
      'Current state (phases.current.bpmn)',
      'Transition state (phases.phase1.bpmn)',
      'Transition state (phases.phase1.bpmn) 2',
      'Future state (phases.future.bpmn)',
    ])
  })

  it('keep the process name of a single file', () => {
    expect(stateNames([phaseFile('phases.current.bpmn')]).states).toEqual(['Sterilization'])
  })
})
