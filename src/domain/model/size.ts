// How large a project may grow, checked where it grows: the file reader refuses a file past the
// limits and every edit is refused that would take the project past them, so the app never holds
// what its own project file could not carry (see limits.ts). No zod here: commands use it.
import { LIMITS, thousands } from './limits'
import type { Project } from './types'

interface Counts {
  steps: number
  flows: number
  /** The largest state's counts, with its name. */
  state: { name: string; steps: number; flows: number } | undefined
}

function counts(p: Project, only?: ReadonlySet<string>): Counts {
  const out: Counts = { steps: 0, flows: 0, state: undefined }
  for (const s of p.states) {
    out.steps += s.steps.length
    out.flows += s.flows.length
    if (only && !only.has(s.id)) continue
    if (s.steps.length > LIMITS.stepsPerState || s.flows.length > LIMITS.flowsPerState) out.state ??= { name: s.name, steps: s.steps.length, flows: s.flows.length }
  }
  return out
}

/** A project past the per-project limits (the per-state ones are the schema's), said in steps and flows. */
export function sizeProblem(p: Project): string | null {
  const c = counts(p, new Set())
  if (c.steps > LIMITS.stepsPerProject) return `states: the project has ${thousands(c.steps)} steps; a project holds at most ${thousands(LIMITS.stepsPerProject)}`
  if (c.flows > LIMITS.flowsPerProject) return `states: the project has ${thousands(c.flows)} flows; a project holds at most ${thousands(LIMITS.flowsPerProject)}`
  return null
}

/**
 * Why an edit from `before` to `after` is refused for size, or null. Only growth is refused: a
 * state already past a limit (from an older version) can still be edited and made smaller.
 */
export function growthProblem(before: Project, after: Project): string | null {
  if (before.states === after.states) return null
  const old = new Map(before.states.map((s) => [s.id, s]))
  const grown = new Set<string>()
  for (const s of after.states) {
    const prior = old.get(s.id)
    if (!prior || s.steps.length > prior.steps.length || s.flows.length > prior.flows.length) grown.add(s.id)
  }
  if (grown.size === 0) return null
  const a = counts(after, grown)
  const b = counts(before)
  if (a.state) {
    const { name, steps, flows } = a.state
    return steps > LIMITS.stepsPerState
      ? `${name} would have ${thousands(steps)} steps; a state holds at most ${thousands(LIMITS.stepsPerState)}`
      : `${name} would have ${thousands(flows)} flows; a state holds at most ${thousands(LIMITS.flowsPerState)}`
  }
  if (a.steps > LIMITS.stepsPerProject && a.steps > b.steps) return `the project would have ${thousands(a.steps)} steps; a project holds at most ${thousands(LIMITS.stepsPerProject)}`
  if (a.flows > LIMITS.flowsPerProject && a.flows > b.flows) return `the project would have ${thousands(a.flows)} flows; a project holds at most ${thousands(LIMITS.flowsPerProject)}`
  return null
}
