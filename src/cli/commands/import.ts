// flowstate import FILE.bpmn [FILE.bpmn ...] -o project.flowstate.json [--name NAME]
import { decodeXmlBytes, projectFromBpmn } from '../../io/bpmn'
import type { ParsedArgs } from '../args'
import { UsageError } from '../errors'
import { BPMN_LIMIT } from '../inputs'
import { refuseOverwritingInput, type CliIo } from '../io'
import { plural } from '../plural'
import { terminalLines } from '../terminal'

export const importSpec = { values: ['o', 'name'], flags: [] } as const

export async function runImport(args: ParsedArgs, io: CliIo): Promise<void> {
  const files = args.positional
  if (files.length === 0) throw new UsageError('import needs at least one .bpmn file; see flowstate import --help')
  const out = args.values.get('o')
  refuseOverwritingInput(io, files, out)
  const decoded = files.map((name) => ({ name, ...decodeXmlBytes(io.readFile(name, BPMN_LIMIT)) }))
  const result = projectFromBpmn(decoded, args.values.get('name'))
  // With several files the error names its file already; with one, say which too.
  if (!result.ok) throw new UsageError(files.length === 1 ? `${files[0]}: ${result.error}` : result.error)
  for (const d of decoded) if (d.warning) io.stderr(`warning: ${d.name}: ${d.warning}\n`)
  for (const w of result.warnings) io.stderr(`warning: ${w}\n`)
  const { serializeProject } = await import('../../domain/model/parse')
  const text = serializeProject(result.project)
  if (out === undefined || out === '-') io.stdout(io.terminal ? terminalLines(text) : text)
  else {
    io.writeFile(out, text)
    const steps = result.project.states.reduce((n, s) => n + s.steps.length, 0)
    io.stderr(`wrote ${out}: ${result.project.states.map((s) => `"${s.name}" (${s.phase})`).join(', ')}; ${plural(steps, 'step')}\n`)
  }
}
