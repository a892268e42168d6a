import type { Node, NodeChange, OnNodeDrag } from '@xyflow/react'
import { useCallback, useMemo, useState } from 'react'
import { LANE_HEADER_WIDTH, stepSize, type LaneBand, type StepKind } from '../../domain/model'
import { useStore } from '../../store'

type XY = { x: number; y: number }

/** The lane band under a canvas y (the nearest one above or below when outside all lanes). */
export function bandAt(y: number, bands: readonly LaneBand[]): LaneBand | undefined {
  if (bands.length === 0) return undefined
  return bands.find((b) => y >= b.top && y < b.top + b.height) ?? (y < bands[0]!.top ? bands[0] : bands[bands.length - 1])
}

const isStep = (n: Node) => n.type === 'step' && !n.id.startsWith('ghost:')

/**
 * Dragging steps. While the pointer moves, positions live here only (the document does not
 * change on every frame); at drag end, one step.move records the drop, with the lane under each
 * step's centre as its new role: one undo step for the whole drag.
 */
export function useStepDrag(stateId: string, bands: readonly LaneBand[]) {
  const [dragging, setDragging] = useState<ReadonlyMap<string, XY> | null>(null)

  const onNodesChange = useCallback(
    (changes: NodeChange[]) => {
      let moved: Map<string, XY> | null = null
      let picked: Set<string> | null = null
      for (const c of changes) {
        if (c.type === 'position' && c.position && c.dragging) {
          moved ??= new Map()
          moved.set(c.id, c.position)
        } else if (c.type === 'select' && !c.id.startsWith('lane:') && !c.id.startsWith('ghost:')) {
          picked ??= new Set(useStore.getState().selection[stateId] ?? [])
          if (c.selected) picked.add(c.id)
          else picked.delete(c.id)
        }
      }
      if (moved) {
        const frame = moved
        setDragging((prev) => {
          const next = new Map(prev ?? [])
          for (const [id, p] of frame) next.set(id, p)
          return next
        })
      }
      if (picked) useStore.getState().select(stateId, [...picked])
    },
    [stateId],
  )

  const onNodeDragStop: OnNodeDrag = useCallback(
    (_event, _node, nodes) => {
      const moves = nodes.filter(isStep).map((n) => {
        const kind = (n.data as { step: { kind: StepKind } }).step.kind
        const size = stepSize(kind)
        const band = bandAt(n.position.y + size.height / 2, bands)
        const top = band?.top ?? 0
        return {
          stepId: n.id,
          position: { x: Math.max(0, Math.round(n.position.x - LANE_HEADER_WIDTH)), y: Math.max(0, Math.round(n.position.y - top)) },
          roleId: band ? band.roleId : null,
        }
      })
      if (moves.length > 0) useStore.getState().dispatch({ type: 'step.move', stateId, moves })
      setDragging(null)
    },
    [stateId, bands],
  )

  /** The lane the first dragged step would land in, for highlighting. */
  const dropLane = useMemo(() => {
    if (!dragging || dragging.size === 0) return undefined
    const [id, at] = dragging.entries().next().value as [string, XY]
    const kind = useStore.getState().project?.states.find((s) => s.id === stateId)?.steps.find((s) => s.id === id)?.kind ?? 'task'
    return bandAt(at.y + stepSize(kind).height / 2, bands)?.roleId
  }, [dragging, bands, stateId])

  return { dragging, onNodesChange, onNodeDragStop, dropLane }
}

/** Nodes with the positions of a drag in progress laid over the document's positions. */
export function withDrag(nodes: Node[], dragging: ReadonlyMap<string, XY> | null): Node[] {
  if (!dragging || dragging.size === 0) return nodes
  return nodes.map((n) => {
    const at = dragging.get(n.id)
    return at ? { ...n, position: at, dragging: true } : n
  })
}
