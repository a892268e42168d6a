import type { ExportFormat } from './types'
import { planOf } from './plan'

export const mdFormat: ExportFormat = {
  name: 'md',
  description: 'a Markdown change report: metrics, who must adapt, handoffs, duplicates and the plan',
  extension: 'md',
  scope: 'pair',
  run: async (input) => {
    const [{ changeReport }, { diffStates }] = await Promise.all([import('../../io/markdown'), import('../../domain/diff')])
    const plan = await planOf(input)
    return { text: changeReport({ diff: diffStates(input.project, input.from, input.to), plan }), warnings: plan.warnings }
  },
}
