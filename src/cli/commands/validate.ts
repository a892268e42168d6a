// flowstate validate FILE: exit 0 when the file is valid (warnings listed), 2 with the first problem.
import type { ParsedArgs } from '../args'
import { UsageError } from '../errors'
import { loadInput } from '../inputs'
import type { CliIo } from '../io'
import { plural } from '../plural'
import { danglingAnchors } from '../../domain/review'
import { terminalLines } from '../terminal'

export const validateSpec = { values: [], flags: [] } as const

export async function runValidate(args: ParsedArgs, io: CliIo): Promise<void> {
  if (args.positional.length !== 1) throw new UsageError('validate needs one FILE (.flowstate.json or .bpmn)')
  const input = await loadInput(io, args.positional[0]!)
  const p = input.project
  const steps = p.states.reduce((n, s) => n + s.steps.length, 0)
  const flows = p.states.reduce((n, s) => n + s.flows.length, 0)
  const what = input.kind === 'bpmn' ? 'valid BPMN' : 'valid flowstate project'
  const counts = [plural(steps, 'step'), plural(flows, 'flow'), plural(p.roles.length, 'role'), plural(p.dataItems.length, 'data item'), plural(p.systems.length, 'system')]
  if (input.kind !== 'bpmn') counts.unshift(plural(p.states.length, 'state'))
  io.stdout(terminalLines(`${input.path}: ${what}: ${counts.join(', ')}\n`))
  for (const w of input.warnings) io.stdout(terminalLines(`warning: ${w}\n`))
  // A comment whose step was deleted everywhere keeps its discussion; say so rather than refuse the file.
  for (const w of danglingAnchors(p)) io.stdout(terminalLines(`warning: ${w}\n`))
}
