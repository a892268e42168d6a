// A small, strict argument parser: every option is declared by the command that takes it, so a
// typo ("--form bpmn") is an error with a hint rather than silently ignored.
import { UsageError } from './errors'

export interface ArgSpec {
  /** Options that take a value, without dashes ("from", "o"). */
  values?: readonly string[]
  /** Options that are switches ("json"). */
  flags?: readonly string[]
}

export interface ParsedArgs {
  positional: string[]
  values: Map<string, string>
  flags: Set<string>
}

export function parseArgs(argv: readonly string[], spec: ArgSpec, command: string): ParsedArgs {
  const values = new Set(spec.values ?? [])
  const flags = new Set([...(spec.flags ?? []), 'help'])
  const out: ParsedArgs = { positional: [], values: new Map(), flags: new Set() }
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--') {
      for (const rest of argv.slice(i + 1)) out.positional.push(rest)
      break
    }
    if (arg === '-h') {
      out.flags.add('help')
      continue
    }
    if (!arg.startsWith('-') || arg === '-') {
      out.positional.push(arg)
      continue
    }
    const eq = arg.indexOf('=')
    const name = arg.slice(arg.startsWith('--') ? 2 : 1, eq === -1 ? undefined : eq)
    const display = (name.length === 1 ? '-' : '--') + name
    if (flags.has(name)) {
      if (eq !== -1) throw new UsageError(`${display} takes no value`)
      out.flags.add(name)
    } else if (values.has(name)) {
      const value = eq !== -1 ? arg.slice(eq + 1) : argv[++i]
      if (value === undefined || (eq === -1 && value.startsWith('-') && value !== '-')) throw new UsageError(`${display} needs a value`)
      if (out.values.has(name)) throw new UsageError(`${display} is given twice`)
      out.values.set(name, value)
    } else {
      throw new UsageError(`unknown option ${display} for "flowstate ${command}"; see flowstate ${command} --help`)
    }
  }
  return out
}
