// Large but valid input never overflows the stack or takes minutes: a phase of 20,000 new steps
// and a plan of 150,000 tasks export like a small one. Each once took down the export with
// "Maximum call stack size exceeded" (a spread of a whole list into one call) or ran for minutes
// (each task looked up in the list of all tasks).
import { describe, expect, it } from 'vitest'
import { run, type CliIo } from '../../../src/cli/main'
import { createProject, createRole, createState, createStep, serializeProject } from '../../../src/domain/model'
import type { Plan, PlanTask } from '../../../src/domain/plan'
import { planToCsv } from '../../../src/io/csv'
import { planToMspdi } from '../../../src/io/mspdi'

/** The command line in memory, with one input file. */
function memoryCli(files: Record<string, string>) {
  const out = { stdout: '', stderr: '', files: new Map<string, string>() }
  const io: CliIo = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    color: false,
    readFile: (path) => new TextEncoder().encode(files[path] ?? ''),
    writeFile: (path, text) => void out.files.set(path, text),
    sameFile: (a, b) => a === b,
  }
  return { io, out }
}

/** A current state of one start event and a future state of `added` new steps, all one role's. */
function phaseOfNewSteps(added: number): string {
  const p = createProject('Tray return at scale', '2026-11-02T08:00:00.000Z')
  const role = createRole('SPD technician')
  p.roles.push(role)
  const current = createState('current', 'Current state', [role.id])
  current.steps.push(createStep({ kind: 'start', label: 'Tray arrives', roleId: role.id, position: { x: 0, y: 20 } }))
  const future = createState('future', 'Future state', [role.id])
  for (let i = 0; i < added; i++) future.steps.push(createStep({ label: `Scan instrument ${i}`, roleId: role.id, position: { x: 140 * (i % 1000), y: 20 } }))
  p.states.push(current, future)
  return serializeProject(p)
}

/** A plan of `phases` go-live phases of `perPhase` implementation tasks each, every go-live after all of its phase's work. */
function hugePlan(phases: number, perPhase: number): Plan {
  const ref = (id: string, name: string) => ({ id, name, phase: 'future' as const })
  const plan: Plan = { project: { id: 'p', name: 'Huge' }, from: ref('s0', 'Current state'), to: ref(`s${phases}`, 'Future state'), phases: [], tasks: [], warnings: [], review: { painPoints: [], signOffs: [] } }
  let previousGoLive: string | undefined
  for (let k = 1; k <= phases; k++) {
    const taskIds: string[] = []
    const task = (t: Omit<PlanTask, 'wbs' | 'phaseId' | 'role' | 'details' | 'diffIds' | 'description'>): void => {
      plan.tasks.push({ ...t, wbs: `${k}.${taskIds.length + 1}`, phaseId: `phase:s${k}`, role: 'SPD technician', details: [], diffIds: [], description: t.name })
      taskIds.push(t.id)
    }
    const work: string[] = []
    for (let i = 0; i < perPhase; i++) {
      const id = `implementation:s${k}:${i}`
      task({ id, type: 'implementation', name: `Set up step ${i}`, durationMinutes: 480, milestone: false, predecessors: previousGoLive ? [previousGoLive] : [] })
      work.push(id)
    }
    const goLive = `go-live:s${k}`
    task({ id: goLive, type: 'go-live', name: `Go-live ${k}`, durationMinutes: 0, milestone: true, predecessors: work })
    previousGoLive = goLive
    plan.phases.push({ id: `phase:s${k}`, number: k, name: `Phase ${k}`, state: ref(`s${k}`, `State ${k}`), previous: ref(`s${k - 1}`, `State ${k - 1}`), taskIds })
  }
  return plan
}

describe('exports of large but valid input', () => {
  it('given a phase that adds 20,000 steps, when it is exported as Markdown, then the report lists every task', { timeout: 120_000 }, async () => {
    const { io, out } = memoryCli({ 'big.flowstate.json': phaseOfNewSteps(20_000) })
    expect(await run(['export', 'big.flowstate.json', '--format', 'md', '-o', 'report.md'], io), out.stderr).toBe(0)
    const md = out.files.get('report.md')!
    expect(md).toMatch(/^#### 1\.\d+ Set up: Scan instrument 19999$/m)
    expect(md.match(/^#### /gm)!.length).toBeGreaterThan(19_900)
    expect(md).toContain('New step: Scan instrument 19999')
  })

  it('given a phase that adds 20,000 steps, when it is exported as Microsoft Project XML and CSV, then every task is there', { timeout: 120_000 }, async () => {
    const { io, out } = memoryCli({ 'big.flowstate.json': phaseOfNewSteps(20_000) })
    expect(await run(['export', 'big.flowstate.json', '--format', 'mspdi', '--start', '2026-11-02', '-o', 'plan.xml'], io), out.stderr).toBe(0)
    expect(await run(['export', 'big.flowstate.json', '--format', 'csv', '--preset', 'jira', '-o', 'plan.csv'], io), out.stderr).toBe(0)
    expect(out.files.get('plan.xml')!.match(/<Task>/g)!.length).toBeGreaterThan(20_000)
    expect(out.files.get('plan.csv')!.split('\r\n').length).toBeGreaterThan(20_000)
  })

  it('given a plan of 150,000 tasks, when it is scheduled and written, then Project XML and CSV hold every task', { timeout: 120_000 }, () => {
    const plan = hugePlan(3, 50_000)
    const xml = planToMspdi(plan, { start: '2026-11-02' })
    expect(xml.match(/<Task>/g)!.length).toBe(1 + 3 + 150_003)
    // The last go-live waits for three phases of work one after the other: 3 days of work each, at most.
    expect(xml).toContain('<Name>Go-live 3</Name>')
    const csv = planToCsv(plan, { start: '2026-11-02' })
    expect(csv.split('\r\n').length).toBe(1 + 150_003 + 1)
  })
})
