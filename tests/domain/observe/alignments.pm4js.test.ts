// Alignment fitness against pm4js, the oracle (its PetriNetAlignments agree with PM4Py's to four
// decimals). The reference values in tests/fixtures/observe/alignments.reference.json were
// computed by pm4js 0.0.28 on the Petri net of the BPMN flowstate exports for each state (see
// tests/helpers/pm4js.ts for how the net is made); regenerate them with
//   FLOWSTATE_UPDATE_REFERENCE=1 npx vitest run --project unit tests/domain/observe/alignments.pm4js.test.ts
// Every run compares flowstate with the stored values, and recomputes a sample live with pm4js.
import { readFileSync, writeFileSync } from 'node:fs'
import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import type { Project } from '../../../src/domain/model'
import { align, replayModel, resolveMappings, shortestModelCost, traceFitness } from '../../../src/domain/observe'
import { loadProject, fixturePath } from '../../helpers/fixtures'
import { pm4jsAlignments } from '../../helpers/pm4js'
import { previewCsv } from '../../../src/io/eventlog/csvLog'
import { mulberry32 } from '../../../scripts/eventlog/sterileLog.mjs'
import { THREE_STATE_MAPS } from './observeHelpers'

interface Reference {
  note: string
  cases: { project: string; stateId: string; mapping: [string, string][]; traces: string[][]; fitness: number[]; logFitness: number }[]
}

const REFERENCE = 'observe/alignments.reference.json'

/** The maps and traces the reference covers: hand-made states, and the sterile example with traces from its generated log, perturbed. */
function scenarios(): { project: string; stateId: string; mapping: Map<string, string>; traces: string[][] }[] {
  const out: ReturnType<typeof scenarios> = []
  const three = loadProject('observe/observe.three-states.flowstate.json')
  const threeActivities = [...new Set(THREE_STATE_MAPS.flatMap((m) => m.activities.map((a) => a.activity)))]
  const threeMappings = resolveMappings({ ...three, activityMaps: THREE_STATE_MAPS }, threeActivities)
  const random = mulberry32(7)
  const perturbed = (base: string[], pool: string[], n: number) =>
    Array.from({ length: n }, () => {
      const t = [...base]
      for (let k = Math.floor(random() * 4); k > 0; k--) {
        const i = Math.floor(random() * t.length)
        const r = random()
        if (r < 0.3) t.splice(i, 1)
        else if (r < 0.6 && i + 1 < t.length) [t[i], t[i + 1]] = [t[i + 1]!, t[i]!]
        else if (r < 0.85) t.splice(i, 0, pool[Math.floor(random() * pool.length)]!)
        else t.splice(i, 0, 'Unplanned activity')
      }
      return t
    })
  three.states.forEach((s, k) => {
    const mapping = threeMappings[k]!.steps
    const base = s.steps.filter((st) => [...mapping.values()].includes(st.id)).map((st) => [...mapping].find(([, id]) => id === st.id)![0])
    out.push({ project: 'observe/observe.three-states.flowstate.json', stateId: s.id, mapping, traces: [[], base, ...perturbed(base, threeActivities, 40)] })
  })

  const sterile = loadProject('../../examples/sterile-processing.flowstate.json')
  const log = gunzipSync(readFileSync('examples/sterile-processing.events.csv.gz')).toString('utf8')
  const { rows } = previewCsv(log, ',', 1_000_000)
  const byCase = new Map<string, string[]>()
  for (const r of rows) byCase.set(r[0]!, [...(byCase.get(r[0]!) ?? []), r[1]!])
  const variants = [...new Set([...byCase.values()].map((t) => JSON.stringify(t)))].map((t) => JSON.parse(t) as string[])
  const activities = [...new Set(rows.map((r) => r[1]!))]
  const sterileMappings = resolveMappings(sterile, activities)
  sterile.states.forEach((s, k) => {
    const sample = variants.filter((_, i) => i % 3 === k % 3).slice(0, 40)
    out.push({ project: '../../examples/sterile-processing.flowstate.json', stateId: s.id, mapping: sterileMappings[k]!.steps, traces: [...sample, ...perturbed(sample[0]!, activities, 20)] })
  })
  return out
}

function ours(project: Project, stateId: string, mapping: Map<string, string>, traces: string[][]): { fitness: number[]; logFitness: number } {
  const model = replayModel(project.states.find((s) => s.id === stateId)!, mapping)
  const modelCost = shortestModelCost(model)!
  let cost = 0
  let worst = 0
  const fitness = traces.map((t) => {
    const c = align(model, t)!.cost
    cost += c
    worst += t.length + modelCost
    return traceFitness(c, t.length, modelCost)
  })
  return { fitness, logFitness: 1 - cost / worst }
}

describe('alignment fitness against pm4js', () => {
  it.runIf(process.env.FLOWSTATE_UPDATE_REFERENCE)('writes the reference values from pm4js', () => {
    const reference: Reference = {
      note:
        'Computed by pm4js 0.0.28 (npm): PetriNetAlignments.apply on the accepting Petri net that BpmnToPetriNetConverter makes of the BPMN flowstate exports for the state ' +
        '(roles and records removed, which pm4js cannot read; each mapped step relabelled as a task named by its activity, every other node silent). ' +
        'Standard costs: log and model moves 1, synchronous moves 0; fitness = 1 - cost / (trace length + cheapest path through the model). ' +
        'Regenerate: FLOWSTATE_UPDATE_REFERENCE=1 npx vitest run --project unit tests/domain/observe/alignments.pm4js.test.ts',
      cases: scenarios().map((s) => {
        const project = loadProject(s.project)
        const r = pm4jsAlignments(project.states.find((x) => x.id === s.stateId)!, s.mapping, s.traces)
        r.overallResult.forEach((a, i) => {
          if (!a) throw new Error(`pm4js found no alignment: ${s.project} ${s.stateId} trace ${i} ${JSON.stringify(s.traces[i])}`)
        })
        return { project: s.project, stateId: s.stateId, mapping: [...s.mapping], traces: s.traces, fitness: r.overallResult.map((a) => a!.fitness), logFitness: r.logFitness }
      }),
    }
    writeFileSync(fixturePath(REFERENCE), JSON.stringify(reference, null, 1) + '\n')
  }, 600_000)

  const stored = () => JSON.parse(readFileSync(fixturePath(REFERENCE), 'utf8')) as Reference

  it('agrees with the stored pm4js values on every trace, exactly', () => {
    let traces = 0
    for (const c of stored().cases) {
      const mine = ours(loadProject(c.project), c.stateId, new Map(c.mapping), c.traces)
      mine.fitness.forEach((f, i) => expect(f, `${c.stateId} trace ${i}: ${c.traces[i]!.join(' → ')}`).toBeCloseTo(c.fitness[i]!, 10))
      expect(mine.logFitness).toBeCloseTo(c.logFitness, 10)
      traces += c.traces.length
    }
    expect(traces).toBeGreaterThan(250)
  })

  it('the stored values are what pm4js computes now (a sample, live)', () => {
    for (const c of stored().cases.filter((_, i) => i % 2 === 0)) {
      const project = loadProject(c.project)
      const sample = c.traces.slice(0, 12)
      const live = pm4jsAlignments(project.states.find((s) => s.id === c.stateId)!, new Map(c.mapping), sample)
      live.overallResult.forEach((a, i) => expect(a!.fitness).toBeCloseTo(c.fitness[i]!, 10))
    }
  }, 120_000)
})
