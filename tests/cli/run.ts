import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

export interface CliRun {
  status: number | null
  stdout: string
  stderr: string
}

/** Runs the real command (the package's bin) in a child process, as a user or a CI job would. */
export function flowstate(args: readonly string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): CliRun {
  const result = spawnSync(process.execPath, [join(process.cwd(), 'bin/flowstate.js'), ...args], {
    cwd: options.cwd ?? process.cwd(),
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '', ...options.env },
    timeout: 60_000,
  })
  return { status: result.status, stdout: result.stdout, stderr: result.stderr }
}

export const corpus = (path: string): string => join(process.cwd(), 'tests/fixtures/corpus', path)
export const fixture = (path: string): string => join(process.cwd(), 'tests/fixtures/bpmn', path)

/** A user mistake: exit 2 and exactly one line on stderr, never a stack trace. */
export function expectOneLineError(run: CliRun): string {
  if (run.status !== 2) throw new Error(`expected exit 2, got ${run.status}: ${run.stderr}`)
  const lines = run.stderr.split('\n').filter((l) => l !== '')
  if (lines.length !== 1 || !lines[0]!.startsWith('flowstate: ') || /\n\s+at /.test(run.stderr)) {
    throw new Error(`expected one "flowstate: …" line on stderr, got:\n${run.stderr}`)
  }
  return lines[0]!.slice('flowstate: '.length)
}
