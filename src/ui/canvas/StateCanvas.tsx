import {
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  useReactFlow,
  useStore as useFlowStore,
  type Connection,
  type EdgeChange,
  type Node,
} from '@xyflow/react'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { createFlow, LANE_HEADER_WIDTH, stepSize, type Role, type StepKind, type WorkflowState } from '../../domain/model'
import { KIND_LABELS } from '../panels/kinds'
import { useStore } from '../../store'
import { ActionMenu } from '../actions/ActionMenu'
import { pasteFromClipboard, writeClipTo } from '../actions/clipboard'
import { STEPS_MIME } from '../actions/clipboardPayload'
import { addStepInLane, startEditing } from '../actions/edits'
import { handleShortcut, isTextField, runAction } from '../actions/run'
import { isTypingKey } from '../actions/shortcuts'
import './canvas.css'
import { buildElements, ElementCache } from './elements'
import { FlowEdge } from './FlowEdge'
import { LaneHeaders, ZoomControls } from './LaneHeaders'
import { LaneNode } from './LaneNode'
import { OVERVIEW_FROM, OverviewMap } from './OverviewMap'
import type { CanvasOverlay } from './overlay'
import { StepNode } from './StepNode'
import { bandAt, useStepDrag, withDrag } from './useStepDrag'
import { useReveal } from './useReveal'
import { LARGE, useViewport } from './useViewport'
import { MAX_ZOOM, MIN_ZOOM } from './viewportFit'
import { NONE } from '../panels/none'
import { usePainBadges } from '../review/usePainBadges'

const nodeTypes = { lane: LaneNode, step: StepNode, ghost: StepNode }
const edgeTypes = { flow: FlowEdge }
const NO_IDS: readonly string[] = []
const NO_FLOWS: ReadonlySet<string> = new Set()
const STEP_MENU = ['step.addNext', 'step.editLabel', 'step.connectTo', '-', 'step.nextLane', 'step.previousLane', '-', 'step.kind.task', 'step.kind.decision', 'step.kind.wait', 'step.kind.subprocess', 'step.kind.start', 'step.kind.end', '-', 'clipboard.copy', 'clipboard.cut', 'clipboard.duplicate', 'step.delete']
const PANE_MENU = ['step.add', 'clipboard.paste', '-', 'view.tidy', 'view.fit', 'view.outline']

/** One workflow state as a swimlane canvas: steps in lanes by role, edited in place. */
export function StateCanvas(props: { stateId: string; overlay?: CanvasOverlay }) {
  return (
    <ReactFlowProvider>
      <Canvas {...props} />
    </ReactFlowProvider>
  )
}

function Canvas({ stateId, overlay }: { stateId: string; overlay?: CanvasOverlay }) {
  const rf = useReactFlow()
  const wrapper = useRef<HTMLDivElement>(null)
  const cache = useRef(new ElementCache())
  const state = useStore((s) => s.project?.states.find((x) => x.id === stateId))
  const roles = useStore((s) => s.project?.roles ?? NONE)
  const systems = useStore((s) => s.project?.systems ?? NONE)
  const dataItems = useStore((s) => s.project?.dataItems ?? NONE)
  const pains = usePainBadges()
  const selectionIds = useStore((s) => s.selection[stateId] ?? NO_IDS)
  const editing = useStore((s) => (s.editing?.stateId === stateId ? s.editing : null))
  const snap = useStore((s) => s.snapToGrid)
  const [selectedFlows, setSelectedFlows] = useState<ReadonlySet<string>>(NO_FLOWS)
  const [menu, setMenu] = useState<{ ids: readonly string[]; at: { x: number; y: number } } | null>(null)
  const selection = useMemo(() => new Set(selectionIds), [selectionIds])

  // Lane bands first (for drag), then nodes with the drop lane highlighted.
  const [dropLaneState, setDropLane] = useState<string | null | undefined>(undefined)
  const elements = useMemo(
    () => (state ? buildElements({ state, roles, systems, dataItems, selection, selectedFlows, editing, overlay, dropLane: dropLaneState, pains }, cache.current) : null),
    [state, roles, systems, dataItems, selection, selectedFlows, editing, overlay, dropLaneState, pains],
  )
  const bands = elements?.bands ?? []
  const drag = useStepDrag(stateId, bands)
  useEffect(() => setDropLane(drag.dropLane), [drag.dropLane])
  const nodes = useMemo(() => withDrag(elements?.nodes ?? [], drag.dragging), [elements, drag.dragging])

  const viewport = useViewport(stateId, wrapper, elements?.content, state?.steps.length ?? 0, nodes.length)
  // The view follows a step being typed, or one chosen by keyboard here; never one clicked or
  // dragged (a click never pans). The change list centres its steps through the canvas registry.
  const keyed = useRef(false)
  const followed = editing?.stepId ?? (keyed.current && selectionIds.length === 1 ? selectionIds[0]! : null)
  useReveal(followed, nodes, viewport.follow)

  const onEdgesChange = useCallback((changes: EdgeChange[]) => {
    const picked = changes.filter((c) => c.type === 'select')
    if (picked.length === 0) return
    setSelectedFlows((prev) => {
      const next = new Set(prev)
      for (const c of picked) {
        if (c.type !== 'select') continue
        if (c.selected) next.add(c.id)
        else next.delete(c.id)
      }
      return next
    })
  }, [])

  const onConnect = useCallback(
    (c: Connection) => {
      if (c.source === c.target) return
      useStore.getState().dispatch({ type: 'flow.add', stateId, flow: createFlow(c.source, c.target) })
    },
    [stateId],
  )

  const onKeyDown = (e: React.KeyboardEvent) => {
    keyed.current = true
    if (isTextField(e.target)) return
    // A button on the canvas (a lane's rename, move and remove tools, the zoom buttons) takes its
    // own Enter and Space: the canvas must not turn them into "add a step".
    if ((e.key === 'Enter' || e.key === ' ') && e.target instanceof HTMLButtonElement) return
    if ((e.key === 'Delete' || e.key === 'Backspace') && selectedFlows.size > 0 && selectionIds.length === 0) {
      e.preventDefault()
      useStore.getState().dispatch({ type: 'flow.remove', stateId, flowIds: [...selectedFlows] })
      setSelectedFlows(NO_FLOWS)
      return
    }
    if (handleShortcut(e, 'canvas', stateId)) return
    // Typing with one step selected starts its label, spreadsheet-style.
    if (isTypingKey(e) && selectionIds.length === 1) {
      e.preventDefault()
      startEditing(stateId, selectionIds[0]!, 'replace', e.key)
    }
  }

  /** A double click on empty lane space adds a step there, centred on the pointer. */
  const onDoubleClick = (e: React.MouseEvent) => {
    const target = e.target as HTMLElement
    if (target.closest('.react-flow__node-step, .lane-head, .react-flow__controls, .react-flow__minimap, .react-flow__edge')) return
    const point = rf.screenToFlowPosition({ x: e.clientX, y: e.clientY })
    const band = bandAt(point.y, bands)
    const kind: StepKind = 'task'
    const size = stepSize(kind)
    const at = { x: Math.max(0, Math.round(point.x - LANE_HEADER_WIDTH - size.width / 2)), y: Math.max(0, Math.round(point.y - (band?.top ?? 0) - size.height / 2)) }
    addStepInLane(stateId, band ? band.roleId : null, at, kind)
  }

  const onNodeDoubleClick = useCallback(
    (_e: React.MouseEvent, node: Node) => {
      if (node.type === 'step' && !node.id.startsWith('ghost:')) startEditing(stateId, node.id, 'append')
    },
    [stateId],
  )

  const openMenu = (e: React.MouseEvent | MouseEvent, ids: readonly string[]) => {
    e.preventDefault()
    const box = wrapper.current!.getBoundingClientRect()
    setMenu({ ids, at: { x: e.clientX - box.left, y: e.clientY - box.top } })
  }
  const closeMenu = useCallback(() => setMenu(null), [])
  /** The menu key or Shift+F10 on the canvas itself: the step menu under the selected step, else the canvas menu. */
  const openMenuByKey = (e: React.MouseEvent) => {
    if (e.target !== e.currentTarget) return // a step or the empty map: React Flow's own menus take it
    e.preventDefault()
    const box = wrapper.current!.getBoundingClientRect()
    const first = selectionIds[0]
    const node = first === undefined ? null : wrapper.current!.querySelector(`.react-flow__node[data-id="${CSS.escape(first)}"]`)
    const r = node?.getBoundingClientRect()
    setMenu({ ids: r ? STEP_MENU : PANE_MENU, at: r ? { x: r.left - box.left + 8, y: r.bottom - box.top + 4 } : { x: 24, y: 24 } })
  }

  if (!state || !elements) return null
  return (
    <div
      ref={wrapper}
      className="state-canvas"
      tabIndex={0}
      aria-label={`${state.name}: swimlane canvas. Enter adds a step; type to label it.`}
      onKeyDown={onKeyDown}
      onContextMenu={openMenuByKey}
      onBlur={(e) => {
        // Keyboard work here is over once focus leaves the canvas (for the change list, a panel).
        if (!wrapper.current?.contains(e.relatedTarget as HTMLElement | null)) keyed.current = false
      }}
      // Copy, cut and paste come as the browser's clipboard events: only they can read and write the system clipboard.
      onCopy={(e) => {
        if (isTextField(e.target) || !runAction('clipboard.copy', 'canvas', stateId)) return
        e.preventDefault()
        writeClipTo(e.clipboardData)
      }}
      onCut={(e) => {
        if (isTextField(e.target) || !runAction('clipboard.cut', 'canvas', stateId)) return
        e.preventDefault()
        writeClipTo(e.clipboardData)
      }}
      onPaste={(e) => {
        if (isTextField(e.target)) return
        keyed.current = true
        e.preventDefault()
        const data = e.clipboardData
        pasteFromClipboard(stateId, { text: data.getData('text/plain'), html: data.getData('text/html'), steps: data.getData(STEPS_MIME) }, selectionIds)
      }}
      onDoubleClick={onDoubleClick}
      onPointerDownCapture={(e) => {
        keyed.current = false
        if ((e.target as HTMLElement).closest('.react-flow__minimap, .react-flow__controls')) viewport.userMoved()
        if (!isTextField(e.target) && !(e.target as HTMLElement).closest('button, input, select, textarea, .action-menu')) {
          wrapper.current?.focus({ preventScroll: true })
        }
      }}
    >
      <ReactFlow
        // Arrowheads are SVG markers found by id across the page: each canvas needs its own ids,
        // or a pane that is hidden (another one maximised) takes every canvas's arrowheads with it.
        id={`canvas-${stateId}`}
        nodes={nodes}
        edges={elements.edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={drag.onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStop={drag.onNodeDragStop}
        onConnect={onConnect}
        onNodeDoubleClick={onNodeDoubleClick}
        onNodeContextMenu={(e, node) => {
          if (node.type !== 'step' || node.id.startsWith('ghost:')) return
          if (!selection.has(node.id)) useStore.getState().select(stateId, [node.id])
          openMenu(e, STEP_MENU)
        }}
        onPaneContextMenu={(e) => openMenu(e, PANE_MENU)}
        snapToGrid={snap}
        snapGrid={[20, 20]}
        deleteKeyCode={null}
        disableKeyboardA11y
        // The canvas is one tab stop with its own keys (arrows move along flows); a tab stop per
        // step and per flow would make the next pane dozens of presses away.
        nodesFocusable={false}
        edgesFocusable={false}
        zoomOnDoubleClick={false}
        onlyRenderVisibleElements={state.steps.length > LARGE}
        minZoom={MIN_ZOOM}
        maxZoom={MAX_ZOOM}
        onInit={viewport.onInit}
        onMoveStart={viewport.onMoveStart}
      >
        <LaneHeaders bands={bands} ghostBands={elements.ghostBands} laneCount={state.lanes.length} />
        <ZoomControls />
        {state.steps.length > 0 && <Minimap nodes={nodes} large={state.steps.length > OVERVIEW_FROM} content={elements.content} />}
      </ReactFlow>
      {state.steps.length === 0 && (
        <p className="canvas-hint">
          Press <kbd>Enter</kbd> or <strong>Add step</strong> to start, then type. <kbd>Enter</kbd> adds the next step, <kbd>Tab</kbd> moves it to the next lane.
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {describeSelection(state, roles, selectionIds)}
      </p>
      {menu && <ActionMenu ids={menu.ids} at={menu.at} stateId={stateId} surface="canvas" onClose={closeMenu} />}
    </div>
  )
}

/** What a screen reader hears as the keyboard moves through the canvas. */
function describeSelection(state: WorkflowState, roles: readonly Role[], ids: readonly string[]): string {
  if (ids.length !== 1) return ids.length > 1 ? `${ids.length} steps selected` : ''
  const step = state.steps.find((s) => s.id === ids[0])
  if (!step) return ''
  const lane = roles.find((r) => r.id === step.roleId)?.name ?? 'no lane'
  const next = state.flows.filter((f) => f.from === step.id).length
  return `${step.label || 'Untitled step'}, ${KIND_LABELS[step.kind].toLowerCase()}, ${lane}, ${next} next step${next === 1 ? '' : 's'}`
}

/**
 * Below this size a canvas has no minimap: its 168×112 px would cover a large part of the map
 * (two panes stacked on a laptop leave a canvas under 300 px high). A pane that grows past it
 * (maximised, a larger window) gets it back.
 */
export const MINIMAP_ROOM = { width: 560, height: 360 }

function Minimap({ nodes, large, content }: { nodes: readonly Node[]; large: boolean; content: { x: number; y: number; width: number; height: number } }) {
  const roomy = useFlowStore((s) => s.width >= MINIMAP_ROOM.width && s.height >= MINIMAP_ROOM.height)
  if (!roomy) return null
  if (large) return <OverviewMap nodes={nodes} colorOf={minimapColor} content={content} />
  return <MiniMap pannable zoomable position="bottom-right" style={{ width: 168, height: 112 }} ariaLabel="Minimap" nodeColor={minimapColor} nodeStrokeWidth={0} maskColor="rgba(240, 242, 245, 0.7)" />
}

function minimapColor(node: Node): string {
  const data = node.data as { color?: string }
  if (node.type === 'lane') return 'rgba(200, 205, 212, 0.35)'
  if (node.type === 'ghost') return 'rgba(140, 149, 159, 0.4)'
  return data.color ?? '#9aa0a6'
}
