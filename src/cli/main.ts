// The flowstate command: same domain code as the app, no browser. `run` takes the arguments and
// an IO object and returns the exit status, so tests can call it in memory; bin/flowstate.js
// runs it on the real process.
import { parseArgs, type ArgSpec, type ParsedArgs } from './args'
import { EXIT_BAD_INPUT, EXIT_INTERNAL, EXIT_OK, UsageError } from './errors'
import { nodeIo, type CliIo } from './io'
import { terminalLines } from './terminal'

export type { CliIo } from './io'

interface Command {
  spec: ArgSpec
  run: (args: ParsedArgs, io: CliIo) => Promise<void>
}

// Each command loads only its own code (the bundle is split per command): `flowstate diff` never
// parses the export formats, the SVG drawing or the project schema it does not use.
const COMMANDS: Record<string, () => Promise<Command>> = {
  diff: () => import('./commands/diff').then((m) => ({ spec: m.diffSpec, run: m.runDiff })),
  import: () => import('./commands/import').then((m) => ({ spec: m.importSpec, run: m.runImport })),
  export: () => import('./commands/export').then((m) => ({ spec: m.exportSpec, run: m.runExport })),
  validate: () => import('./commands/validate').then((m) => ({ spec: m.validateSpec, run: m.runValidate })),
  observe: () => import('./commands/observe').then((m) => ({ spec: m.observeSpec, run: m.runObserve })),
  serve: () => import('./commands/serve').then((m) => ({ spec: m.serveSpec, run: m.runServe })),
}
const help = async (topic: string): Promise<string> => {
  const { HELP } = await import('./help')
  return HELP[HELP[topic] ? topic : 'main']!()
}

export const VERSION = '0.1.0'

export async function run(argv: readonly string[], given: CliIo = nodeIo()): Promise<number> {
  // Everything said on stderr names files, states and steps from the user's files: never raw.
  const io: CliIo = { ...given, stderr: (text) => given.stderr(terminalLines(text)) }
  const [name, ...rest] = argv
  try {
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      io.stdout(await help(name === 'help' && rest[0] ? rest[0] : 'main'))
      return name === undefined ? EXIT_BAD_INPUT : EXIT_OK
    }
    if (name === '--version' || name === '-v') {
      io.stdout(`flowstate ${VERSION}\n`)
      return EXIT_OK
    }
    const load = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
    if (!load) throw new UsageError(`unknown command "${name}"; commands: diff, import, export, validate, serve, observe (see flowstate --help)`)
    const command = await load()
    const args = parseArgs(rest, command.spec, name)
    if (args.flags.has('help')) {
      io.stdout(await help(name))
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
