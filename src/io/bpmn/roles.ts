// Which role does each BPMN flow node belong to? The innermost lane is the role; a pool without
// lanes is one role; a process with neither leaves its steps without a role.
import type { BpmnLane, BpmnModel, BpmnNode, Shape } from './read'

/** One swimlane of the imported state: an innermost lane, or a pool without lanes. */
export interface RoleBand {
  /** The lane or pool id. */
  key: string
  name: string
  shape?: Shape
}

export interface RoleAssignment {
  bands: RoleBand[]
  /** Flow node id -> band key. Nodes without a band have no role. */
  bandOf: Map<string, string>
}

/** `stepNodes`: the flow nodes that become steps (see structure.ts). */
export function assignRoles(model: BpmnModel, stepNodes: readonly BpmnNode[]): RoleAssignment {
  const bands: RoleBand[] = []
  const bandOf = new Map<string, string>()
  const leavesByProcess = new Map<string, BpmnLane[]>()
  for (const lane of model.lanes.values()) {
    if (lane.childIds.length > 0) continue
    const list = leavesByProcess.get(lane.processId) ?? []
    list.push(lane)
    leavesByProcess.set(lane.processId, list)
  }
  // Deepest lane that lists each node (outer lanes usually list their nested lanes' nodes too).
  const deepest = new Map<string, BpmnLane>()
  for (const lane of model.lanes.values()) {
    for (const ref of lane.nodeRefs) {
      const prior = deepest.get(ref)
      if (!prior || lane.depth > prior.depth) deepest.set(ref, lane)
    }
  }
  const ancestorLane = new Map<string, BpmnLane | undefined>()
  for (const process of model.processes) {
    const leaves = leavesByProcess.get(process.id) ?? []
    const nodes = stepNodes.filter((n) => n.processId === process.id)
    if (leaves.length > 0) {
      for (const lane of leaves) bands.push({ key: lane.id, name: laneName(lane, model, process.pool?.name ?? process.name), shape: model.shapes.get(lane.id) })
      for (const n of nodes) {
        const listed = deepest.get(n.id)
        const leaf = listed ? leafUnder(listed, model, n.id) : (byGeometry(n.id, leaves, model) ?? listedAncestor(n, model, deepest, ancestorLane))
        if (leaf) bandOf.set(n.id, leaf.id)
      }
    } else if (process.pool && nodes.length > 0) {
      bands.push({ key: process.pool.id, name: process.pool.name || process.name || 'Pool', shape: model.shapes.get(process.pool.id) })
      for (const n of nodes) bandOf.set(n.id, process.pool.id)
    }
    // A boundary event sits on its activity's edge: it belongs where the activity belongs.
    for (const n of nodes) {
      if (!bandOf.has(n.id) && n.attachedTo && bandOf.has(n.attachedTo)) bandOf.set(n.id, bandOf.get(n.attachedTo)!)
    }
  }
  disambiguate(bands, model)
  return { bands: orderBands(bands), bandOf }
}

/** Content of an open sub-process that no lane lists sits in the sub-process's lane. */
function listedAncestor(node: BpmnNode, model: BpmnModel, deepest: Map<string, BpmnLane>, memo: Map<string, BpmnLane | undefined>): BpmnLane | undefined {
  const parent = node.parentId ? model.nodes.get(node.parentId) : undefined
  if (!parent) return undefined
  if (memo.has(parent.id)) return memo.get(parent.id)
  const lane = deepest.get(parent.id)
  // Memoised per sub-process: its content shares the answer, however many elements it holds.
  const found = lane ? leafUnder(lane, model, parent.id) : listedAncestor(parent, model, deepest, memo)
  memo.set(parent.id, found)
  return found
}

/** An unnamed lane takes its parent's (or its pool's) name, so it never shows up blank. */
function laneName(lane: BpmnLane, model: BpmnModel, poolName: string): string {
  for (let l: BpmnLane | undefined = lane; l; l = l.parentId ? model.lanes.get(l.parentId) : undefined) {
    if (l.name) return l.name
  }
  return poolName || 'Lane'
}

/** A node listed only by an outer lane goes to the nested lane that contains it on the diagram, else the first. */
function leafUnder(lane: BpmnLane, model: BpmnModel, nodeId: string): BpmnLane | undefined {
  if (lane.childIds.length === 0) return lane
  const leaves: BpmnLane[] = []
  const stack = [lane]
  while (stack.length > 0) {
    const l = stack.pop()!
    if (l.childIds.length === 0) leaves.push(l)
    for (const c of l.childIds) {
      const child = model.lanes.get(c)
      if (child) stack.push(child)
    }
  }
  return byGeometry(nodeId, leaves, model) ?? leaves[0]
}

function byGeometry(nodeId: string, lanes: readonly BpmnLane[], model: BpmnModel): BpmnLane | undefined {
  const s = model.shapes.get(nodeId)?.bounds
  if (!s) return undefined
  const cx = s.x + s.width / 2
  const cy = s.y + s.height / 2
  return lanes.find((l) => {
    const lane = model.shapes.get(l.id)
    const b = lane?.bounds
    return b !== undefined && lane!.plane === model.shapes.get(nodeId)!.plane && cx >= b.x && cx <= b.x + b.width && cy >= b.y && cy <= b.y + b.height
  })
}

const fold = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase()

/** Two lanes named alike in different pools are different people: "Clerk (Pharmacy)", "Clerk (Ward)". */
function disambiguate(bands: RoleBand[], model: BpmnModel): void {
  const byName = new Map<string, RoleBand[]>()
  for (const b of bands) byName.set(fold(b.name), [...(byName.get(fold(b.name)) ?? []), b])
  const used = new Set(bands.map((b) => fold(b.name)))
  for (const group of byName.values()) {
    if (group.length < 2) continue
    for (const b of group.slice(1)) {
      const context = contextName(b.key, model)
      let name = context ? `${b.name} (${context})` : b.name
      for (let i = 2; used.has(fold(name)); i++) name = `${b.name} ${i}`
      used.add(fold(name))
      b.name = name
    }
  }
}

function contextName(key: string, model: BpmnModel): string {
  const lane = model.lanes.get(key)
  const parent = lane?.parentId ? model.lanes.get(lane.parentId) : undefined
  if (parent?.name) return parent.name
  const process = model.processes.find((p) => p.id === (lane?.processId ?? '') || p.pool?.id === key)
  return process?.pool?.name || process?.name || ''
}

/** Top to bottom as drawn when every band has a shape (left to right for vertical pools), else file order. */
function orderBands(bands: RoleBand[]): RoleBand[] {
  if (!bands.every((b) => b.shape)) return bands
  return [...bands].sort((a, b) => {
    const pa = a.shape!.bounds
    const pb = b.shape!.bounds
    const vertical = a.shape!.horizontal === false && b.shape!.horizontal === false
    const plane = a.shape!.plane - b.shape!.plane
    return plane || (vertical ? pa.x - pb.x || pa.y - pb.y : pa.y - pb.y || pa.x - pb.x)
  })
}
