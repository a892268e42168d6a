// BPMN 2.0 in and out (DESIGN "BPMN 2.0 mapping"): string in, string out, no DOM, so the app
// and the command line share it.
export { importBpmn, type BpmnImport, type BpmnImportOptions, type BpmnImportResult } from './import'
export { exportBpmn, type BpmnExport } from './export'
export { projectFromBpmn, phasesFor, withImport, type BpmnFile, type BpmnProjectResult } from './project'
export { decodeXmlBytes, XML_LIMITS } from './xml'
export type { Catalogue } from './catalogue'
