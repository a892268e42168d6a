import { UsageError } from '../errors'
import { pickState } from '../inputs'
import type { ExportFormat } from './types'

/**
 * An image. Without state options: the side-by-side diff view the app opens with (first current
 * state against the last future state, with a transition state between when there is one); a
 * one-state project gives that state's map. --from/--to: the diff view of those two states.
 * --state NAME: one state's map, no diff.
 */
export const svgFormat: ExportFormat = {
  name: 'svg',
  description: 'an image: the diff view (default current → future; --from/--to pick the pair) or one state with --state NAME',
  extension: 'svg',
  scope: 'project',
  takesState: true,
  run: async (input) => {
    const { compareSvg, defaultCompareView, stateSvg } = await import('../../io/svg')
    const { project } = input
    const loaded = { path: input.source.path, kind: input.source.kind, project, warnings: [] }
    const { state, from, to } = input.options ?? {}
    if (state !== undefined) {
      if (from !== undefined || to !== undefined) throw new UsageError('--state draws one state; --from/--to draw a comparison: give one or the other')
      return { text: stateSvg(project, pickState(loaded, state, 'to')) }
    }
    if (from === undefined && to === undefined) {
      const view = defaultCompareView(project)
      if (!view) return { text: stateSvg(project, pickState(loaded, undefined, 'to')) }
      return { text: compareSvg(project, view) }
    }
    const before = pickState(loaded, from, 'from')
    const after = pickState(loaded, to, 'to')
    if (before.id === after.id) throw new UsageError(`--from and --to name the same state ("${before.name}"); use --state to draw one state`)
    return { text: compareSvg(project, { panes: [before.id, after.id], before: before.id, after: after.id }) }
  },
}
