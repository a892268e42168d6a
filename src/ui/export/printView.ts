// What a printout shows: the side-by-side view on screen, or the one state of a project that has
// only one.
import { compareSvg, stateSvg } from '../../io/svg'
import type { ExportContext } from './entries'

export function printView(ctx: ExportContext): { svg: string; alt: string } | null {
  const { project, pair, panes } = ctx
  if (pair) {
    const svg = compareSvg(project, { panes, before: pair.before, after: pair.after }, ctx.diffs ? { diffs: ctx.diffs } : {})
    return { svg, alt: `${project.name}: the states side by side with what changes` }
  }
  const state = project.states[0]
  return state ? { svg: stateSvg(project, state), alt: `${project.name}: ${state.name}` } : null
}
