// Interface and interim-documentation work, found by walking the phases in order:
// - an automatic record that appears in a phase, or a duplicate that the phase resolves, asks for an
//   interface (interoperability is planned per data item, before the phase that needs it);
// - a duplicate that a transition state introduces is interim double documentation: a task in the
//   phase where it must end removes it (the phase that resolves it, else the last phase).
import type { Duplicate, RecordRef } from '../diff/types'
import type { Step } from '../model/types'
import { DEFAULT_DURATIONS, type Durations } from './durations'
import type { Segment, TaskDraft } from './segment'
import { byName, joinNames, normalizeName, roleLabel, slug, stepLabel, systemLabel, unique } from './text'

interface InterfaceNeed {
  item: string
  sources: Set<string>
  targets: Set<string>
  /** Systems of a resolved duplicate, when no automatic record says where the data now flows. */
  duplicateSystems: Set<string>
  details: string[]
  diffIds: string[]
}

interface OpenInterim {
  item: string
  since: Segment
  duplicate: Duplicate
  diffIds: string[]
}

export interface DocumentationWork {
  tasks: Map<number, TaskDraft[]>
  warnings: string[]
}

export function documentationTasks(segments: readonly Segment[], durations: Durations = DEFAULT_DURATIONS): DocumentationWork {
  const tasks = new Map<number, TaskDraft[]>()
  const warnings: string[] = []
  const open = new Map<string, OpenInterim[]>()

  for (const seg of segments) {
    const interfaces = new Map<string, InterfaceNeed>()
    const ending: OpenInterim[][] = []

    for (const rec of introducedAutomaticRecords(seg)) {
      const need = needFor(interfaces, rec.item)
      need.targets.add(rec.system ?? 'no system')
      for (const source of manualSystems(seg, rec.itemId, rec.system)) need.sources.add(source)
      need.details.push(`Automatic: ${rec.item} into ${systemLabel(rec.system)} at ${stepLabel(rec.step)}`)
      if (rec.diffId) need.diffIds.push(rec.diffId)
    }

    for (const dup of seg.diff.duplicates.resolved) {
      const key = normalizeName(dup.item)
      const interim = open.get(key)
      if (interim) {
        open.delete(key)
        ending.push(interim.map((o) => ({ ...o, diffIds: [...o.diffIds, dup.diffId] })))
        continue
      }
      const need = needFor(interfaces, dup.item)
      for (const s of dup.systems) need.duplicateSystems.add(systemLabel(s))
      need.details.push(`Until now documented by hand ${dup.records.length} times: ${recordList(dup.records)}`)
      need.diffIds.push(dup.diffId)
    }

    if (!seg.last) {
      for (const dup of seg.diff.duplicates.introduced) {
        const key = normalizeName(dup.item)
        open.set(key, [...(open.get(key) ?? []), { item: dup.item, since: seg, duplicate: dup, diffIds: [dup.diffId] }])
      }
    } else {
      for (const dup of seg.diff.duplicates.persisting) {
        if (open.has(normalizeName(dup.item))) continue
        warnings.push(`${dup.item} is still documented by hand more than once in ${seg.after.name} (${recordList(dup.records)}).`)
      }
      for (const [, interim] of open) ending.push(interim)
      open.clear()
      for (const dup of seg.diff.duplicates.introduced) {
        warnings.push(`${dup.item} is documented by hand more than once in ${seg.after.name} (${recordList(dup.records)}); no task ends it.`)
      }
    }

    const interfaceTasks = [...interfaces.values()].sort(byName((n) => n.item)).map((n) => interfaceTask(seg, n, durations))
    const interimTasks = ending
      .map((group) => interimTask(seg, group, interfaceTasks, durations))
      .sort(byName((t) => t.task.name))
    for (const t of interimTasks) {
      if (t.persists) warnings.push(`${t.task.dataItem} is still documented twice in ${seg.after.name}; the plan asks to end it by that go-live.`)
    }
    tasks.set(seg.number, [...interfaceTasks, ...interimTasks.map((t) => t.task)])
  }
  return { tasks, warnings }
}

function needFor(needs: Map<string, InterfaceNeed>, item: string): InterfaceNeed {
  const key = normalizeName(item)
  let need = needs.get(key)
  if (!need) {
    need = { item, sources: new Set(), targets: new Set(), duplicateSystems: new Set(), details: [], diffIds: [] }
    needs.set(key, need)
  }
  return need
}

interface AutomaticRecord {
  itemId: string
  item: string
  system: string | null
  step: Step
  diffId: string | undefined
}

/** Automatic records in the phase's state that its matched step in the previous state did not have. */
function introducedAutomaticRecords(seg: Segment): AutomaticRecord[] {
  const itemNames = new Map(seg.project.dataItems.map((d) => [d.id, d.name]))
  const systemNames = new Map(seg.project.systems.map((s) => [s.id, s.name]))
  const beforeSteps = new Map(seg.before.steps.map((s) => [s.id, s]))
  const beforeOf = new Map(seg.diff.matches.map((m) => [m.after, m.before]))
  const changedDiffId = new Map(seg.diff.steps.changed.map((c) => [c.after.id, c.diffId]))
  const addedDiffId = new Map<string, string>()
  for (const a of seg.diff.steps.added) if (!addedDiffId.has(a.id)) addedDiffId.set(a.id, a.diffId)
  const out: AutomaticRecord[] = []
  for (const step of seg.after.steps) {
    const prevId = beforeOf.get(step.id)
    const prev = prevId === undefined ? undefined : beforeSteps.get(prevId)
    for (const r of step.records) {
      if (r.entry !== 'automatic') continue
      const had = prev?.records.some(
        (p) => p.entry === 'automatic' && p.dataItemId === r.dataItemId && (p.systemId ?? null) === (r.systemId ?? null),
      )
      if (had) continue
      const diffId = prev ? changedDiffId.get(step.id) : addedDiffId.get(step.id)
      out.push({
        itemId: r.dataItemId,
        item: itemNames.get(r.dataItemId) ?? r.dataItemId,
        system: r.systemId ? (systemNames.get(r.systemId) ?? r.systemId) : null,
        step,
        diffId,
      })
    }
  }
  return out
}

/** Where the data item is still typed by hand in a state: the source an interface reads from. */
function manualSystems(seg: Segment, itemId: string, target: string | null): string[] {
  const systemNames = new Map(seg.project.systems.map((s) => [s.id, s.name]))
  const names = seg.after.steps.flatMap((s) =>
    s.records.filter((r) => r.entry === 'manual' && r.dataItemId === itemId && r.systemId).map((r) => systemNames.get(r.systemId!) ?? r.systemId!),
  )
  return unique(names).filter((n) => n !== target)
}

function recordList(records: readonly RecordRef[]): string {
  return records.map((r) => `${stepLabel({ label: r.stepLabel, kind: 'task' })} (${roleLabel(r.role)}, ${systemLabel(r.system)})`).join('; ')
}

function interfaceTask(seg: Segment, need: InterfaceNeed, durations: Durations): TaskDraft {
  const targets = [...need.targets].sort()
  const sources = [...need.sources].filter((s) => !need.targets.has(s)).sort()
  const between = [...need.duplicateSystems].sort()
  let name: string
  // "between", not "from … to": the map says where data is typed and where it arrives automatically,
  // not which system an interface will read from.
  if (targets.length > 0 && sources.length > 0) name = `Interface: ${need.item} between ${joinNames([...sources, ...targets])}`
  else if (targets.length > 0) name = `Interface: ${need.item} into ${joinNames(targets)}`
  else if (between.length > 1) name = `Interface: ${need.item} between ${joinNames(between)}`
  else name = `Interface: ${need.item} entered once${between.length ? ` (${between[0]})` : ''}`
  const systems = targets.length > 0 ? unique([...sources, ...targets]) : between
  const details = sources.length > 0 ? [...need.details, `Still entered by hand in: ${joinNames(sources)}`] : need.details
  return {
    id: `interface:${seg.after.id}:${itemKey(seg, need.item)}`,
    phaseId: seg.phaseId,
    type: 'interface',
    name,
    role: null,
    description:
      `Interoperability for ${need.item}, needed by the go-live of ${seg.after.name}: agree the source of truth, ` +
      `build the interface, test exceptions and downtime, and let users validate how the data appears, so ${need.item} is documented once.`,
    details,
    durationMinutes: durations.interface,
    milestone: false,
    diffIds: unique(need.diffIds),
    dataItem: need.item,
    systems,
  }
}

function interimTask(
  seg: Segment,
  group: readonly OpenInterim[],
  interfaces: readonly TaskDraft[],
  durations: Durations,
): { task: TaskDraft; persists: boolean } {
  const first = group[0]!
  const item = first.item
  const persists = !group.some((o) => o.diffIds.some((id) => id.startsWith('duplicate-resolved:')))
  const roles = unique(group.flatMap((o) => o.duplicate.records.map((r) => r.role)))
  const since = unique(group.map((o) => o.since.after.name))
  const iface = interfaces.find((t) => normalizeName(t.dataItem ?? '') === normalizeName(item))
  const details = [
    ...group.map((o) => `Documented twice since ${o.since.after.name}: ${recordList(o.duplicate.records)}`),
    persists ? `Still documented twice in ${seg.after.name}` : `Documented once in ${seg.after.name}`,
  ]
  return {
    persists,
    task: {
      id: `interim:${seg.after.id}:${itemKey(seg, item)}`,
      phaseId: seg.phaseId,
      type: 'interim',
      name: `End interim double documentation: ${item}`,
      role: roles.length === 1 ? roles[0]! : null,
      description:
        `${item} is documented twice while ${joinNames(since)} runs old and new methods side by side. ` +
        `It must end with the go-live of ${seg.after.name}: set the cut-over date, withdraw the interim form or log, and tell every shift.`,
      details,
      durationMinutes: durations.interim,
      milestone: false,
      predecessors: iface ? [iface.id] : [],
      diffIds: unique(group.flatMap((o) => o.diffIds)),
      dataItem: item,
      systems: unique(group.flatMap((o) => o.duplicate.systems.map(systemLabel))),
    },
  }
}

function itemKey(seg: Segment, item: string): string {
  const key = normalizeName(item)
  return seg.project.dataItems.find((d) => normalizeName(d.name) === key)?.id ?? slug(item)
}
