import type { ExportFormat } from './types'

export const jsonFormat: ExportFormat = {
  name: 'json',
  description: 'the whole project as .flowstate.json (a .bpmn input becomes a one-state project)',
  extension: 'flowstate.json',
  scope: 'project',
  run: async ({ project }) => {
    const { serializeProject } = await import('../../domain/model/parse')
    return { text: serializeProject(project) }
  },
}
