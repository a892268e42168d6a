// The document turned into React Flow nodes and edges. A 1,000-step state re-renders on every
// keystroke of a label, so node objects are reused whenever nothing they show has changed:
// React Flow then re-renders only the steps that did change.
import { MarkerType, Position, type Edge, type Node, type NodeHandle } from '@xyflow/react'
import { append } from '../../domain/arrays'
import {
  laneBands,
  LANE_HEADER_WIDTH,
  LANE_MIN_HEIGHT,
  LANE_PADDING,
  stepSize,
  UNASSIGNED_COLOR,
  type DataItem,
  type Flow,
  type LaneBand,
  type Role,
  type Step,
  type StepKind,
  type System,
  type WorkflowState,
} from '../../domain/model'
import type { LabelEditing } from '../../store/uiSlice'
import type { LaneNodeData } from './LaneNode'
import type { CanvasOverlay, FlowOverlay, StepOverlay } from './overlay'
import type { RecordBadge, StepFlowNode, StepNodeData } from './StepNode'
import type { PainBadge } from '../review/usePainBadges'

export const LANE_MIN_WIDTH = 1200
const LANE_TAIL = 240
const HANDLE = 10

export interface ElementsInput {
  state: WorkflowState
  roles: readonly Role[]
  systems: readonly System[]
  dataItems: readonly DataItem[]
  selection: ReadonlySet<string>
  selectedFlows: ReadonlySet<string>
  editing: LabelEditing | null
  overlay?: CanvasOverlay | undefined
  /** The lane a dragged step would land in, highlighted. */
  dropLane?: string | null | undefined
  /** Open pain points by step id (of this state and of the ghosts' state). */
  pains?: ReadonlyMap<string, PainBadge>
}

export interface CanvasElements {
  nodes: Node[]
  edges: Edge[]
  bands: LaneBand[]
  /**
   * Faint lanes below the others for roles this state no longer has, where removed steps of
   * theirs are drawn as ghosts. Never a drop target.
   */
  ghostBands: LaneBand[]
  /** What "zoom to fit" shows: the lane headers and every step, not the lanes' empty tail. */
  content: { x: number; y: number; width: number; height: number }
}

interface StepEntry {
  step: Step
  top: number
  color: string
  systems: readonly System[]
  dataItems: readonly DataItem[]
  selected: boolean
  editing: LabelEditing | null
  overlay: StepOverlay | undefined
  pain: string
  node: StepFlowNode
}

interface FlowEntry {
  flow: Flow
  /** Where a rework loop runs back (from its steps' places): all an edge takes from its steps. */
  loop: number | undefined
  handoff: boolean
  selected: boolean
  overlay: FlowOverlay | undefined
  edge: Edge
}

/** Remembers the last nodes and edges of one canvas, so unchanged ones keep their identity. */
export class ElementCache {
  steps = new Map<string, StepEntry>()
  flows = new Map<string, FlowEntry>()
  /**
   * The last edges array. While no edge changes (a label typed, a step's notes edited) the same
   * array goes back to React Flow, which then skips re-indexing every edge of a large map.
   */
  edges: Edge[] = []
}

const HANDLES = new Map<StepKind, NodeHandle[]>()

/** Handle places known up front, so edges draw before (or without) measuring the DOM. */
function handlesFor(kind: StepKind): NodeHandle[] {
  let handles = HANDLES.get(kind)
  if (!handles) {
    const { width, height } = stepSize(kind)
    const y = height / 2 - HANDLE / 2
    handles = [
      // id null, as the rendered <Handle>s have: React Flow finds a drop target by this id.
      { id: null, type: 'target', position: Position.Left, x: -HANDLE / 2, y, width: HANDLE, height: HANDLE },
      { id: null, type: 'source', position: Position.Right, x: width - HANDLE / 2, y, width: HANDLE, height: HANDLE },
    ]
    HANDLES.set(kind, handles)
  }
  return handles
}

export function buildElements(input: ElementsInput, cache: ElementCache): CanvasElements {
  const { state, selection, editing, overlay } = input
  const bands = laneBands(state, input.roles)
  const bandOf = new Map(bands.map((b) => [b.roleId, b]))
  const systemName = new Map(input.systems.map((s) => [s.id, s.name]))
  const itemName = new Map(input.dataItems.map((d) => [d.id, d.name]))

  let right = 0
  const stepNodes: Node[] = []
  const nextSteps = new Map<string, StepEntry>()
  for (const step of state.steps) {
    right = Math.max(right, step.position.x + stepSize(step.kind).width)
    const band = bandOf.get(step.roleId ?? null)
    const top = band?.top ?? 0
    const color = band?.color ?? '#9aa0a6'
    const selected = selection.has(step.id)
    const edit = editing?.stepId === step.id ? editing : null
    const over = overlay?.steps?.get(step.id)
    const painBadge = input.pains?.get(step.id)
    const pain = painBadge ? `${painBadge.count}:${painBadge.highest}` : ''
    const prior = cache.steps.get(step.id)
    let entry: StepEntry
    if (
      prior &&
      prior.step === step &&
      prior.top === top &&
      prior.color === color &&
      prior.systems === input.systems &&
      prior.dataItems === input.dataItems &&
      prior.selected === selected &&
      prior.editing === edit &&
      prior.overlay === over &&
      prior.pain === pain
    ) {
      entry = prior
    } else {
      const records: RecordBadge[] = step.records.map((r) => {
        const system = r.systemId === undefined ? undefined : systemName.get(r.systemId)
        return { item: itemName.get(r.dataItemId) ?? r.dataItemId, entry: r.entry, ...(system === undefined ? {} : { system }) }
      })
      const { width, height } = stepSize(step.kind)
      const node: StepFlowNode = {
        id: step.id,
        type: 'step',
        position: { x: LANE_HEADER_WIDTH + step.position.x, y: top + step.position.y },
        width,
        height,
        // Sizes are known from the kind: React Flow need not measure before drawing or dragging.
        measured: { width, height },
        handles: handlesFor(step.kind),
        selected,
        data: {
          stateId: state.id,
          step,
          color,
          systems: step.systemIds.map((id) => systemName.get(id) ?? id),
          records,
          editing: edit ? { mode: edit.mode, ...(edit.seed === undefined ? {} : { seed: edit.seed }) } : null,
          ...(over ? { overlay: over } : {}),
          ...(painBadge ? { pain: painBadge } : {}),
        },
        ...(over?.className ? { className: over.className } : {}),
        ...(edit ? { zIndex: 10 } : {}),
      }
      entry = { step, top, color, systems: input.systems, dataItems: input.dataItems, selected, editing: edit, overlay: over, pain, node }
    }
    nextSteps.set(step.id, entry)
    stepNodes.push(entry.node)
  }
  cache.steps = nextSteps

  const width = Math.max(LANE_MIN_WIDTH, LANE_HEADER_WIDTH + right + LANE_TAIL)
  const laneNodes: Node<LaneNodeData, 'lane'>[] = bands.map((b) => ({
    id: `lane:${b.roleId ?? '-'}`,
    type: 'lane',
    position: { x: 0, y: b.top },
    width,
    height: b.height,
    measured: { width, height: b.height },
    data: { roleId: b.roleId, color: b.color, width, height: b.height, dropTarget: input.dropLane !== undefined && input.dropLane === b.roleId },
    draggable: false,
    selectable: false,
    focusable: false,
    zIndex: -1,
  }))

  const ghostBands = vanishedLanes(overlay?.ghosts ?? [], bandOf, input.roles, bands)
  for (const b of ghostBands) bandOf.set(b.roleId, b)
  append(
    laneNodes,
    ghostBands.map((b): Node<LaneNodeData, 'lane'> => ({
      id: `lane-ghost:${b.roleId ?? '-'}`,
      type: 'lane',
      position: { x: 0, y: b.top },
      width,
      height: b.height,
      measured: { width, height: b.height },
      data: { roleId: b.roleId, color: b.color, width, height: b.height, dropTarget: false, ghost: true },
      draggable: false,
      selectable: false,
      focusable: false,
      zIndex: -1,
    })),
  )

  // Ghosts are drawn like steps but are not steps of this state: their own node type, never editable.
  const ghostNodes = (overlay?.ghosts ?? []).flatMap((g): Node<StepNodeData, 'ghost'>[] => {
    const band = bandOf.get(g.roleId ?? null)
    if (!band) return []
    const { width: w, height: h } = stepSize(g.kind)
    return [
      {
        id: `ghost:${g.id}`,
        type: 'ghost',
        position: { x: LANE_HEADER_WIDTH + g.position.x, y: band.top + g.position.y },
        width: w,
        height: h,
        measured: { width: w, height: h },
        handles: handlesFor(g.kind),
        draggable: false,
        selectable: false,
        connectable: false,
        data: { stateId: state.id, step: g, color: band.color, systems: [], records: [], editing: null, ghost: true, ...(input.pains?.has(g.id) ? { pain: input.pains.get(g.id)! } : {}) },
      },
    ]
  })

  const last = ghostBands[ghostBands.length - 1] ?? bands[bands.length - 1]
  const content = { x: 0, y: 0, width: LANE_HEADER_WIDTH + Math.max(right + 48, 320), height: last ? last.top + last.height : 0 }
  return { nodes: [...laneNodes, ...ghostNodes, ...stepNodes], edges: buildEdges(input, cache), bands, ghostBands, content }
}

/** One band per role that has ghosts but no lane in this state, in the catalogue's order, below the lanes. */
function vanishedLanes(ghosts: readonly Step[], bandOf: ReadonlyMap<string | null, LaneBand>, roles: readonly Role[], bands: readonly LaneBand[]): LaneBand[] {
  const bottom = new Map<string | null, number>()
  for (const g of ghosts) {
    const key = g.roleId ?? null
    if (bandOf.has(key)) continue
    bottom.set(key, Math.max(bottom.get(key) ?? 0, g.position.y + stepSize(g.kind).height))
  }
  if (bottom.size === 0) return []
  const order = [...roles.map((r) => r.id as string | null), null].filter((id) => bottom.has(id))
  for (const id of bottom.keys()) if (!order.includes(id)) order.push(id)
  const last = bands[bands.length - 1]
  let top = last ? last.top + last.height : 0
  return order.map((roleId) => {
    const role = roles.find((r) => r.id === roleId)
    const height = Math.max(LANE_MIN_HEIGHT, bottom.get(roleId)! + LANE_PADDING)
    const band: LaneBand = { roleId, name: role?.name ?? (roleId === null ? 'Unassigned' : roleId), color: role?.color ?? UNASSIGNED_COLOR, top, height }
    top += height
    return band
  })
}

const ARROW = { type: MarkerType.ArrowClosed, width: 18, height: 18, color: '#57606a' }
const ARROW_SELECTED = { ...ARROW, color: '#0969da' }

/**
 * Where a rework loop runs back: above the higher of its two steps, inside the lane's top
 * margin, so it never runs through the steps between them nor along a lane's border.
 */
function loopY(from: StepFlowNode | undefined, to: StepFlowNode | undefined): number | undefined {
  if (!from || !to || to.position.x >= from.position.x) return undefined
  return Math.min(from.position.y, to.position.y) - 16
}

function buildEdges(input: ElementsInput, cache: ElementCache): Edge[] {
  const { state, selectedFlows, overlay } = input
  // The step entries were just refreshed: no second index of every step per edit.
  const roleOf = (id: string) => cache.steps.get(id)?.step.roleId ?? null
  const nodeOf = (id: string) => cache.steps.get(id)?.node
  const edges: Edge[] = []
  const next = new Map<string, FlowEntry>()
  for (const flow of state.flows) {
    const handoff = roleOf(flow.from) !== roleOf(flow.to)
    const selected = selectedFlows.has(flow.id)
    const over = overlay?.flows?.get(flow.id)
    const prior = cache.flows.get(flow.id)
    const loop = loopY(nodeOf(flow.from), nodeOf(flow.to))
    let entry: FlowEntry
    if (prior && prior.flow === flow && prior.loop === loop && prior.handoff === handoff && prior.selected === selected && prior.overlay === over) {
      entry = prior
    } else {
      const classes = ['flow', handoff ? 'flow-handoff' : '', over?.status ? `overlay-${over.status}` : '', over?.className ?? ''].filter(Boolean)
      const edge: Edge = {
        id: flow.id,
        source: flow.from,
        target: flow.to,
        type: 'flow',
        selected,
        className: classes.join(' '),
        markerEnd: selected ? ARROW_SELECTED : ARROW,
        // FlowEdge names the flow by its steps' labels (see flowNames.ts): a label typed into a
        // step then re-renders that step's flows only, and this edge object stays the same.
        ariaLabel: null as unknown as string,
        data: { stateId: state.id, handoff, ...(over ? { overlay: over } : {}), ...(loop === undefined ? {} : { loopY: loop }) },
        // The overlay's note is FlowEdge's own flag, apart from the branch name.
        ...(flow.label ? { label: flow.label } : {}),
      }
      entry = { flow, loop, handoff, selected, overlay: over, edge }
    }
    next.set(flow.id, entry)
    edges.push(entry.edge)
  }
  cache.flows = next
  const last = cache.edges
  if (edges.length === last.length && edges.every((e, i) => e === last[i])) return last
  cache.edges = edges
  return edges
}
