import type { ExportFormat } from './types'
import { planOf, startDate, today, withPlanDates } from './plan'

export const mspdiFormat: ExportFormat = {
  name: 'mspdi',
  description: 'the plan as Microsoft Project XML (Project, ProjectLibre, GanttProject); --start YYYY-MM-DD',
  extension: 'xml',
  scope: 'pair',
  run: async (input) => {
    const { planToMspdi } = await import('../../io/mspdi')
    const plan = await planOf(input)
    const start = (await startDate(input, today))!
    return { text: await withPlanDates(() => planToMspdi(plan, { start })), warnings: plan.warnings }
  },
}
