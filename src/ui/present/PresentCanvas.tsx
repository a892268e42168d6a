import { ReactFlow, ReactFlowProvider, useReactFlow, useStore as useFlowStore, type Node } from '@xyflow/react'
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react'
import type { LaneBand, WorkflowState } from '../../domain/model'
import { useStore } from '../../store'
import { buildElements, ElementCache } from '../canvas/elements'
import { FlowEdge } from '../canvas/FlowEdge'
import { LaneNode } from '../canvas/LaneNode'
import type { CanvasOverlay } from '../canvas/overlay'
import { StepNode } from '../canvas/StepNode'
import { LARGE } from '../canvas/useViewport'
import { boundsOf, nodeExtent } from '../canvas/viewportFit'
import { NONE } from '../panels/none'
import { frameView, laneNameSize, namesColumnWidth, PRESENT_MAX_ZOOM, stepsArea, WHOLE_MAX_ZOOM } from './framing'
import type { PaneFocus } from './slides'
import { maxOf } from '../../domain/arrays'

const nodeTypes = { lane: LaneNode, step: StepNode, ghost: StepNode }
const edgeTypes = { flow: FlowEdge }
const NOTHING: ReadonlySet<string> = new Set()
const GLIDE_MS = 450

export interface PresentCanvasProps {
  state: WorkflowState
  overlay?: CanvasOverlay | undefined
  focus: PaneFocus
}

/**
 * One state drawn for the room: the editor's steps, lanes, flows and diff overlay, with nothing to
 * edit, no handles, toolbars or minimap. The item on show is ringed and the view glides to it.
 */
export function PresentCanvas(props: PresentCanvasProps) {
  return (
    <ReactFlowProvider>
      <Canvas {...props} />
    </ReactFlowProvider>
  )
}

function Canvas({ state, overlay, focus }: PresentCanvasProps) {
  const rf = useReactFlow()
  const wrapper = useRef<HTMLDivElement>(null)
  const cache = useRef(new ElementCache())
  const roles = useStore((s) => s.project?.roles ?? NONE)
  const systems = useStore((s) => s.project?.systems ?? NONE)
  const dataItems = useStore((s) => s.project?.dataItems ?? NONE)
  const flows = useMemo(() => new Set(focus.flows), [focus.flows])
  const elements = useMemo(
    () => buildElements({ state, roles, systems, dataItems, selection: NOTHING, selectedFlows: flows, editing: null, overlay }, cache.current),
    [state, roles, systems, dataItems, flows, overlay],
  )
  const nodes = useMemo(() => spotlit(elements.nodes, focus.spot), [elements.nodes, focus.spot])

  const frame = useCallback(
    (glide: boolean) => {
      const el = wrapper.current
      if (!el || el.clientWidth === 0 || el.clientHeight === 0) return
      const pane = { width: el.clientWidth, height: el.clientHeight }
      const wanted = new Set(focus.frame)
      const around = boundsOf(nodes.filter((n) => wanted.has(n.id)).map((n) => nodeExtent(n)))
      const view = around
        ? frameView(around, pane, namesColumnWidth(pane.width), PRESENT_MAX_ZOOM, 40, elements.content)
        : frameView(stepsArea(elements.content), pane, namesColumnWidth(pane.width), WHOLE_MAX_ZOOM, 24)
      const still = !glide || globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches === true
      void rf.setViewport(view, still ? undefined : { duration: GLIDE_MS, interpolate: 'linear' })
    },
    [rf, nodes, focus.frame, elements.content],
  )
  // A new item glides there; the panes' own size changing (full screen, a window resized) jumps.
  const framed = useRef(false)
  useEffect(() => {
    frame(framed.current)
    framed.current = true
  }, [frame])
  const latest = useRef(frame)
  latest.current = frame
  useEffect(() => {
    const el = wrapper.current
    if (!el) return
    let size = ''
    const observer = new ResizeObserver(() => {
      const now = `${el.clientWidth}x${el.clientHeight}`
      if (now !== size) latest.current(false)
      size = now
    })
    observer.observe(el)
    return () => observer.disconnect()
  }, [])

  return (
    <div ref={wrapper} className="state-canvas present-canvas">
      <ReactFlow
        id={`present-${state.id}`}
        nodes={nodes}
        edges={elements.edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        nodesDraggable={false}
        nodesConnectable={false}
        nodesFocusable={false}
        edgesFocusable={false}
        elementsSelectable={false}
        disableKeyboardA11y
        zoomOnDoubleClick={false}
        onlyRenderVisibleElements={state.steps.length > LARGE}
        minZoom={0.05}
        maxZoom={2.5}
      >
        <LaneNames bands={elements.bands} ghostBands={elements.ghostBands} />
        <ZoomVariable target={wrapper} />
      </ReactFlow>
    </div>
  )
}

/** The focus nodes carry `is-spotlit` (a ring around them); the others are left as they are. */
function spotlit(nodes: Node[], spot: readonly string[]): Node[] {
  if (spot.length === 0) return nodes
  const ids = new Set(spot)
  return nodes.map((n) => (ids.has(n.id) ? { ...n, className: `${n.className ?? ''} is-spotlit`.trim(), zIndex: 5 } : n))
}

/** The zoom as `--zoom` on the canvas, so the ring round the item keeps its size on screen however far out the map is. */
function ZoomVariable({ target }: { target: React.RefObject<HTMLDivElement | null> }) {
  const zoom = useFlowStore((s) => s.transform[2])
  useLayoutEffect(() => target.current?.style.setProperty('--zoom', String(zoom)), [target, zoom])
  return null
}

/** The lanes' names, pinned over the pane's left edge in type the room can read, following the lanes' height. */
function LaneNames({ bands, ghostBands }: { bands: readonly LaneBand[]; ghostBands: readonly LaneBand[] }) {
  const [, ty, zoom] = useFlowStore((s) => s.transform)
  const paneWidth = useFlowStore((s) => s.width)
  const paneHeight = useFlowStore((s) => s.height)
  const longest = useMemo(() => Math.max(0, maxOf([...bands, ...ghostBands].flatMap((b) => b.name.split(/\s+/).map((w) => w.length)))), [bands, ghostBands])
  if (paneWidth === 0) return null
  const column = namesColumnWidth(paneWidth)
  const fontSize = laneNameSize(column, longest)
  const lane = (b: LaneBand, ghost: boolean) => {
    const top = Math.max(ty + b.top * zoom, 0)
    const bottom = Math.min(ty + (b.top + b.height) * zoom, paneHeight)
    const height = bottom - top
    if (height < fontSize) return null
    // As many lines as the lane's height holds; a lane of one line shows the name's start, cut with "…".
    const lines = Math.max(1, Math.floor((height - 6) / (fontSize * 1.2)))
    return (
      <div key={`${ghost ? 'ghost:' : ''}${b.roleId ?? '-'}`} className={`present-lane${ghost ? ' is-ghost' : ''}`} style={{ top, height, '--role': b.color } as React.CSSProperties}>
        <span className={lines === 1 ? 'present-lane-name is-one-line' : 'present-lane-name'} style={{ WebkitLineClamp: lines }}>
          {b.name}
        </span>
      </div>
    )
  }
  return (
    <div className="present-lanes" style={{ width: column, fontSize }}>
      {bands.map((b) => lane(b, false))}
      {ghostBands.map((b) => lane(b, true))}
    </div>
  )
}
