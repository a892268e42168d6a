// What the server says while it runs: one line per event, with the time, to standard output
// (problems to standard error). Lines name rooms, access and the first characters of a token's
// id, never a token, the host key or anything typed into a map.

export interface Log {
  info(message: string): void
  problem(message: string): void
}

const stamp = (): string => new Date().toISOString().replace(/\.\d+Z$/, 'Z')

export function consoleLog(out: (line: string) => void = (l) => process.stdout.write(l), err: (line: string) => void = (l) => process.stderr.write(l)): Log {
  return {
    info: (message) => out(`${stamp()} ${message}\n`),
    problem: (message) => err(`${stamp()} ${message}\n`),
  }
}

/** A token id as the log shows it: enough to tell two links apart, too little to rebuild one. */
export const shortId = (id: string): string => `${id.slice(0, 6)}…`

/** A short, printable form of what came from the network (a room name, a reason), for a log line. */
export function printable(text: unknown, max = 80): string {
  const s = String(text)
  // eslint-disable-next-line no-control-regex
  const clean = s.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?')
  return clean.length > max ? `${clean.slice(0, max)}…` : clean
}

/** Why an exception happened, in one line. */
export const reason = (e: unknown): string => printable(e instanceof Error ? e.message : String(e), 300)
