// Numbers and text stay sane whatever a file holds: positions are finite and bounded, no writer
// uses exponent notation, a cut never splits a surrogate pair, a project nested thousands deep is
// refused in plain words, and a plan's start is a real date between 1900 and 9999.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { run, type CliIo } from '../../../src/cli/main'
import { clipText, createProject, createRole, createState, createStep, LIMITS, parseProjectText, serializeProject } from '../../../src/domain/model'
import { checkStartDate } from '../../../src/domain/plan'
import { decimal, plainNumber } from '../../../src/io/decimal'
import { exportBpmn, projectFromBpmn } from '../../../src/io/bpmn'
import { stateSvg } from '../../../src/io/svg'
import { fixturePath, loadProject } from '../../helpers/fixtures'

const withPosition = (x: number) => {
  const p = loadProject()
  p.states[0]!.steps[0]!.position = { x, y: 10 }
  return JSON.stringify(p)
}

describe('nesting', () => {
  it.each([5_000, 100_000])('given a file nested %i levels deep, then it is refused as too deep, not as "not valid JSON"', (depth) => {
    const text = `{"format":"flowstate","version":1,"notes":${'['.repeat(depth)}${']'.repeat(depth)}}`
    const result = parseProjectText(text)
    expect(result.ok || result.error).toBe('file: not a flowstate project: nested more than 1,000 levels deep (at line 1, column 1,042); a project nests 6 levels')
  })
})

describe('positions', () => {
  it('refuses positions that are not finite or lie past the canvas, so no drawing is ever "Infinity" wide', () => {
    expect(parseProjectText(withPosition(LIMITS.coordinate)).ok).toBe(true)
    for (const x of [1e21, 1e308, -1e8]) {
      const result = parseProjectText(withPosition(x))
      expect(result.ok || result.error).toMatch(/^states\[0\]\.steps\[0\]\.position\.x: must be at (most|least) -?10,000,000$/)
    }
  })

  it('given a BPMN diagram with enormous shapes, then the imported steps sit on the canvas and the project saves and draws', () => {
    const xml = readFileSync(fixturePath('bpmn/lanes.nested.bpmn'), 'utf8').replace('<dc:Bounds x="280" y="123" width="100" height="80" />', '<dc:Bounds x="1.7e308" y="1e300" width="1.7e308" height="80" />')
    const result = projectFromBpmn([{ name: 'huge.bpmn', text: xml }])
    if (!result.ok) throw new Error(result.error)
    const back = parseProjectText(serializeProject(result.project))
    expect(back.ok || back.error).toBe(true)
    const svg = stateSvg(result.project, result.project.states[0]!)
    expect(svg).not.toMatch(/Infinity|NaN|="-?\d+(\.\d+)?e[+-]?\d+"/)
  })
})

describe('numbers in BPMN and SVG', () => {
  it('never writes exponent notation', () => {
    expect(decimal(1e21)).toBe('1000000000000000000000')
    expect(decimal(-1.5e22, 1)).toBe('-15000000000000000000000')
    expect(decimal(1e-7, 1)).toBe('0')
    expect(plainNumber(1e-7)).toBe('0.0000001')
    expect(plainNumber(1.25e-10)).toBe('0.000000000125')
    expect(Number(plainNumber(1 / 3e9))).toBe(1 / 3e9)
    expect(decimal(-0.01)).toBe('0')
  })

  it('given a step of a ten-millionth of a minute, then the BPMN file says so in plain digits and reads back the same', () => {
    const p = createProject('Tiny times')
    const role = createRole('SPD technician')
    p.roles.push(role)
    const s = createState('current', 'Current state', [role.id])
    s.steps.push(createStep({ label: 'Scan tray', roleId: role.id, touchMinutes: 1e-7, waitMinutes: 2.5e-8, position: { x: 0, y: 20 } }))
    p.states.push(s)
    const { xml } = exportBpmn(p, s)
    expect(xml).toContain('touchMinutes="0.0000001"')
    expect(xml).toContain('waitMinutes="0.000000025"')
    expect(xml).not.toMatch(/="-?\d+(\.\d+)?e[+-]?\d+"/)
    const back = projectFromBpmn([{ name: 'tiny.bpmn', text: xml }])
    if (!back.ok) throw new Error(back.error)
    expect(back.project.states[0]!.steps[0]!.touchMinutes).toBe(1e-7)
  })
})

describe('cutting text at its limit', () => {
  it('never splits a surrogate pair', () => {
    const label = 'x'.repeat(LIMITS.labelChars - 1) + '🧪 more'
    const cut = clipText(label, LIMITS.labelChars)
    expect(cut).toBe('x'.repeat(LIMITS.labelChars - 1))
    expect(clipText('ab🧪', 4)).toBe('ab🧪')
    expect(clipText('ab🧪', 3)).toBe('ab')
  })

  it('given a BPMN task named past the label limit with an emoji at the cut, then the imported label ends whole', () => {
    const name = 'x'.repeat(LIMITS.labelChars - 1) + '🧪🧪'
    const xml = readFileSync(fixturePath('bpmn/lanes.nested.bpmn'), 'utf8').replace(/(<bpmn:task id="Task_wash"[^>]*name=")[^"]*"/, `$1${name}"`)
    expect(xml).toContain(name)
    const result = projectFromBpmn([{ name: 'long.bpmn', text: xml }])
    if (!result.ok) throw new Error(result.error)
    const labels = result.project.states[0]!.steps.map((s) => s.label)
    const cut = labels.find((l) => l.startsWith('xxx'))!
    expect(cut.length).toBe(LIMITS.labelChars - 1)
    expect(cut).not.toMatch(/[\uD800-\uDBFF]$/)
  })
})

describe('plan start dates', () => {
  const io = (out: string[]): CliIo => ({
    stdout: (t) => void out.push(t),
    stderr: (t) => void out.push(t),
    color: false,
    readFile: (path) => readFileSync(path),
    writeFile: () => {},
    sameFile: () => false,
  })
  const exportWith = async (start: string) => {
    const out: string[] = []
    const code = await run(['export', 'examples/sterile-processing.flowstate.json', '--format', 'mspdi', '--start', start], io(out))
    return { code, text: out.join('') }
  }

  it('checks a start as a date from 1900 to 9999, never moving it', () => {
    expect(checkStartDate('0050-01-01')).toEqual({ ok: false, error: '--start 0050-01-01: the year must be from 1900 to 9999' })
    expect(checkStartDate('1899-12-31').ok).toBe(false)
    expect(checkStartDate('2026-02-30')).toEqual({ ok: false, error: '--start 2026-02-30 is not a day of the calendar' })
    expect(checkStartDate('1900-01-01').ok).toBe(true)
  })

  it('given --start 0050-01-01, then export refuses it instead of planning in 1950', async () => {
    const { code, text } = await exportWith('0050-01-01')
    expect(code).toBe(2)
    expect(text).toBe('flowstate: --start 0050-01-01: the year must be from 1900 to 9999\n')
  })

  it('given a start whose plan would run past 9999, then export says so instead of writing year 10000', async () => {
    const { code, text } = await exportWith('9999-12-20')
    expect(code).toBe(2)
    expect(text).toMatch(/^flowstate: a plan starting 9999-12-20 would end in the year 10000, after 9999: choose an earlier start\n$/)
  })

  it('given 1900-01-01, then the plan starts on the first working day of 1900', async () => {
    const { code, text } = await exportWith('1900-01-01')
    expect(code).toBe(0)
    expect(text).toContain('<StartDate>1900-01-01T08:00:00</StartDate>')
  })
})
