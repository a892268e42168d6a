import type { ExportFormat } from './types'
import { planOf, startDate, withPlanDates } from './plan'

export const csvFormat: ExportFormat = {
  name: 'csv',
  description: 'the plan (training, interfaces, implementation, go-live phases) as CSV; --preset jira|asana',
  extension: 'csv',
  scope: 'pair',
  presets: ['generic', 'jira', 'asana'],
  run: async (input) => {
    const { planToCsv } = await import('../../io/csv')
    const plan = await planOf(input)
    const preset = (input.options?.preset ?? 'generic') as 'generic' | 'jira' | 'asana'
    const start = await startDate(input)
    return { text: await withPlanDates(() => planToCsv(plan, start ? { preset, start } : { preset })), warnings: plan.warnings }
  },
}
