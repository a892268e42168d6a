// flowstate validate FILE: exit 0 when the file is valid (warnings listed), 2 with the first problem.
import type { ParsedArgs } from '../args'
import { UsageError } from '../errors'
import { loadInput } from '../inputs'
import type { CliIo } from '../io'

export const validateSpec = { values: [], flags: [] } as const

export async function runValidate(args: ParsedArgs, io: CliIo): Promise<void> {
  if (args.positional.length !== 1) throw new UsageError('validate needs one FILE (.flowstate.json or .bpmn)')
  const input = await loadInput(io, args.positional[0]!)
  const p = input.project
  const steps = p.states.reduce((n, s) => n + s.steps.length, 0)
  const flows = p.states.reduce((n, s) => n + s.flows.length, 0)
  const what = input.kind === 'bpmn' ? 'valid BPMN' : 'valid flowstate project'
  const states = input.kind === 'bpmn' ? '' : `${p.states.length} states, `
  io.stdout(`${input.path}: ${what}: ${states}${steps} steps, ${flows} flows, ${p.roles.length} roles, ${p.dataItems.length} data items, ${p.systems.length} systems\n`)
  for (const w of input.warnings) io.stdout(`warning: ${w}\n`)
}
