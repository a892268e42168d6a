// Nothing from a file reaches the terminal raw: names of states, roles, systems and data items,
// labels and file names with escape sequences (a new window title, a cleared screen), NUL, C1
// controls or bidirectional overrides are shown escaped in the text report, the Markdown export,
// validate's lines and on stderr.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { run, type CliIo } from '../../src/cli/main'
import { fixturePath } from '../helpers/fixtures'

const HOSTILE = 'tests/fixtures/cli/hostile.terminal.flowstate.json'
// eslint-disable-next-line no-control-regex -- the characters a terminal acts on
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

async function flowstate(args: string[], options: { color?: boolean; terminal?: boolean; files?: Record<string, string> } = {}) {
  const out = { stdout: '', stderr: '', code: 0 }
  const io: CliIo = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    color: options.color ?? false,
    terminal: options.terminal ?? true,
    readFile: (path) => (options.files?.[path] !== undefined ? new TextEncoder().encode(options.files[path]) : readFileSync(path)),
    writeFile: () => {},
    sameFile: () => false,
  }
  out.code = await run(args, io)
  return out
}

describe('text from a file on the terminal', () => {
  it('given names and labels with escape sequences, then the diff report shows them escaped', async () => {
    const { code, stdout } = await flowstate(['diff', HOSTILE, '--from', 'st_cur', '--to', 'st_fut'])
    expect(code).toBe(0)
    expect(stdout).not.toMatch(RAW_CONTROL)
    expect(stdout).toContain('Current \\u001b[31mred')
    expect(stdout).toContain('\\u001bP data Tray ID')
    expect(stdout).toContain('OR nurse \\u202eesrun')
  })

  it('given colour, then the only escape sequences are the report’s own colours', async () => {
    const { stdout } = await flowstate(['diff', HOSTILE, '--from', 'st_cur', '--to', 'st_fut'], { color: true })
    // eslint-disable-next-line no-control-regex -- our own SGR colour codes, taken out before the check
    expect(stdout.replace(/\u001b\[\d+m/g, '')).not.toMatch(RAW_CONTROL)
  })

  it('keeps --json valid JSON whose strings carry no raw control, C1 or bidi character', async () => {
    const { stdout } = await flowstate(['diff', HOSTILE, '--from', 'st_cur', '--to', 'st_fut', '--json'])
    expect(stdout).not.toMatch(RAW_CONTROL)
    expect(JSON.parse(stdout).before.name).toBe('Current \u001b[31mred')
  })

  it('given the Markdown export, then the file itself holds no raw control character', async () => {
    const { code, stdout } = await flowstate(['export', HOSTILE, '--format', 'md', '--from', 'st_cur', '--to', 'st_fut'], { terminal: false })
    expect(code).toBe(0)
    expect(stdout).not.toMatch(RAW_CONTROL)
    expect(stdout).toContain('Tray return \\u001b\\]0;owned\\u0007')
  })

  it('given a CSV written to the terminal, then it is shown escaped; written to a pipe, it is the file as it is', async () => {
    const shown = await flowstate(['export', HOSTILE, '--format', 'csv', '--from', 'st_cur', '--to', 'st_fut'], { terminal: true })
    expect(shown.stdout.replace(/\r\n/g, '\n')).not.toMatch(RAW_CONTROL)
    const piped = await flowstate(['export', HOSTILE, '--format', 'csv', '--from', 'st_cur', '--to', 'st_fut'], { terminal: false })
    expect(piped.stdout).toContain('\u001b[2J')
  })

  it('given an error or a warning that names states from the file, then stderr shows them escaped', async () => {
    const { code, stderr } = await flowstate(['diff', HOSTILE, '--from', 'no such state'])
    expect(code).toBe(2)
    expect(stderr).not.toMatch(RAW_CONTROL)
    expect(stderr).toContain('"Current \\u001b[31mred" (current)')
    const bpmn = readFileSync(fixturePath('bpmn/tasks.types.bpmn'), 'utf8').replace('name="Every type"', 'name="Every &#x1b;]0;pwned&#x7; type"')
    const bad = await flowstate(['validate', 'x\u001b[2J.bpmn'], { files: { 'x\u001b[2J.bpmn': bpmn.replace('</definitions>', '') } })
    expect(bad.stderr).not.toMatch(RAW_CONTROL)
    expect(bad.stderr).toContain('x\\u001b[2J.bpmn')
  })

  it('given validate on a file with hostile names, then its lines are escaped', async () => {
    const { code, stdout } = await flowstate(['validate', 'evil\u009b31m.flowstate.json'], { files: { 'evil\u009b31m.flowstate.json': readFileSync(HOSTILE, 'utf8') } })
    expect(code).toBe(0)
    expect(stdout).not.toMatch(RAW_CONTROL)
    expect(stdout).toContain('evil\\u009b31m.flowstate.json: valid flowstate project')
  })
})
