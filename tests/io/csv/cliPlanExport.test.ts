import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { run, type CliIo } from '../../../src/cli/main'
import { parseXml } from '../mspdi/parseXml'
import { parseCsv, records } from './parseCsv'

/** The command line in memory: files from the repository, output collected. */
function memoryIo() {
  const out = { stdout: '', stderr: '', files: new Map<string, string>() }
  const io: CliIo = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    color: false,
    readFile: (path) => readFileSync(join(process.cwd(), path)),
    writeFile: (path, text) => void out.files.set(path, text),
    sameFile: (a, b) => a === b,
  }
  return { io, out }
}
const SP = 'examples/sterile-processing.flowstate.json'

describe('flowstate export with the plan formats', () => {
  it('given --format csv --preset jira -o, then it writes a Jira CSV with the phases as epics first', async () => {
    const { io, out } = memoryIo()
    expect(await run(['export', SP, '--format', 'csv', '--preset', 'jira', '-o', 'plan.csv'], io)).toBe(0)
    const rows = records(parseCsv(out.files.get('plan.csv')!).rows)
    expect(rows.slice(0, 2).map((r) => [r['Issue Type']![0], r.Summary![0]])).toEqual([
      ['Epic', 'Phase 1: Transition state: tracking system beside the paper logs'],
      ['Epic', 'Phase 2: Future state: scanners and sterilizer interface'],
    ])
    const summaries = rows.slice(2).map((r) => r.Summary![0]!)
    expect(summaries.filter((n) => !/^(Sign-off|Decide): /.test(n))).toHaveLength(25)
    // A sign-off milestone for every role of the transition and of the future state.
    expect(summaries.filter((n) => n.startsWith('Sign-off: '))).toHaveLength(7 + 4)
  })

  it('given --format csv --preset asana --start, then due dates are filled', async () => {
    const { io, out } = memoryIo()
    expect(await run(['export', SP, '--format', 'csv', '--preset', 'asana', '--start', '2026-11-02'], io)).toBe(0)
    const rows = records(parseCsv(out.stdout).rows)
    expect(rows.at(-1)!['Due Date']).toEqual(['11/30/2026'])
  })

  it('given --format mspdi --start, then it prints Microsoft Project XML starting that day', async () => {
    const { io, out } = memoryIo()
    expect(await run(['export', SP, '--format', 'mspdi', '--start', '2026-11-02'], io)).toBe(0)
    const root = parseXml(out.stdout)
    expect(root.children.find((c) => c.name === 'StartDate')!.text).toBe('2026-11-02T08:00:00')
  })

  it('given --format md with --from and --to, then it reports on exactly those states', async () => {
    const { io, out } = memoryIo()
    expect(await run(['export', SP, '--format', 'md', '--from', 'current', '--to', 'transition'], io)).toBe(0)
    expect(out.stdout).toContain('From **Current state: paper logs** to **Transition state: tracking system beside the paper logs**, in 1 go-live phase:')
  })

  it('refuses a preset the format does not have, and a start that is not a date, with exit 2 and one line', async () => {
    for (const argv of [
      ['export', SP, '--format', 'csv', '--preset', 'excel'],
      ['export', SP, '--format', 'mspdi', '--preset', 'jira'],
      ['export', SP, '--format', 'mspdi', '--start', '02/11/2026'],
      ['export', SP, '--format', 'csv', '--from', 'future', '--to', 'future'],
    ]) {
      const { io, out } = memoryIo()
      expect(await run(argv, io), argv.join(' ')).toBe(2)
      expect(out.stderr.trim().split('\n'), argv.join(' ')).toHaveLength(1)
    }
  })
})
