// Every file flowstate writes, flowstate reads back: the limits of the reader agree with what the
// app holds. Once, a 45,000-task BPMN imported and exported as a project file gave 21.5 MB, which
// Import then refused (20 MB), and a valid 15.5 MB project exported as JSON was refused by validate.
import { describe, expect, it } from 'vitest'
import { generatePair } from '../../../bench/bpmn/generate.js'
import { run, type CliIo } from '../../../src/cli/main'
import { applyCommand } from '../../../src/domain/commands'
import { createFlow, createProject, createRole, createState, createStep, LIMITS, parseProjectText, serializeProject, type Project } from '../../../src/domain/model'
import { exportBpmn, projectFromBpmn } from '../../../src/io/bpmn'
import { bpmnImporter } from '../../../src/ui/bpmn/bpmnImporter'
import { projectFile } from '../../../src/ui/project/ExportButton'
import { importFile } from '../../../src/ui/project/importers'

/** One state at both limits, steps and flows, as large as the app lets it grow. */
function largestState(): Project {
  const p = createProject('Sterile processing, every tray of the region', '2026-11-02T08:00:00.000Z')
  for (let r = 0; r < 8; r++) p.roles.push(createRole(`Role ${r}`, '#4e79a7'))
  const s = createState('current', 'Current state', p.roles.map((r) => r.id))
  for (let i = 0; i < LIMITS.stepsPerState; i++) {
    s.steps.push(createStep({ label: `Check the tray contents against list ${i}`, roleId: p.roles[i % 8]!.id, touchMinutes: 5, position: { x: 140 * (i % 2000), y: 20 + 90 * (i % 3) } }))
  }
  for (let i = 0; i < LIMITS.flowsPerState; i++) s.flows.push(createFlow(s.steps[i % LIMITS.stepsPerState]!.id, s.steps[(i * 7 + 1) % LIMITS.stepsPerState]!.id))
  p.states.push(s)
  return p
}

/** The command line in memory. */
function memoryCli(files: Map<string, string>) {
  const err: string[] = []
  const io: CliIo = {
    stdout: (t) => void files.set('-', (files.get('-') ?? '') + t),
    stderr: (t) => void err.push(t),
    color: false,
    readFile: (path) => new TextEncoder().encode(files.get(path) ?? ''),
    writeFile: (path, text) => void files.set(path, text),
    sameFile: (a, b) => a === b,
  }
  return { io, err }
}

describe('the largest project the app holds, written and read back', () => {
  it('given a state at 50,000 steps and 200,000 flows, when it is written as a project file, then the file reads back the same', { timeout: 180_000 }, () => {
    const project = largestState()
    const text = serializeProject(project)
    expect(text.length).toBeLessThan(LIMITS.projectFileBytes)
    const back = parseProjectText(text)
    if (!back.ok) throw new Error(back.error)
    expect(back.project.states[0]!.steps).toHaveLength(LIMITS.stepsPerState)
    expect(back.project.states[0]!.flows).toHaveLength(LIMITS.flowsPerState)
    expect(back.project.states[0]!.steps[49_999]).toEqual(project.states[0]!.steps[49_999])
    // A large project is one entity per line: still a file that diffs line by line.
    expect(text.split('\n').length).toBeGreaterThan(LIMITS.stepsPerState + LIMITS.flowsPerState)
  })

  it('given a 45,000-task BPMN file, when it is imported, exported as JSON and validated, then validate accepts it', { timeout: 180_000 }, async () => {
    const files = new Map([['big.bpmn', generatePair(45_000).before]])
    const { io, err } = memoryCli(files)
    expect(await run(['import', 'big.bpmn', '-o', 'big.flowstate.json'], io), err.join('')).toBe(0)
    expect(await run(['export', 'big.flowstate.json', '--format', 'json', '-o', 'again.flowstate.json'], io), err.join('')).toBe(0)
    expect(await run(['validate', 'again.flowstate.json'], io), err.join('')).toBe(0)
    expect(files.get('-')).toMatch(/again\.flowstate\.json: valid flowstate project: 1 state, 45,?000 steps/)
  })

  it('given a 45,000-task BPMN imported in the app, when it is exported as a project file and imported again, then Import takes it', { timeout: 180_000 }, async () => {
    const imported = await bpmnImporter.read(new TextEncoder().encode(generatePair(45_000).before), 'big.bpmn')
    if (!imported.ok) throw new Error(imported.error)
    const { fileName, text } = projectFile(imported.project, undefined)
    const again = await importFile(new File([text], fileName))
    expect(again.ok || again.error).toBe(true)
    expect(again.ok && again.project.states[0]!.steps.length).toBe(45_000)
  })

  it('given a state of 50,000 steps in a line, when it is exported as BPMN, then the BPMN file reads back', { timeout: 180_000 }, () => {
    const project = createProject('A long line')
    const role = createRole('SPD technician')
    project.roles.push(role)
    const state = createState('current', 'Current state', [role.id])
    for (let i = 0; i < LIMITS.stepsPerState; i++) state.steps.push(createStep({ label: `Check tray ${i}`, roleId: role.id, position: { x: 160 * i, y: 20 } }))
    for (let i = 1; i < LIMITS.stepsPerState; i++) state.flows.push(createFlow(state.steps[i - 1]!.id, state.steps[i]!.id))
    project.states.push(state)
    const { xml } = exportBpmn(project, state)
    expect(xml.length).toBeGreaterThan(20 * 1024 * 1024)
    const back = projectFromBpmn([{ name: 'line.bpmn', text: xml }])
    if (!back.ok) throw new Error(back.error)
    expect(back.project.states[0]!.steps).toHaveLength(LIMITS.stepsPerState)
  })

  it('never lets an edit take a state past its limit, so the app never holds a file it could not read', () => {
    const project = largestState()
    const state = project.states[0]!
    expect(() => applyCommand(project, { type: 'step.add', stateId: state.id, step: createStep({ label: 'One more' }) })).toThrow(
      'Current state would have 50,001 steps; a state holds at most 50,000',
    )
    // Removing a step is always allowed, also in a state past its limit.
    const removed = applyCommand(project, { type: 'step.remove', stateId: state.id, stepIds: [state.steps[0]!.id] })
    expect(removed.project.states[0]!.steps).toHaveLength(LIMITS.stepsPerState - 1)
  })

  it('refuses a project file past the per-project limit in steps, saying so in steps', () => {
    const project = createProject('Too many states')
    const steps = Array.from({ length: 40_001 }, (_, i) => createStep({ label: `Step ${i}` }))
    for (let k = 0; k < 5; k++) project.states.push({ ...createState('transition', `Phase ${k}`), steps: k === 0 ? steps : steps.map((s) => ({ ...s, id: `${s.id}_${k}` })) })
    const result = parseProjectText(JSON.stringify(project))
    expect(result.ok || result.error).toBe('states: the project has 200,005 steps; a project holds at most 200,000')
  })

  it('given a BPMN state imported whole, then it stays within the same limits', () => {
    const result = projectFromBpmn([{ name: 'small.bpmn', text: generatePair(200).before }])
    if (!result.ok) throw new Error(result.error)
    expect(parseProjectText(serializeProject(result.project)).ok).toBe(true)
  })
})
