// Rule 5: duplicate documentation. In one state, a data item recorded by hand by two or more steps,
// or by one step into two or more systems, is documented twice. Automatic records never count:
// an interface that copies the data is how a duplicate gets removed.
import type { Duplicate, RecordRef } from './types'
import { compareText, type PreparedSide } from './side'

/** The manual records of one data item in one state, as they are found in reading order. */
interface ItemRecords {
  key: string
  name: string
  /** Per record: step index, system key ('' for no system) and system name. */
  steps: number[]
  systemKeys: string[]
  systemNames: (string | null)[]
  /** Distinct steps that record the item by hand. */
  stepCount: number
  /** Set when one step records it into two or more systems. */
  twiceInOneStep: boolean
  /** Where the records of the step being read start (a step's records are contiguous). */
  stepStart: number
}

export interface StateDuplicates {
  /** Duplicates by data item key, in item-name order. */
  byKey: Map<string, Duplicate>
  manualRecords: number
}

export function findDuplicates(side: PreparedSide): StateDuplicates {
  const items = new Map<string, ItemRecords>()
  // The manual records were gathered, with their catalogue entries, as the steps were indexed.
  const { manualFrom, manualItems, manualSystems } = side.facts
  const manualRecords = manualItems.length
  const { order } = side
  for (let r = 0; r < order.length; r++) {
    const i = order[r]!
    for (let k = manualFrom[i]!; k < manualFrom[i + 1]!; k++) {
      const item = manualItems[k]!
      const system = manualSystems[k] ?? null
      const systemKey = system?.key ?? ''
      let rec = items.get(item.key)
      if (!rec) {
        rec = { key: item.key, name: item.name, steps: [], systemKeys: [], systemNames: [], stepCount: 0, twiceInOneStep: false, stepStart: 0 }
        items.set(item.key, rec)
      }
      if (rec.steps.at(-1) !== i) {
        rec.stepCount++
        rec.stepStart = rec.steps.length
      } else {
        // The same record written twice on one step is one act of documentation.
        if (rec.systemKeys.indexOf(systemKey, rec.stepStart) !== -1) continue
        rec.twiceInOneStep = true
      }
      rec.steps.push(i)
      rec.systemKeys.push(systemKey)
      rec.systemNames.push(system?.name ?? null)
    }
  }
  const found: ItemRecords[] = []
  for (const rec of items.values()) if (rec.stepCount >= 2 || rec.twiceInOneStep) found.push(rec)
  found.sort((x, y) => compareText(x.name.toLowerCase(), y.name.toLowerCase()) || compareText(x.key, y.key))
  const byKey = new Map<string, Duplicate>()
  for (const rec of found) byKey.set(rec.key, duplicateOf(side, rec))
  return { byKey, manualRecords }
}

/** The records that make an item a duplicate: steps in reading order, each step's systems by name. */
function duplicateOf(side: PreparedSide, rec: ItemRecords): Duplicate {
  const order = rec.steps.map((_, k) => k)
  order.sort((x, y) => side.rank[rec.steps[x]!]! - side.rank[rec.steps[y]!]! || compareSystems(rec.systemNames[x]!, rec.systemNames[y]!))
  const records: RecordRef[] = order.map((k) => {
    const step = side.steps[rec.steps[k]!]!
    return { stepId: step.id, stepLabel: step.label, role: side.catalogue.role(step.roleId)?.name ?? null, system: rec.systemNames[k]!, entry: 'manual' }
  })
  const systems = new Map<string, string | null>()
  rec.systemKeys.forEach((key, k) => systems.set(key, rec.systemNames[k]!))
  return { diffId: `duplicate:${rec.key}`, item: rec.name, records, systems: sortSystems([...systems.values()]) }
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
