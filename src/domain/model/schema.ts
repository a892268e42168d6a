// The zod schema of the `.flowstate.json` format (version 2) and the checks zod cannot express:
// unique ids and references between parts of the project.
import { z } from 'zod'
import { LIMITS, thousands } from './limits'
import { checkReviewIntegrity, commentSchema, signOffSchema } from './reviewSchema'
import { id, oneOf, text } from './schemaParts'
import { sizeProblem } from './size'
import { FORMAT, FORMAT_VERSION, PHASES, STEP_KINDS, VALUE_CLASSES, type Project } from './types'

const minutes = z.number().finite().min(0, { error: 'must be 0 or more minutes' }).max(1e7, { error: 'is more than 10,000,000 minutes' })
// Bounded, so that every size drawn from positions (an SVG's width, a BPMN shape) stays a plain number.
const coordinate = z
  .number()
  .finite()
  .min(-LIMITS.coordinate, { error: `must be at least -${thousands(LIMITS.coordinate)}` })
  .max(LIMITS.coordinate, { error: `must be at most ${thousands(LIMITS.coordinate)}` })

const role = z.object({ id, name: text(LIMITS.nameChars, 'name'), color: z.string().max(50).optional() })
const named = z.object({ id, name: text(LIMITS.nameChars, 'name') })

const record = z.object({
  dataItemId: id,
  systemId: id.optional(),
  entry: oneOf(['manual', 'automatic'] as const),
})

const step = z.object({
  id,
  lineage: id,
  kind: oneOf(STEP_KINDS),
  label: text(LIMITS.labelChars, 'label'),
  roleId: id.optional(),
  systemIds: z.array(id),
  records: z.array(record),
  touchMinutes: minutes.optional(),
  waitMinutes: minutes.optional(),
  value: oneOf(VALUE_CLASSES).optional(),
  notes: text(LIMITS.notesChars, 'notes').optional(),
  position: z.object({ x: coordinate, y: coordinate }),
})

const flow = z.object({ id, lineage: id, from: id, to: id, label: text(LIMITS.labelChars, 'label').optional() })

const state = z.object({
  id,
  name: text(LIMITS.nameChars, 'name'),
  phase: oneOf(PHASES),
  basedOn: id.optional(),
  lanes: z.array(id),
  steps: z.array(step).max(LIMITS.stepsPerState, {
    error: (iss) => `has ${thousands((iss.input as unknown[]).length)} steps; a state holds at most ${thousands(LIMITS.stepsPerState)}`,
  }),
  flows: z.array(flow).max(LIMITS.flowsPerState, { error: `has more than ${thousands(LIMITS.flowsPerState)} flows` }),
})

const override = z.object({ id, kind: oneOf(['link', 'unlink'] as const), beforeStepId: id, afterStepId: id })

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a day written YYYY-MM-DD' })
const activityMap = z.object({
  id,
  stateId: id,
  goLive: day.optional(),
  activities: z
    .array(z.object({ activity: text(LIMITS.labelChars, 'activity'), stepId: id.nullable() }))
    .max(LIMITS.activitiesPerMap, { error: `has more than ${thousands(LIMITS.activitiesPerMap)} activities` }),
})

export const projectSchema = z.object({
  format: z.literal(FORMAT, { error: `must be "${FORMAT}"` }),
  version: z.literal(FORMAT_VERSION, { error: `must be ${FORMAT_VERSION}` }),
  id,
  name: text(LIMITS.nameChars, 'name'),
  description: text(LIMITS.notesChars, 'description').optional(),
  createdAt: z.string(),
  updatedAt: z.string(),
  roles: z.array(role),
  systems: z.array(named),
  dataItems: z.array(named),
  states: z.array(state),
  matchOverrides: z.array(override).optional(),
  activityMaps: z.array(activityMap).optional(),
  comments: z.array(commentSchema).optional(),
  signOffs: z.array(signOffSchema).optional(),
})

export type PathSegment = string | number | symbol

/** `states[0].steps[3].roleId` */
export function formatPath(path: readonly PathSegment[]): string {
  let out = ''
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`
    else out += (out ? '.' : '') + String(seg)
  }
  return out || '(file)'
}

/** The first broken reference or duplicate id, as "path: problem", or null when the project holds together. */
export function checkIntegrity(p: Project): string | null {
  const size = sizeProblem(p)
  if (size) return size
  const ids = new Map<string, string>()
  const claim = (value: string, path: string): string | null => {
    const prior = ids.get(value)
    if (prior) return `${path}: id "${value}" is already used by ${prior}`
    ids.set(value, path)
    return null
  }
  const roles = new Set<string>()
  const systems = new Set<string>()
  const items = new Set<string>()
  const catalogues = [
    ['roles', p.roles, roles],
    ['systems', p.systems, systems],
    ['dataItems', p.dataItems, items],
  ] as const
  for (const [key, list, set] of catalogues) {
    for (let i = 0; i < list.length; i++) {
      const problem = claim(list[i]!.id, `${key}[${i}].id`)
      if (problem) return problem
      set.add(list[i]!.id)
    }
  }
  const stateIds = new Set(p.states.map((s) => s.id))
  const stepState = new Map<string, number>()
  for (let si = 0; si < p.states.length; si++) {
    const s = p.states[si]!
    const at = `states[${si}]`
    const problem = claim(s.id, `${at}.id`)
    if (problem) return problem
    if (s.basedOn !== undefined && !stateIds.has(s.basedOn)) return `${at}.basedOn: no state "${s.basedOn}"`
    const lanes = new Set<string>()
    for (let li = 0; li < s.lanes.length; li++) {
      const r = s.lanes[li]!
      if (!roles.has(r)) return `${at}.lanes[${li}]: no role "${r}"`
      if (lanes.has(r)) return `${at}.lanes[${li}]: role "${r}" has two lanes`
      lanes.add(r)
    }
    const steps = new Set<string>()
    for (let i = 0; i < s.steps.length; i++) {
      const st = s.steps[i]!
      const sp = `${at}.steps[${i}]`
      const dup = claim(st.id, `${sp}.id`)
      if (dup) return dup
      steps.add(st.id)
      stepState.set(st.id, si)
      if (st.roleId !== undefined) {
        if (!roles.has(st.roleId)) return `${sp}.roleId: no role "${st.roleId}"`
        if (!lanes.has(st.roleId)) return `${sp}.roleId: role "${st.roleId}" has no lane in this state`
      }
      for (let k = 0; k < st.systemIds.length; k++) {
        if (!systems.has(st.systemIds[k]!)) return `${sp}.systemIds[${k}]: no system "${st.systemIds[k]}"`
      }
      for (let k = 0; k < st.records.length; k++) {
        const r = st.records[k]!
        if (!items.has(r.dataItemId)) return `${sp}.records[${k}].dataItemId: no data item "${r.dataItemId}"`
        if (r.systemId !== undefined && !systems.has(r.systemId)) return `${sp}.records[${k}].systemId: no system "${r.systemId}"`
      }
    }
    for (let i = 0; i < s.flows.length; i++) {
      const f = s.flows[i]!
      const fp = `${at}.flows[${i}]`
      const dup = claim(f.id, `${fp}.id`)
      if (dup) return dup
      if (!steps.has(f.from)) return `${fp}.from: no step "${f.from}" in this state`
      if (!steps.has(f.to)) return `${fp}.to: no step "${f.to}" in this state`
    }
  }
  const overrides = p.matchOverrides ?? []
  for (let i = 0; i < overrides.length; i++) {
    const o = overrides[i]!
    const op = `matchOverrides[${i}]`
    const dup = claim(o.id, `${op}.id`)
    if (dup) return dup
    const a = stepState.get(o.beforeStepId)
    const b = stepState.get(o.afterStepId)
    if (a === undefined) return `${op}.beforeStepId: no step "${o.beforeStepId}"`
    if (b === undefined) return `${op}.afterStepId: no step "${o.afterStepId}"`
    if (a === b) return `${op}: both steps are in the same state`
  }
  const mapped = new Set<string>()
  const maps = p.activityMaps ?? []
  for (let i = 0; i < maps.length; i++) {
    const m = maps[i]!
    const mp = `activityMaps[${i}]`
    const dup = claim(m.id, `${mp}.id`)
    if (dup) return dup
    const si = p.states.findIndex((s) => s.id === m.stateId)
    if (si === -1) return `${mp}.stateId: no state "${m.stateId}"`
    if (mapped.has(m.stateId)) return `${mp}.stateId: state "${m.stateId}" has two activity maps`
    mapped.add(m.stateId)
    if (m.goLive !== undefined && Number.isNaN(Date.parse(`${m.goLive}T00:00:00Z`))) return `${mp}.goLive: "${m.goLive}" is not a day`
    const activities = new Set<string>()
    for (let k = 0; k < m.activities.length; k++) {
      const a = m.activities[k]!
      if (activities.has(a.activity)) return `${mp}.activities[${k}]: activity "${a.activity}" is mapped twice`
      activities.add(a.activity)
      if (a.stepId !== null && stepState.get(a.stepId) !== si) return `${mp}.activities[${k}].stepId: no step "${a.stepId}" in this state`
    }
  }
  return checkReviewIntegrity(p, claim)
}
