// Sub-processes: which BPMN flow nodes become steps, and the flows between those steps.
//
// - A sub-process drawn expanded (DI isExpanded="true") is dissolved: its inner elements become
//   steps of the state in its place, because teams draw an open sub-process to show that work.
//   Its inner start and end events are dissolved too, so the state keeps one beginning and end.
// - A collapsed sub-process (or one with no DI) and a call activity are one subprocess step;
//   everything inside it is "inner" to that step.
// Flows are then contracted through the dissolved elements: a flow into an open sub-process
// reaches the steps after its start event, a flow out of it leaves from the steps before its end.
// Such a bridged flow takes the id of its outermost BPMN flow as lineage (the flow into or out of
// the sub-process), so the lineage stays put when the inside of the sub-process is redrawn.
import type { BpmnModel, BpmnNode } from './read'
import { count, type WarningList } from './warnings'

export type Placement = { as: 'step' } | { as: 'inner'; host: string } | { as: 'dissolved' }

const OPEN_TYPES = new Set(['subProcess', 'transaction', 'adHocSubProcess'])

export function placeNodes(model: BpmnModel): Map<string, Placement> {
  const children = new Map<string, number>()
  for (const n of model.nodes.values()) if (n.parentId) children.set(n.parentId, (children.get(n.parentId) ?? 0) + 1)
  const placement = new Map<string, Placement>()
  // Document order: a sub-process is always read before its content.
  for (const n of model.nodes.values()) {
    const parent = n.parentId ? placement.get(n.parentId) : undefined
    if (parent?.as === 'inner') placement.set(n.id, parent)
    else if (parent?.as === 'step') placement.set(n.id, { as: 'inner', host: n.parentId! })
    else if (OPEN_TYPES.has(n.type) && model.shapes.get(n.id)?.expanded && (children.get(n.id) ?? 0) > 0) placement.set(n.id, { as: 'dissolved' })
    else if (parent?.as === 'dissolved' && (n.type === 'startEvent' || n.type === 'endEvent')) placement.set(n.id, { as: 'dissolved' })
    else placement.set(n.id, { as: 'step' })
  }
  return placement
}

export interface StepFlow {
  /** BPMN ids of the two steps. */
  from: string
  to: string
  lineage: string
  label: string
}

interface Edge {
  to: string
  /** The BPMN flow's id; undefined for the links into and out of a dissolved sub-process. */
  id?: string
  label: string
  selfLoop: boolean
  /** How deep in sub-processes the BPMN flow is drawn: a bridged flow keeps the id of its outermost flow. */
  depth: number
}

const OUT = '\u0000out'
/** Enough for any real map; a hostile file cannot make the walk run for minutes. */
const WALK_BUDGET = 2_000_000

export interface Contracted {
  flows: StepFlow[]
  /** Open sub-process id -> the steps that end it (they lead to its end events). */
  lastSteps: Map<string, string[]>
}

export function contractFlows(model: BpmnModel, placement: Map<string, Placement>, warnings: WarningList): Contracted {
  const isDissolvedSub = (id: string) => placement.get(id)?.as === 'dissolved' && OPEN_TYPES.has(model.nodes.get(id)!.type)
  const sourceKey = (id: string): string | null => {
    const p = placement.get(id)
    if (!p) return null
    if (p.as === 'inner') return p.host
    return isDissolvedSub(id) ? id + OUT : id
  }
  const targetKey = (id: string): string | null => {
    const p = placement.get(id)
    if (!p) return null
    return p.as === 'inner' ? p.host : id
  }
  const edges = new Map<string, Edge[]>()
  const link = (from: string, edge: Edge) => {
    const list = edges.get(from)
    if (list) list.push(edge)
    else edges.set(from, [edge])
  }
  const depths = new Map<string, number>()
  const depth = (id: string): number => {
    const known = depths.get(id)
    if (known !== undefined) return known
    const parent = model.nodes.get(id)?.parentId
    // Recursion as deep as the sub-processes nest: at most the XML depth limit (1,000).
    const d = parent === undefined ? 0 : depth(parent) + 1
    depths.set(id, d)
    return d
  }
  for (const f of model.flows) {
    const from = sourceKey(f.source)
    const to = targetKey(f.target)
    if (from !== null && to !== null) link(from, { to, id: f.id, label: f.name, selfLoop: f.source === f.target, depth: depth(f.source) })
    else if (isPoolEnd(model, f.source) || isPoolEnd(model, f.target)) {
      warnings.add('flow-pool', (n) => `${count(n, 'message flow')} to or from a whole pool skipped: flowstate connects steps`, f.name || f.id)
    } else {
      const kind = f.message ? 'message flow' : 'sequence flow'
      warnings.add(`flow-dangling:${kind}`, (n) => `${count(n, kind)} skipped: one end is not a step`, f.name || f.id)
    }
  }
  // A boundary event follows its activity.
  for (const n of model.nodes.values()) {
    if (n.type !== 'boundaryEvent' || !n.attachedTo || placement.get(n.id)?.as !== 'step') continue
    const from = sourceKey(n.attachedTo)
    if (from !== null) link(from, { to: n.id, id: `${n.id}_attached`, label: '', selfLoop: false, depth: depth(n.id) })
  }
  linkDissolved(model, placement, isDissolvedSub, sourceKey, link)
  return walk(model, placement, edges, warnings)
}

/** Into a dissolved sub-process: to its start events (or its first elements); out of it: from its ends. */
function linkDissolved(
  model: BpmnModel,
  placement: Map<string, Placement>,
  isDissolvedSub: (id: string) => boolean,
  sourceKey: (id: string) => string | null,
  link: (from: string, edge: Edge) => void,
): void {
  const childrenOf = new Map<string, BpmnNode[]>()
  for (const n of model.nodes.values()) {
    if (!n.parentId || !isDissolvedSub(n.parentId)) continue
    const list = childrenOf.get(n.parentId)
    if (list) list.push(n)
    else childrenOf.set(n.parentId, [n])
  }
  // Flows between two elements of the same sub-process, found in one pass for all of them.
  const hasIn = new Set<string>()
  const hasOut = new Set<string>()
  for (const f of model.flows) {
    const parent = model.nodes.get(f.source)?.parentId
    if (parent !== undefined && childrenOf.has(parent) && model.nodes.get(f.target)?.parentId === parent) {
      hasOut.add(f.source)
      hasIn.add(f.target)
    }
  }
  for (const [sub, children] of childrenOf) {
    const ordinary = children.filter((c) => c.type !== 'boundaryEvent' && placement.get(c.id))
    const starts = ordinary.filter((c) => c.type === 'startEvent')
    const ends = ordinary.filter((c) => c.type === 'endEvent')
    for (const c of starts.length > 0 ? starts : ordinary.filter((c) => !hasIn.has(c.id))) link(sub, { to: c.id, label: '', selfLoop: false, depth: Infinity })
    for (const c of ends.length > 0 ? ends : ordinary.filter((c) => !hasOut.has(c.id))) {
      link(sourceKey(c.id)!, { to: sub + OUT, label: '', selfLoop: false, depth: Infinity })
    }
  }
}

/** From every step, follows edges through dissolved elements until it reaches steps. */
function walk(model: BpmnModel, placement: Map<string, Placement>, edges: Map<string, Edge[]>, warnings: WarningList): Contracted {
  const isStep = (key: string) => placement.get(key)?.as === 'step'
  const flows: StepFlow[] = []
  const lastSteps = new Map<string, string[]>()
  const reachedEnd = (key: string, step: string) => {
    if (!key.endsWith(OUT)) return
    const sub = key.slice(0, -OUT.length)
    const list = lastSteps.get(sub) ?? []
    if (!list.includes(step)) list.push(step)
    lastSteps.set(sub, list)
  }
  const lineages = new Set<string>()
  const emitted = new Set<string>()
  let budget = WALK_BUDGET
  const emit = (from: string, to: string, via: Edge, direct: boolean) => {
    if (from === to && !(direct && via.selfLoop)) return
    const id = via.id!
    // A direct flow is met once (from its one source), and usually keeps its id: no bookkeeping.
    if (direct && !lineages.has(id)) {
      lineages.add(id)
      flows.push({ from, to, lineage: id, label: via.label })
      return
    }
    const key = `${from}\u0000${to}\u0000${id}`
    if (emitted.has(key)) return
    emitted.add(key)
    const lineage = [id, `${id}_${to}`, `${id}_${from}`, `${id}_${from}_${to}`].find((c) => !lineages.has(c)) ?? `${id}_${lineages.size}`
    lineages.add(lineage)
    flows.push({ from, to, lineage, label: via.label })
  }
  for (const node of model.nodes.values()) {
    if (!isStep(node.id)) continue
    for (const first of edges.get(node.id) ?? []) {
      if (isStep(first.to)) {
        if (first.id) emit(node.id, first.to, first, true)
        continue
      }
      reachedEnd(first.to, node.id)
      const seen = new Set<string>([first.to])
      const stack: [string, Edge | undefined][] = [[first.to, first.id ? first : undefined]]
      while (stack.length > 0) {
        if (--budget < 0) {
          warnings.add('walk-budget', () => 'flows through open sub-processes are too tangled to follow: some were skipped')
          return { flows, lastSteps }
        }
        const [key, via] = stack.pop()!
        for (const e of edges.get(key) ?? []) {
          const real = e.id && (!via || e.depth < via.depth) ? e : via
          if (isStep(e.to)) {
            if (real) emit(node.id, e.to, real, false)
          } else if (!seen.has(e.to)) {
            seen.add(e.to)
            reachedEnd(e.to, node.id)
            stack.push([e.to, real])
          }
        }
      }
    }
  }
  return { flows, lastSteps }
}

function isPoolEnd(model: BpmnModel, id: string): boolean {
  return model.emptyPools.has(id) || model.processes.some((p) => p.pool?.id === id)
}
