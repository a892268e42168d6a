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

/** --start as YYYY-MM-DD, checked; `fallback` when not given (undefined: no dates). */
export function startDate(input: ExportInput, fallback?: () => string): string | undefined {
  const start = input.options?.start
  if (start === undefined) return fallback?.()
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(start)
  const date = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : undefined
  if (!m || !date || date.getUTCMonth() !== Number(m[2]) - 1 || date.getUTCDate() !== Number(m[3])) {
    throw new UsageError(`--start needs a date as YYYY-MM-DD, not "${start}"`)
  }
  return start
}

/** Today on this computer's calendar. */
export function today(): string {
  const d = new Date()
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
}
