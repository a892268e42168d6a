// Rule 5: duplicate documentation. In one state, a data item recorded by hand by two or more steps,
// or by one step into two or more systems, is documented twice. Automatic records never count:
// an interface that copies the data is how a duplicate gets removed.
import type { Duplicate, RecordRef } from './types'
import { compareText, type PreparedSide } from './side'

interface ItemRecords {
  key: string
  name: string
  records: { rank: number; ref: RecordRef }[]
  /** Per step index, the system keys it records the item into by hand ('' for no system). */
  systemsByStep: Map<number, Set<string>>
  systems: Map<string, string | null>
}

export interface StateDuplicates {
  /** Duplicates by data item key, in item-name order. */
  byKey: Map<string, Duplicate>
  manualRecords: number
}

export function findDuplicates(side: PreparedSide): StateDuplicates {
  const items = new Map<string, ItemRecords>()
  let manualRecords = 0
  const { catalogue } = side
  for (const i of side.order) {
    const step = side.steps[i]!
    if (step.records.length === 0) continue
    for (const r of step.records) {
      if (r.entry !== 'manual') continue
      manualRecords++
      const item = catalogue.item(r.dataItemId)
      const system = catalogue.system(r.systemId)
      const systemKey = system?.key ?? ''
      let rec = items.get(item.key)
      if (!rec) items.set(item.key, (rec = { key: item.key, name: item.name, records: [], systemsByStep: new Map(), systems: new Map() }))
      let stepSystems = rec.systemsByStep.get(i)
      if (!stepSystems) rec.systemsByStep.set(i, (stepSystems = new Set()))
      // The same record written twice on one step is one act of documentation.
      if (stepSystems.has(systemKey)) continue
      stepSystems.add(systemKey)
      rec.systems.set(systemKey, system?.name ?? null)
      rec.records.push({
        rank: side.rank[i]!,
        ref: {
          stepId: step.id,
          stepLabel: step.label,
          role: catalogue.role(step.roleId)?.name ?? null,
          system: system?.name ?? null,
          entry: 'manual',
        },
      })
    }
  }
  const found: ItemRecords[] = []
  for (const rec of items.values()) {
    let twice = rec.systemsByStep.size >= 2
    if (!twice) for (const set of rec.systemsByStep.values()) if (set.size >= 2) twice = true
    if (twice) found.push(rec)
  }
  found.sort((x, y) => compareText(x.name.toLowerCase(), y.name.toLowerCase()) || compareText(x.key, y.key))
  const byKey = new Map<string, Duplicate>()
  for (const rec of found) {
    const systems = sortSystems([...rec.systems.values()])
    // Steps in reading order, each step's systems by name: the file's record order does not show.
    const records = rec.records.sort((x, y) => x.rank - y.rank || compareSystems(x.ref.system, y.ref.system)).map((x) => x.ref)
    byKey.set(rec.key, { diffId: `duplicate:${rec.key}`, item: rec.name, records, systems })
  }
  return { byKey, manualRecords }
}

/** Systems by name, "no system" last. */
function sortSystems(names: (string | null)[]): (string | null)[] {
  return names.sort(compareSystems)
}

function compareSystems(x: string | null, y: string | null): number {
  if (x === y) return 0
  if (x === null) return 1
  if (y === null) return -1
  return compareText(x.toLowerCase(), y.toLowerCase()) || compareText(x, y)
}

export interface DuplicateChanges {
  before: Duplicate[]
  after: Duplicate[]
  introduced: Duplicate[]
  resolved: Duplicate[]
  persisting: Duplicate[]
}

/** Between states, by data item: introduced, resolved, persisting (records as they are in after). */
export function diffDuplicates(b: StateDuplicates, a: StateDuplicates): DuplicateChanges {
  const tag = (d: Duplicate, key: string, kind: string): Duplicate => ({ ...d, diffId: `duplicate-${kind}:${key}` })
  const introduced: Duplicate[] = []
  const persisting: Duplicate[] = []
  const resolved: Duplicate[] = []
  for (const [key, d] of a.byKey) (b.byKey.has(key) ? persisting : introduced).push(tag(d, key, b.byKey.has(key) ? 'persisting' : 'introduced'))
  for (const [key, d] of b.byKey) if (!a.byKey.has(key)) resolved.push(tag(d, key, 'resolved'))
  return { before: [...b.byKey.values()], after: [...a.byKey.values()], introduced, resolved, persisting }
}
