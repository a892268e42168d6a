// flowstate export FILE --format FORMAT [--preset NAME] [--start DATE] [--from NAME --to NAME] [-o OUT]
import type { ParsedArgs } from '../args'
import { UsageError } from '../errors'
import { EXPORT_FORMATS, findFormat, type ExportInput } from '../formats'
import { loadInput, pickState } from '../inputs'
import { refuseOverwritingInput, type CliIo } from '../io'
import { terminalLines } from '../terminal'

export const exportSpec = { values: ['format', 'from', 'to', 'o', 'preset', 'start', 'state'], flags: [] } as const

export async function runExport(args: ParsedArgs, io: CliIo): Promise<void> {
  if (args.positional.length !== 1) throw new UsageError('export needs one FILE (.flowstate.json or .bpmn); see flowstate export --help')
  const name = args.values.get('format')
  const available = EXPORT_FORMATS.map((f) => f.name).join(', ')
  if (name === undefined) throw new UsageError(`export needs --format (${available})`)
  const format = findFormat(name)
  if (!format) throw new UsageError(`unknown export format "${name}"; available: ${available}`)
  const preset = args.values.get('preset')
  if (preset !== undefined && !(format.presets ?? []).includes(preset.toLowerCase())) {
    throw new UsageError(
      format.presets ? `unknown --preset "${preset}" for ${format.name}; available: ${format.presets.join(', ')}` : `--format ${format.name} takes no --preset`,
    )
  }
  const stateName = args.values.get('state')
  if (stateName !== undefined && !format.takesState) throw new UsageError(`--format ${format.name} takes no --state; use --from/--to`)
  refuseOverwritingInput(io, args.positional, args.values.get('o'))
  const input = await loadInput(io, args.positional[0]!)
  for (const w of input.warnings) io.stderr(`warning: ${input.path}: ${w}\n`)
  const fromName = args.values.get('from')
  const toName = args.values.get('to')
  let from, to, state
  if (format.scope !== 'project') {
    from = pickState(input, fromName, 'from')
    to = pickState(input, toName, 'to')
    state = toName === undefined && fromName !== undefined ? from : to
  }
  const options = { preset: preset?.toLowerCase(), start: args.values.get('start'), state: stateName, from: fromName, to: toName }
  const exportInput = { project: input.project, from, to, state, source: { path: input.path, kind: input.kind }, options } as ExportInput
  const output = await format.run(exportInput)
  for (const w of output.warnings ?? []) io.stderr(`warning: ${w}\n`)
  const out = args.values.get('o')
  // A file shown on a terminal is shown as text; piped or written, it stays the file it is.
  if (out === undefined || out === '-') io.stdout(io.terminal ? terminalLines(output.text) : output.text)
  else io.writeFile(out, output.text)
}
