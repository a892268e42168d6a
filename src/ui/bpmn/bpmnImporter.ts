// `.bpmn` in the shell's Import: a BPMN file becomes a new project with one current state.
import type { Importer } from '../project/importers'

export const BPMN_EXTENSIONS = ['.bpmn', '.bpmn2', '.bpmn.xml'] as const

export const bpmnImporter: Importer = {
  extensions: BPMN_EXTENSIONS,
  description: 'a BPMN 2.0 diagram (.bpmn)',
  read: async (text, fileName) => {
    // BPMN reading loads when a .bpmn file is imported, not with the app's first screen.
    const { projectFromBpmn } = await import('../../io/bpmn')
    // Its warnings go back with the project; the Import control shows them, as for every importer.
    return projectFromBpmn([{ name: fileName, text }])
  },
}
