// flowstate import FILE.bpmn [FILE.bpmn ...] -o project.flowstate.json [--name NAME]
import { decodeXmlBytes, projectFromBpmn } from '../../io/bpmn'
import type { ParsedArgs } from '../args'
import { UsageError } from '../errors'
import type { CliIo } from '../io'
import { plural } from '../plural'

export const importSpec = { values: ['o', 'name'], flags: [] } as const

export async function runImport(args: ParsedArgs, io: CliIo): Promise<void> {
  const files = args.positional
  if (files.length === 0) throw new UsageError('import needs at least one .bpmn file; see flowstate import --help')
  const result = projectFromBpmn(
    files.map((name) => ({ name, text: decodeXmlBytes(io.readFile(name)) })),
    args.values.get('name'),
  )
  if (!result.ok) throw new UsageError(result.error)
  for (const w of result.warnings) io.stderr(`warning: ${w}\n`)
  const { serializeProject } = await import('../../domain/model/parse')
  const text = serializeProject(result.project)
  const out = args.values.get('o')
  if (out === undefined || out === '-') io.stdout(text)
  else {
    io.writeFile(out, text)
    const steps = result.project.states.reduce((n, s) => n + s.steps.length, 0)
    io.stderr(`wrote ${out}: ${result.project.states.map((s) => `"${s.name}" (${s.phase})`).join(', ')}; ${plural(steps, 'step')}\n`)
  }
}
