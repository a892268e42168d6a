// Shared by the plan exports (csv, mspdi, md): the plan from --from to --to through the
// transition states between them, and the --start date.
import type { Plan } from '../../domain/plan'
import { UsageError } from '../errors'
import type { ExportInput } from './types'

export async function planOf(input: ExportInput): Promise<Plan> {
  const { planProject } = await import('../../domain/plan')
  const result = planProject(input.project, { from: input.from.id, to: input.to.id })
  if (!result.ok) throw new UsageError(`${input.source.path}: ${result.error}`)
  return result.plan
}

/** --start as YYYY-MM-DD, checked as a date from 1900 to 9999; `fallback` when not given (undefined: no dates). */
export async function startDate(input: ExportInput, fallback?: () => string): Promise<string | undefined> {
  const start = input.options?.start
  if (start === undefined) return fallback?.()
  const { checkStartDate } = await import('../../domain/plan')
  const checked = checkStartDate(start)
  if (!checked.ok) throw new UsageError(checked.error)
  return start
}

/** Runs a plan writer, saying a plan that runs past the year 9999 as the user's mistake, not a bug. */
export async function withPlanDates<T>(write: () => T): Promise<T> {
  const { PlanDateError } = await import('../../domain/plan')
  try {
    return write()
  } catch (e) {
    if (e instanceof PlanDateError) throw new UsageError(e.message)
    throw e
  }
}

/** Today on this computer's calendar. */
export function today(): string {
  const d = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}
