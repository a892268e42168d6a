import { describe, expect, it } from 'vitest'
import { parseProjectText } from '../../src/domain/model'
import { fileSlug } from '../../src/ui/project/download'
import { projectFile } from '../../src/ui/project/ExportButton'
import { acceptAttribute, importerFor, flowstateImporter, type Importer } from '../../src/ui/project/importers'
import { loadProject } from '../helpers/fixtures'

describe('the exported project file', () => {
  it('carries the time the project was last saved and reads back as the same project', () => {
    const project = loadProject()

    const { fileName, text } = projectFile(project, '2026-11-28T12:34:56.000Z')

    expect(fileName).toBe('tray-return-small.flowstate.json')
    const back = parseProjectText(text)
    expect(back.ok && back.project).toEqual({ ...project, updatedAt: '2026-11-28T12:34:56.000Z' })
  })

  it('names files after the project, in safe characters', () => {
    expect(fileSlug('Stérile processing: OR 3 / decontamination')).toBe('sterile-processing-or-3-decontamination')
    expect(fileSlug('***')).toBe('project')
  })
})

describe('importers by file ending', () => {
  const bpmn: Importer = { extensions: ['.bpmn'], description: 'BPMN', maxBytes: 1, read: () => ({ ok: false, error: 'n/a' }) }

  it('routes a file to the importer with the longest matching ending, in any case', () => {
    expect(importerFor('Tray.FLOWSTATE.JSON', [flowstateImporter, bpmn])).toBe(flowstateImporter)
    expect(importerFor('order.bpmn', [flowstateImporter, bpmn])).toBe(bpmn)
    expect(importerFor('notes.txt', [flowstateImporter, bpmn])).toBeUndefined()
    expect(acceptAttribute([flowstateImporter, bpmn])).toBe('.flowstate.json,.json,.bpmn')
  })
})
