// `.bpmn` in the shell's Import: a BPMN file becomes a new project with one current state.
import { LIMITS } from '../../domain/model/limits'
import type { Importer } from '../project/importers'

export const BPMN_EXTENSIONS = ['.bpmn', '.bpmn2', '.bpmn.xml'] as const

export const bpmnImporter: Importer = {
  extensions: BPMN_EXTENSIONS,
  description: 'a BPMN 2.0 diagram (.bpmn)',
  maxBytes: LIMITS.bpmnFileBytes,
  read: async (bytes, fileName) => {
    // BPMN reading loads when a .bpmn file is imported, not with the app's first screen.
    const { decodeXmlBytes, projectFromBpmn } = await import('../../io/bpmn')
    const { text, warning } = decodeXmlBytes(bytes)
    // Its warnings go back with the project; the Import control shows them, as for every importer.
    const result = projectFromBpmn([{ name: fileName, text }])
    return result.ok && warning ? { ...result, warnings: [warning, ...result.warnings] } : result
  },
}
