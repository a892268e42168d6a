// Every .bpmn file of the real-world corpus (tests/fixtures/corpus, copied from ../shared/corpus)
// imports without a crash into a state the project schema accepts.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseProject } from '../../../src/domain/model'
import { projectFromBpmn } from '../../../src/io/bpmn'
import { corpusPath } from './helpers'

function bpmnFiles(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) out.push(...bpmnFiles(path))
    else if (name.endsWith('.bpmn')) out.push(path)
  }
  return out.sort()
}

const root = corpusPath('')
const files = bpmnFiles(root).map((f) => relative(root, f))

describe('the BPMN corpus', () => {
  it('holds the 66 .bpmn files of the shared corpus', () => {
    expect(files).toHaveLength(66)
  })

  it.each(files)('imports %s into a valid project', (file) => {
    const result = projectFromBpmn([{ name: file, text: readFileSync(corpusPath(file), 'utf8') }])
    if (!result.ok) throw new Error(result.error)
    for (const w of result.warnings) expect(w).not.toContain('\n')
    const checked = parseProject(JSON.parse(JSON.stringify(result.project)))
    expect(checked.ok ? 'valid' : checked.error).toBe('valid')
  })

  it('finds the clinical pathways of MSBPMN in full: steps of open sub-processes, lanes and the documents they write', () => {
    const result = projectFromBpmn([{ name: 'htep.bpmn', text: readFileSync(corpusPath('msbpmn-fhir2bpmn/htep.bpmn'), 'utf8') }])
    if (!result.ok) throw new Error(result.error)
    const { project } = result
    const state = project.states[0]!
    // all 39 user tasks, though most sit inside the 10 expanded sub-processes the file uses as groups
    expect(state.steps.filter((s) => s.kind === 'task')).toHaveLength(39)
    expect(state.steps.some((s) => s.kind === 'subprocess')).toBe(false)
    expect(project.roles.map((r) => r.name)).toEqual(['Entlassungsmanagement', 'Labor', 'Radiologie', 'Orthopaedie'])
    // "Entlassungspapiere" is written by two steps (on two branches): a duplicate the diff sees.
    // "Operationseinwilligung" has two references too, but one is the open sub-process "Aufnahme des
    // Patienten" itself, recorded on its last step, which writes the other: one step, one record.
    const writers = (item: string) => {
      const id = project.dataItems.find((d) => d.name === item)!.id
      return state.steps.filter((s) => s.records.some((r) => r.dataItemId === id)).length
    }
    expect(writers('Operationseinwilligung')).toBe(1)
    expect(writers('Entlassungspapiere')).toBe(2)
  })

  const shared = join(process.cwd(), '../shared/corpus')
  it.skipIf(!existsSync(shared))('is a byte-for-byte copy of ../shared/corpus', () => {
    const theirs = bpmnFiles(shared).map((f) => relative(shared, f))
    expect(files).toEqual(theirs)
    for (const f of files) expect(readFileSync(corpusPath(f)).equals(readFileSync(join(shared, f)))).toBe(true)
  })
})
