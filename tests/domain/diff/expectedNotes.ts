// Reads the hand-check notes tests/fixtures/examples/<name>.expected.md into data, so the notes
// people review stay the single source of the expected diffs of the example projects.
import { readFixture } from '../../helpers/fixtures'

export interface ExpectedDiff {
  title: string
  before: string
  after: string
  added: string[]
  removed: string[]
  reassigned: { before: string; after: string; from: string; to: string }[]
  changed: { before: string; after: string; fields: string[] }[]
  handoffsBefore: number
  handoffsAfter: number
  handoffsAdded: string[]
  handoffsRemoved: string[]
  introduced: string[]
  resolved: string[]
  persisting: string[]
}

export interface ExpectedNotes {
  diffs: ExpectedDiff[]
  /** Metric name → value per phase column ("current", "transition", "future"). */
  metrics: Record<string, Record<string, number>>
}

type ListKey = 'added' | 'removed' | 'reassigned' | 'changed' | 'handoffsAdded' | 'handoffsRemoved' | 'introduced' | 'resolved' | 'persisting'

export function readExpectedNotes(name: string): ExpectedNotes {
  const lines = readFixture(`examples/${name}.expected.md`).split(/\r?\n/)
  const diffs: ExpectedDiff[] = []
  const metrics: ExpectedNotes['metrics'] = {}
  const declared = new Map<ExpectedDiff, Partial<Record<ListKey, number>>>()
  let current: ExpectedDiff | null = null
  let list: ListKey | null = null
  let inDuplicates = false
  let inMetrics = false
  let columns: string[] = []

  const open = (key: ListKey, count: string) => {
    list = key
    declared.get(current!)![key] = Number(count)
  }
  for (const line of lines) {
    let m: RegExpMatchArray | null
    if ((m = line.match(/^## (.+)$/))) {
      inMetrics = /^Metrics/.test(m[1]!)
      list = null
      inDuplicates = false
      current = null
      if (!inMetrics) {
        current = { title: m[1]!, before: '', after: '', added: [], removed: [], reassigned: [], changed: [], handoffsBefore: NaN, handoffsAfter: NaN, handoffsAdded: [], handoffsRemoved: [], introduced: [], resolved: [], persisting: [] }
        diffs.push(current)
        declared.set(current, {})
      }
      continue
    }
    if (inMetrics) {
      const cells = tableCells(line)
      if (!cells) continue
      if (cells[0] === 'metric') columns = cells.slice(1)
      else if (!/^-+$/.test(cells[0]!.replace(/\s|:/g, ''))) metrics[cells[0]!] = Object.fromEntries(columns.map((c, i) => [c, Number(cells[i + 1])]))
      continue
    }
    if (!current) continue
    if (!current.before && (m = line.match(/^`([^`]+)` → `([^`]+)`$/))) {
      current.before = m[1]!
      current.after = m[2]!
      continue
    }
    if ((m = line.match(/^### Steps (added|removed|reassigned|changed): (\d+)/))) open(m[1] as ListKey, m[2]!)
    else if ((m = line.match(/^### Handoffs: (\d+) before, (\d+) after/))) {
      current.handoffsBefore = Number(m[1])
      current.handoffsAfter = Number(m[2])
      list = null
    } else if (/^### Duplicate documentation/.test(line)) {
      inDuplicates = true
      list = null
    } else if ((m = line.match(/^(Added|Removed): (\d+)/)) && !inDuplicates) open(m[1] === 'Added' ? 'handoffsAdded' : 'handoffsRemoved', m[2]!)
    else if ((m = line.match(/^(Introduced|Resolved|Persisting): (\d+)/)) && inDuplicates) open(m[1]!.toLowerCase() as ListKey, m[2]!)
    else if (/^(Paired|Matched) /.test(line) || /^### /.test(line)) list = null
    else if (list) readItem(current, list, line)
  }
  // The notes say how many items each list has: a parse that missed one fails here, not silently.
  for (const [d, counts] of declared) {
    for (const [key, n] of Object.entries(counts)) {
      const got = d[key as ListKey].length
      if (got !== n) throw new Error(`${name}.expected.md, "${d.title}": ${key} declares ${n} items, read ${got}`)
    }
  }
  return { diffs, metrics }
}

function readItem(d: ExpectedDiff, list: ListKey, line: string): void {
  let m: RegExpMatchArray | null
  if (list === 'changed') {
    const cells = tableCells(line)
    if (!cells || !(m = cells[0]!.match(/^`([^`]+)` → `([^`]+)`/))) return
    d.changed.push({ before: m[1]!, after: m[2]!, fields: cells[1]!.split(',').map((f) => f.trim()) })
  } else if (list === 'reassigned') {
    if ((m = line.match(/^- `([^`]+)` → `([^`]+)` ".*": (.+) → (.+)$/))) d.reassigned.push({ before: m[1]!, after: m[2]!, from: m[3]!, to: m[4]! })
  } else if (list === 'introduced' || list === 'resolved' || list === 'persisting') {
    if ((m = line.match(/^- \*\*(.+?)\*\*/))) d[list].push(m[1]!)
  } else if ((m = line.match(/^- `([^`]+)`/))) d[list].push(m[1]!)
}

function tableCells(line: string): string[] | null {
  if (!line.startsWith('|')) return null
  return line
    .slice(1, line.endsWith('|') ? -1 : undefined)
    .split(' | ')
    .map((c) => c.trim())
}
