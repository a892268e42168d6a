// A shared project as the server holds it: one Y.Doc laid out as docs/sync.md says (top-level
// maps keyed by id, each entity a Y.Map of its fields), generated at any size for the benchmarks.
import * as Y from 'yjs'

export interface PlainStep {
  id: string
  stateId: string
  lineage: string
  kind: string
  label: string
  roleId: string
  systemIds: string[]
  records: string[]
  touchMinutes: number
  waitMinutes: number
  value: string
  notes: string
  x: number
  y: number
  order: string
}

/** The project as plain objects (what the app holds without Yjs): the memory baseline. */
export function plainProject(steps: number) {
  const roles = Array.from({ length: 12 }, (_, i) => ({ id: `r_${i}`, name: `Role ${i}`, order: `a${i}` }))
  const list: PlainStep[] = Array.from({ length: steps }, (_, i) => ({
    id: `s_${i}`,
    stateId: 'st_current',
    lineage: `l_${i}`,
    kind: 'task',
    label: `Step ${i}: check the tray and scan it`,
    roleId: `r_${i % 12}`,
    systemIds: i % 3 ? ['sys_1'] : [],
    records: i % 5 ? [] : ['d_1'],
    touchMinutes: i % 7,
    waitMinutes: i % 11,
    value: 'value-adding',
    notes: '',
    x: (i % 50) * 180,
    y: Math.floor(i / 50) * 120,
    order: `a${i.toString(36)}`,
  }))
  const flows = list.slice(1).map((s, i) => ({ id: `f_${i}`, stateId: 'st_current', lineage: `fl_${i}`, from: list[i]!.id, to: s.id, label: '', order: `a${i.toString(36)}` }))
  return { roles, steps: list, flows }
}

export function projectDoc(steps: number, doc = new Y.Doc()): Y.Doc {
  const p = plainProject(steps)
  const entity = (fields: object) => new Y.Map(Object.entries(fields).filter(([k]) => k !== 'id'))
  doc.transact(() => {
    const project = doc.getMap('project')
    project.set('name', `Benchmark project, ${steps} steps`)
    project.set('formatVersion', 1)
    doc.getMap('states').set('st_current', entity({ name: 'Current state', phase: 'current', basedOn: null, order: 'a0' }))
    for (const r of p.roles) doc.getMap('roles').set(r.id, entity(r))
    for (const r of p.roles) doc.getMap('lanes').set(`st_current/${r.id}`, r.order)
    const stepMap = doc.getMap('steps')
    for (const s of p.steps) stepMap.set(s.id, entity(s))
    const flowMap = doc.getMap('flows')
    for (const f of p.flows) flowMap.set(f.id, entity(f))
  })
  return doc
}
