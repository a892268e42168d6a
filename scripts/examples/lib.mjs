// Builds an example project from a compact description: the current state in full, then each
// later state as "the state before, with these steps changed, removed and added". Writing the
// later states as changes keeps every step's lineage honest: a step that continues keeps its key,
// a genuinely new step gets a new key. Ids, timestamps and positions are fixed, so the files
// regenerate byte for byte.

const SIZES = {
  task: { width: 160, height: 64 },
  subprocess: { width: 160, height: 64 },
  decision: { width: 88, height: 88 },
  wait: { width: 64, height: 64 },
  start: { width: 48, height: 48 },
  end: { width: 48, height: 48 },
}
/** Horizontal distance between two columns of the flow, and the widest step that sits in one. */
const COLUMN = 200
const COLUMN_WIDTH = 160
/** Every step is centred on this line of its lane, so a lane stays at its minimum height (140). */
const LANE_MIDLINE = 68
const PHASE_LETTER = { current: 'c', transition: 't', future: 'f' }

/** "This step writes data item X into system Y by hand." */
export const manual = (item, system) => ({ item, system, entry: 'manual' })
/** "An interface or a scanner writes data item X into system Y; nobody types it." */
export const automatic = (item, system) => ({ item, system, entry: 'automatic' })

export function buildProject(spec) {
  const p = spec.prefix
  const ids = {
    role: (k) => `r_${p}_${k}`,
    system: (k) => `sys_${p}_${k}`,
    item: (k) => `d_${p}_${k}`,
    state: (phase) => `${p}_state_${phase}`,
    step: (phase, k) => `${p}_${PHASE_LETTER[phase]}_${k}`,
    lineage: (k) => `l_${p}_${k}`,
    flow: (phase, n) => `${p}_${PHASE_LETTER[phase]}_f${String(n).padStart(2, '0')}`,
    flowLineage: (from, to) => `lf_${p}_${from}__${to}`,
  }
  const roleOrder = spec.roles.map((r) => r.key)
  const systemOrder = spec.systems.map((s) => s.key)
  const itemOrder = spec.dataItems.map((d) => d.key)
  const used = { role: new Set(), system: new Set(), item: new Set() }

  const states = []
  let previous = null
  for (const stateSpec of spec.states) {
    const { steps, flows } = previous ? deriveDefinition(previous, stateSpec) : { steps: stateSpec.steps, flows: stateSpec.flows }
    const where = `${spec.prefix} ${stateSpec.phase}`
    checkSteps(steps, where, { roleOrder, systemOrder, itemOrder })
    const columns = columnsOf(steps, flows, where)
    const lanes = roleOrder.filter((r) => steps.some((s) => s.role === r))
    checkNoOverlap(steps, columns, where)

    const ordered = [...steps].sort(
      (a, b) => columns.get(a.key) - columns.get(b.key) || lanes.indexOf(a.role) - lanes.indexOf(b.role),
    )
    const state = {
      id: ids.state(stateSpec.phase),
      name: stateSpec.name,
      phase: stateSpec.phase,
      ...(previous ? { basedOn: ids.state(previous.spec.phase) } : {}),
      lanes: lanes.map(ids.role),
      steps: ordered.map((s) => {
        used.role.add(s.role)
        for (const k of s.systems ?? []) used.system.add(k)
        for (const r of s.records ?? []) {
          used.item.add(r.item)
          used.system.add(r.system)
        }
        const size = SIZES[s.kind]
        const step = {
          id: ids.step(stateSpec.phase, s.key),
          lineage: ids.lineage(s.key),
          kind: s.kind,
          label: s.label,
          roleId: ids.role(s.role),
          systemIds: sortBy(s.systems ?? [], systemOrder, (k) => k).map(ids.system),
          records: sortRecords(s.records ?? [], itemOrder, systemOrder).map((r) => ({
            dataItemId: ids.item(r.item),
            systemId: ids.system(r.system),
            entry: r.entry,
          })),
        }
        if (s.touch !== undefined) step.touchMinutes = s.touch
        if (s.wait !== undefined) step.waitMinutes = s.wait
        if (s.value !== undefined) step.value = s.value
        if (s.notes !== undefined) step.notes = s.notes
        step.position = {
          x: columns.get(s.key) * COLUMN + (COLUMN_WIDTH - size.width) / 2,
          y: LANE_MIDLINE - size.height / 2,
        }
        return step
      }),
      flows: flows.map((f, i) => {
        const flow = {
          id: ids.flow(stateSpec.phase, i + 1),
          lineage: ids.flowLineage(f.from, f.to),
          from: ids.step(stateSpec.phase, f.from),
          to: ids.step(stateSpec.phase, f.to),
        }
        if (f.label !== undefined) flow.label = f.label
        return flow
      }),
    }
    states.push(state)
    previous = { spec: stateSpec, steps, flows }
  }

  for (const [kind, list, order] of [
    ['role', spec.roles, used.role],
    ['system', spec.systems, used.system],
    ['data item', spec.dataItems, used.item],
  ]) {
    for (const entry of list) if (!order.has(entry.key)) throw new Error(`${spec.prefix}: ${kind} "${entry.key}" is never used`)
  }
  const colors = spec.roles.map((r) => r.color.toLowerCase())
  if (new Set(colors).size !== colors.length) throw new Error(`${spec.prefix}: two roles share a colour`)

  return {
    format: 'flowstate',
    version: 3,
    id: `p_example_${p}`,
    name: spec.name,
    description: spec.description,
    createdAt: spec.createdAt,
    updatedAt: spec.updatedAt ?? spec.createdAt,
    roles: spec.roles.map((r) => ({ id: ids.role(r.key), name: r.name, color: r.color })),
    systems: spec.systems.map((s) => ({ id: ids.system(s.key), name: s.name })),
    dataItems: spec.dataItems.map((d) => ({ id: ids.item(d.key), name: d.name })),
    states,
  }
}

/**
 * The later state: the one before it, minus `remove`, with `change` applied (a `null` value
 * deletes the field), plus `add`. Flows touching a removed step go with it; `dropFlows` and
 * `addFlows` rewire the rest.
 */
function deriveDefinition(previous, s) {
  const removed = new Set(s.remove ?? [])
  const known = new Set(previous.steps.map((st) => st.key))
  for (const k of removed) if (!known.has(k)) throw new Error(`${s.phase}: cannot remove unknown step "${k}"`)
  for (const k of Object.keys(s.change ?? {})) if (!known.has(k) || removed.has(k)) throw new Error(`${s.phase}: cannot change step "${k}"`)
  const steps = previous.steps
    .filter((st) => !removed.has(st.key))
    .map((st) => {
      const patch = s.change?.[st.key]
      if (!patch) return st
      const next = { ...st }
      for (const [field, value] of Object.entries(patch)) {
        if (value === null) delete next[field]
        else next[field] = value
      }
      return next
    })
  for (const a of s.add ?? []) {
    if (known.has(a.key)) throw new Error(`${s.phase}: added step "${a.key}" reuses a lineage; change it instead`)
    steps.push(a)
  }
  const drop = new Set((s.dropFlows ?? []).map(([from, to]) => `${from}>${to}`))
  for (const key of drop) {
    if (!previous.flows.some((f) => `${f.from}>${f.to}` === key)) throw new Error(`${s.phase}: cannot drop unknown flow ${key}`)
  }
  const flows = previous.flows
    .filter((f) => !removed.has(f.from) && !removed.has(f.to) && !drop.has(`${f.from}>${f.to}`))
    .map((f) => ({ ...f, ...(s.relabelFlows?.[`${f.from}>${f.to}`] !== undefined ? { label: s.relabelFlows[`${f.from}>${f.to}`] } : {}) }))
  flows.push(...(s.addFlows ?? []))
  return { steps, flows }
}

function checkSteps(steps, where, { roleOrder, systemOrder, itemOrder }) {
  const keys = new Set()
  for (const s of steps) {
    const at = `${where} step "${s.key}"`
    if (keys.has(s.key)) throw new Error(`${at}: key used twice`)
    keys.add(s.key)
    if (!SIZES[s.kind]) throw new Error(`${at}: unknown kind ${s.kind}`)
    if (!roleOrder.includes(s.role)) throw new Error(`${at}: unknown role ${s.role}`)
    for (const k of s.systems ?? []) if (!systemOrder.includes(k)) throw new Error(`${at}: unknown system ${k}`)
    for (const r of s.records ?? []) {
      if (!itemOrder.includes(r.item)) throw new Error(`${at}: unknown data item ${r.item}`)
      if (!(s.systems ?? []).includes(r.system)) throw new Error(`${at}: records into ${r.system}, which is not among its systems`)
    }
    const worked = s.kind === 'task' || s.kind === 'subprocess' || s.kind === 'decision'
    if (worked && typeof s.touch !== 'number') throw new Error(`${at}: needs touch minutes`)
    if (s.kind === 'wait' && typeof s.wait !== 'number') throw new Error(`${at}: a wait step needs wait minutes`)
    if (s.kind !== 'start' && s.kind !== 'end' && !s.value) throw new Error(`${at}: needs a value class`)
  }
}

/**
 * Column of each step: the longest path from a start event, with the back edges of rework loops
 * (found by a depth-first walk from the starts) left out, so a loop never pushes a step right.
 */
function columnsOf(steps, flows, where) {
  const byKey = new Map(steps.map((s) => [s.key, s]))
  for (const f of flows) {
    if (!byKey.has(f.from) || !byKey.has(f.to)) throw new Error(`${where}: flow ${f.from}>${f.to} joins a missing step`)
  }
  const out = new Map(steps.map((s) => [s.key, []]))
  for (const f of flows) out.get(f.from).push(f.to)
  for (const s of steps) {
    const incoming = flows.some((f) => f.to === s.key)
    if (s.kind !== 'start' && !incoming) throw new Error(`${where}: step "${s.key}" has no incoming flow`)
    if (s.kind !== 'end' && out.get(s.key).length === 0) throw new Error(`${where}: step "${s.key}" has no outgoing flow`)
  }
  const starts = steps.filter((s) => s.kind === 'start').map((s) => s.key)
  const back = new Set()
  const state = new Map()
  const visit = (k) => {
    state.set(k, 'open')
    for (const next of out.get(k)) {
      if (state.get(next) === 'open') back.add(`${k}>${next}`)
      else if (!state.has(next)) visit(next)
    }
    state.set(k, 'done')
  }
  starts.forEach(visit)
  for (const s of steps) if (!state.has(s.key)) throw new Error(`${where}: step "${s.key}" cannot be reached from a start`)
  const column = new Map()
  const place = (k) => {
    if (column.has(k)) return column.get(k)
    const preds = flows.filter((f) => f.to === k && !back.has(`${f.from}>${f.to}`)).map((f) => f.from)
    const c = preds.length === 0 ? 0 : Math.max(...preds.map(place)) + 1
    column.set(k, c)
    return c
  }
  steps.forEach((s) => place(s.key))
  return column
}

function checkNoOverlap(steps, columns, where) {
  const cells = new Map()
  for (const s of steps) {
    const cell = `${s.role}@${columns.get(s.key)}`
    if (cells.has(cell)) throw new Error(`${where}: "${s.key}" and "${cells.get(cell)}" would overlap in lane ${s.role}`)
    cells.set(cell, s.key)
  }
}

function sortBy(list, order, keyOf) {
  return [...list].sort((a, b) => order.indexOf(keyOf(a)) - order.indexOf(keyOf(b)))
}

function sortRecords(records, itemOrder, systemOrder) {
  return [...records].sort(
    (a, b) =>
      itemOrder.indexOf(a.item) - itemOrder.indexOf(b.item) ||
      systemOrder.indexOf(a.system) - systemOrder.indexOf(b.system) ||
      a.entry.localeCompare(b.entry),
  )
}
