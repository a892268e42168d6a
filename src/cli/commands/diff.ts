// flowstate diff BEFORE AFTER [--json] [--match-by lineage|label]
// flowstate diff PROJECT.flowstate.json [--from NAME] [--to NAME]
import { diff } from '../../domain/diff'
import { painPointRecord, reviewPainPoints } from '../../domain/review'
import type { DiffSide } from '../../domain/diff'
import type { ParsedArgs } from '../args'
import { UsageError } from '../errors'
import { loadInput, pickState, type LoadedInput } from '../inputs'
import type { CliIo } from '../io'
import { diffReport } from '../report'
import { terminalJson } from '../terminal'

export const diffSpec = { values: ['match-by', 'from', 'to'], flags: ['json'] } as const

export async function runDiff(args: ParsedArgs, io: CliIo): Promise<void> {
  const matchBy = args.values.get('match-by') ?? 'lineage'
  if (matchBy !== 'lineage' && matchBy !== 'label') throw new UsageError(`--match-by must be "lineage" or "label", not "${matchBy}"`)
  const files = args.positional
  if (files.length === 0 || files.length > 2) {
    throw new UsageError('diff needs BEFORE and AFTER files, or one .flowstate.json with --from/--to; see flowstate diff --help')
  }
  const inputs: LoadedInput[] = []
  for (const f of files) inputs.push(await loadInput(io, f))
  if (inputs.length === 1 && inputs[0]!.kind === 'bpmn') {
    throw new UsageError(`${files[0]}: a .bpmn file holds one state; name a second file to compare it with`)
  }
  for (const input of inputs) for (const w of input.warnings) io.stderr(`warning: ${input.path}: ${w}\n`)

  const first = inputs[0]!
  const last = inputs[inputs.length - 1]!
  const before: DiffSide = { project: first.project, state: pickState(first, args.values.get('from'), 'from') }
  const after: DiffSide = { project: last.project, state: pickState(last, args.values.get('to'), 'to') }
  if (before.project === after.project && before.state === after.state) {
    throw new UsageError(`${first.path}: --from and --to name the same state "${before.state.name}"`)
  }
  const result = diff(before, after, { matchBy })
  // Pain points belong to a project: two states of one project file carry them, a BPMN pair has none.
  const painPoints = before.project === after.project ? reviewPainPoints(first.project, before.state, after.state, result).map(painPointRecord) : []
  if (args.flags.has('json')) io.stdout(terminalJson(JSON.stringify({ ...result, painPoints }, null, 2)) + '\n')
  else io.stdout(diffReport(result, { color: io.color, matchBy, beforeFile: first.path, afterFile: last.path }))
}
