// `.bpmn` in the shell's Import: a BPMN file becomes a new project with one current state.
import { projectFromBpmn } from '../../io/bpmn'
import type { Importer } from '../project/importers'
import { rememberImportWarnings } from './importNotices'

export const BPMN_EXTENSIONS = ['.bpmn', '.bpmn2', '.bpmn.xml'] as const

export const bpmnImporter: Importer = {
  extensions: BPMN_EXTENSIONS,
  description: 'a BPMN 2.0 diagram (.bpmn)',
  read: (text, fileName) => {
    const result = projectFromBpmn([{ name: fileName, text }])
    if (result.ok) rememberImportWarnings(result.project.states[0]!.id, fileName, result.warnings)
    return result
  },
}
