// A large synthetic state for the canvas benchmark: `count` steps over ten lanes, in columns,
// with a flow from each step to the next (most of them handoffs), a rework loop back from every
// decision, and systems and records on some steps so badges are drawn too.
import { createFlow, createProject, createRole, createState, createStep, createSystem, createDataItem, ROLE_COLORS, type Project, type StepKind } from '../../src/domain/model'

export const LANES = 10
export const COLUMN_WIDTH = 220

export function largeProject(count: number): Project {
  const project = createProject(`Canvas benchmark, ${count} steps`, '2026-01-01T00:00:00.000Z')
  project.roles = Array.from({ length: LANES }, (_, i) => createRole(`Role ${i + 1}`, ROLE_COLORS[i % ROLE_COLORS.length]))
  project.systems = [createSystem('EHR'), createSystem('Tracking system')]
  project.dataItems = [createDataItem('Patient ID'), createDataItem('Tray ID')]
  const state = createState('current', 'Current state', project.roles.map((r) => r.id))
  for (let k = 0; k < count; k++) {
    const kind: StepKind = k === 0 ? 'start' : k === count - 1 ? 'end' : k % 9 === 4 ? 'decision' : k % 13 === 6 ? 'wait' : k % 17 === 8 ? 'subprocess' : 'task'
    const lane = k % LANES
    const column = Math.floor(k / LANES)
    state.steps.push(
      createStep({
        kind,
        label: `Step ${k + 1}: ${kind === 'decision' ? 'checked and complete?' : 'receive, check and record the tray'}`,
        roleId: project.roles[lane]!.id,
        position: { x: 40 + column * COLUMN_WIDTH + (lane % 2) * 40, y: kind === 'decision' ? 26 : kind === 'task' || kind === 'subprocess' ? 38 : 46 },
        ...(k % 5 === 0 ? { systemIds: [project.systems[k % 2]!.id] } : {}),
        ...(k % 7 === 0 ? { records: [{ dataItemId: project.dataItems[0]!.id, systemId: project.systems[0]!.id, entry: k % 14 === 0 ? 'manual' : 'automatic' }] } : {}),
      }),
    )
  }
  const steps = state.steps
  for (let k = 0; k + 1 < steps.length; k++) {
    state.flows.push(createFlow(steps[k]!.id, steps[k + 1]!.id))
    if (steps[k]!.kind === 'decision' && k >= 3) state.flows.push(createFlow(steps[k]!.id, steps[k - 3]!.id, { label: 'no' }))
  }
  project.states = [state]
  return project
}
