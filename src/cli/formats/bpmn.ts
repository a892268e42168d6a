import { exportBpmn } from '../../io/bpmn'
import type { ExportFormat } from './types'

export const bpmnFormat: ExportFormat = {
  name: 'bpmn',
  description: 'BPMN 2.0 XML with diagram (pool, lanes, steps, flows, data) of one state: --to, else --from',
  extension: 'bpmn',
  scope: 'state',
  run: ({ project, state }) => {
    const out = exportBpmn(project, state)
    return { text: out.xml, warnings: out.warnings }
  },
}
