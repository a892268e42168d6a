import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Step } from '../../../src/domain/model'
import { importBpmn, type BpmnImport, type BpmnImportOptions } from '../../../src/io/bpmn'

export const bpmnFixture = (name: string): string => readFileSync(join(process.cwd(), 'tests/fixtures/bpmn', name), 'utf8')
export const corpusPath = (path: string): string => join(process.cwd(), 'tests/fixtures/corpus', path)
export const corpusFile = (path: string): string => readFileSync(corpusPath(path), 'utf8')

/** Imports a file that must import, with helpers to read the result by BPMN element id. */
export function imported(text: string, options?: BpmnImportOptions) {
  const result = importBpmn(text, options)
  if (!result.ok) throw new Error(`expected an import, got: ${result.error}`)
  return withLookups(result)
}

export function withLookups(result: BpmnImport) {
  const roles = new Map(result.added.roles.map((r) => [r.id, r.name]))
  const items = new Map(result.added.dataItems.map((d) => [d.id, d.name]))
  const systems = new Map(result.added.systems.map((s) => [s.id, s.name]))
  const step = (lineage: string): Step => {
    const s = result.state.steps.find((x) => x.lineage === lineage)
    if (!s) throw new Error(`no step with lineage ${lineage}`)
    return s
  }
  return {
    ...result,
    step,
    has: (lineage: string) => result.state.steps.some((x) => x.lineage === lineage),
    roleOf: (lineage: string) => {
      const id = step(lineage).roleId
      return id === undefined ? null : roles.get(id)
    },
    laneNames: () => result.state.lanes.map((id) => roles.get(id)),
    /** "item @ system (entry)" for each record of a step, sorted. */
    records: (lineage: string) =>
      step(lineage)
        .records.map((r) => `${items.get(r.dataItemId)} @ ${r.systemId ? systems.get(r.systemId) : '-'} (${r.entry})`)
        .sort(),
    systemsOf: (lineage: string) => step(lineage).systemIds.map((id) => systems.get(id)).sort(),
    /** "from -> to" by lineage, for every flow. */
    flows: () => {
      const lineageOf = new Map(result.state.steps.map((s) => [s.id, s.lineage]))
      return result.state.flows.map((f) => `${lineageOf.get(f.from)} -> ${lineageOf.get(f.to)}`).sort()
    },
  }
}
