// The formats of `flowstate export --format`. To add one, write src/cli/formats/<name>.ts
// (an ExportFormat, see types.ts) and list it below; heavy formats can import their code inside run().
import { bpmnFormat } from './bpmn'
import { csvFormat } from './csv'
import { jsonFormat } from './json'
import { mdFormat } from './md'
import { mspdiFormat } from './mspdi'
import { svgFormat } from './svg'
import type { ExportFormat } from './types'

export type { ExportFormat, ExportInput, ExportOutput } from './types'

export const EXPORT_FORMATS: readonly ExportFormat[] = [bpmnFormat, jsonFormat, csvFormat, mspdiFormat, mdFormat, svgFormat]

export function findFormat(name: string): ExportFormat | undefined {
  return EXPORT_FORMATS.find((f) => f.name === name.toLowerCase())
}
