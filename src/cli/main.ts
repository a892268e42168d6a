// The flowstate command: same domain code as the app, no browser. `run` takes the arguments and
// an IO object and returns the exit status, so tests can call it in memory; bin/flowstate.js
// runs it on the real process.
import { parseArgs, type ArgSpec, type ParsedArgs } from './args'
import { runDiff, diffSpec } from './commands/diff'
import { exportSpec, runExport } from './commands/export'
import { importSpec, runImport } from './commands/import'
import { runValidate, validateSpec } from './commands/validate'
import { EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK, UsageError } from './errors'
import { HELP } from './help'
import { nodeIo, type CliIo } from './io'

export type { CliIo } from './io'

const COMMANDS: Record<string, { spec: ArgSpec; run: (args: ParsedArgs, io: CliIo) => Promise<void> }> = {
  diff: { spec: diffSpec, run: runDiff },
  import: { spec: importSpec, run: runImport },
  export: { spec: exportSpec, run: runExport },
  validate: { spec: validateSpec, run: runValidate },
}

export const VERSION = '0.1.0'

export async function run(argv: readonly string[], io: CliIo = nodeIo()): Promise<number> {
  const [name, ...rest] = argv
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      const topic = name === 'help' && rest[0] && HELP[rest[0]] ? rest[0] : 'main'
      io.stdout(HELP[topic]!())
      return name === undefined ? EXIT_BAD_INPUT : EXIT_OK
    }
    if (name === '--version' || name === '-v') {
      io.stdout(`flowstate ${VERSION}\n`)
      return EXIT_OK
    }
    const command = COMMANDS[name]
    if (!command) throw new UsageError(`unknown command "${name}"; commands: diff, import, export, validate (see flowstate --help)`)
    const args = parseArgs(rest, command.spec, name)
    if (args.flags.has('help')) {
      io.stdout(HELP[name]!())
      return EXIT_OK
    }
    await command.run(args, io)
    return EXIT_OK
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr(`flowstate: ${oneLine(e.message)}\n`)
      return EXIT_BAD_INPUT
    }
    // A bug, not the user's mistake: say so in one line; the stack only when asked for.
    const message = e instanceof Error ? e.message : String(e)
    io.stderr(`flowstate: internal error: ${oneLine(message)} (please report it; FLOWSTATE_DEBUG=1 shows details)\n`)
    if (typeof process !== 'undefined' && process.env.FLOWSTATE_DEBUG && e instanceof Error) io.stderr(`${e.stack}\n`)
    return EXIT_INTERNAL
  }
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').slice(0, 500)
}
