import { useReactFlow } from '@xyflow/react'
import { useCallback, useEffect, useRef, type RefObject } from 'react'
import { registerCanvas } from './canvasRegistry'
import { boundsOf, centreOn, fitLanes, fitWhole, followInto, nodeExtent, type MapRect } from './viewportFit'

/** A large map: past this many steps only what is on screen is rendered, and the map opens at its start. */
export const LARGE = 200
/** ...at least this large, so the first screen of a large map draws few steps and can be read. */
const START_ZOOM = 0.5

/**
 * How the view follows the pane's size. 'lanes': the first view (lanes fill the height), kept as
 * the pane is resized; 'whole': after "Zoom to fit", kept whole; 'user': the user panned or
 * zoomed, or a step was brought into view (also by following the keyboard), and a resize leaves
 * the view where it is.
 */
type FitMode = 'lanes' | 'whole' | 'user'

export interface ViewportHandlers {
  onInit(): void
  /** React Flow's onMoveStart: a move that comes from the user's own pointer or wheel. */
  onMoveStart(event: MouseEvent | TouchEvent | null): void
  /** Zoom buttons and the minimap move the view for the user too. */
  userMoved(): void
  /** Moves the view just far enough to show `target` (a step the keyboard works on), at the same zoom. */
  follow(target: MapRect | null): void
}

/**
 * Where the canvas looks: its first view, "zoom to fit", a step brought into view from elsewhere
 * (the change list), and what happens when the pane changes size. Registered for the actions.
 */
export function useViewport(stateId: string, wrapper: RefObject<HTMLDivElement | null>, content: MapRect | undefined, stepCount: number, nodeCount: number): ViewportHandlers {
  const rf = useReactFlow()
  const latest = useRef({ content, stepCount })
  latest.current = { content, stepCount }
  const mode = useRef<FitMode>('lanes')
  /** The next resize keeps the view's middle (a maximise or restore is under way). */
  const holdCentre = useRef(false)

  const paneSize = useCallback(() => {
    const el = wrapper.current
    // A hidden pane (another one is maximised) has no size: nothing to fit.
    return el && el.clientWidth > 0 && el.clientHeight > 0 ? { width: el.clientWidth, height: el.clientHeight } : null
  }, [wrapper])

  const fit = useCallback(
    (duration = 0) => {
      const pane = paneSize()
      const c = latest.current.content
      if (!pane || !c || c.height === 0 || mode.current === 'user') return
      const view = mode.current === 'whole' ? fitWhole(c, pane) : fitLanes(c, pane, latest.current.stepCount > LARGE ? START_ZOOM : undefined)
      void rf.setViewport(view, { duration, interpolate: 'linear' })
    },
    [rf, paneSize],
  )

  /** The box around these nodes on the map, or null when none is drawn. */
  const boundsOfNodes = useCallback(
    (ids: readonly string[]) =>
      boundsOf(
        ids.flatMap((id) => {
          const n = rf.getNode(id)
          return n ? [nodeExtent(n)] : []
        }),
      ),
    [rf],
  )

  const reveal = useCallback(
    (ids: readonly string[]) => {
      const pane = paneSize()
      const target = boundsOfNodes(ids)
      if (!pane || !target) return
      mode.current = 'user'
      void rf.setViewport(centreOn(target, pane, rf.getViewport(), latest.current.content), { duration: 300, interpolate: 'linear' })
    },
    [rf, paneSize, boundsOfNodes],
  )

  const follow = useCallback(
    (target: MapRect | null) => {
      const pane = paneSize()
      const view = pane && target ? followInto(target, pane, rf.getViewport()) : null
      if (!view) return
      // The view followed the keyboard away from the fitted one: a later resize (the properties
      // panel opening or closing) must not send it back to the map's start, away from the step.
      mode.current = 'user'
      // Linear: d3's default "fly" dips the zoom mid-way, and a follow that starts while the last
      // one is still gliding (fast typing) would keep that dip, shrinking the map step by step.
      void rf.setViewport(view, { duration: 200, interpolate: 'linear' })
    },
    [rf, paneSize],
  )

  const show = useCallback((ids: readonly string[]) => follow(boundsOfNodes(ids)), [follow, boundsOfNodes])

  useEffect(
    () =>
      registerCanvas(stateId, {
        fitView: () => {
          mode.current = 'whole'
          fit(250)
        },
        refit: () => {
          mode.current = 'lanes'
          fit()
        },
        reveal,
        show,
        holdCentre: () => {
          holdCentre.current = true
        },
        focus: () => wrapper.current?.focus({ preventScroll: true }),
      }),
    [stateId, fit, reveal, show, wrapper],
  )

  // The pane grows or shrinks (window, maximise, panels opening): a fitted view fits again, a
  // view the user chose stays where it is (a panel opening beside it crops it rather than moving
  // the map under the pointer), except across a maximise or restore, which keeps what was in the
  // middle in the middle. Fitting the lanes depends only on the height, so a panel that narrows
  // the pane does not move the map.
  useEffect(() => {
    const el = wrapper.current
    if (!el) return
    let frame = 0
    let last: { width: number; height: number } | null = null
    const observer = new ResizeObserver(() => {
      cancelAnimationFrame(frame)
      frame = requestAnimationFrame(() => {
        const size = paneSize()
        if (!size || (last && size.width === last.width && size.height === last.height)) return
        const before = last
        last = size
        if (mode.current !== 'user') fit()
        else if (holdCentre.current && before) {
          const { x, y, zoom } = rf.getViewport()
          void rf.setViewport({ x: x + (size.width - before.width) / 2, y: y + (size.height - before.height) / 2, zoom })
        }
        holdCentre.current = false
      })
    })
    observer.observe(el)
    return () => {
      observer.disconnect()
      cancelAnimationFrame(frame)
    }
  }, [wrapper, fit, paneSize, rf])

  // A state that starts empty has nothing to fit: when its first lane appears, fit that.
  const startedEmpty = useRef(nodeCount === 0)
  useEffect(() => {
    if (startedEmpty.current && nodeCount > 0) {
      startedEmpty.current = false
      mode.current = 'lanes'
      fit()
    }
  }, [nodeCount, fit])

  return {
    onInit: () => fit(),
    onMoveStart: (event) => {
      if (event) mode.current = 'user'
    },
    userMoved: () => {
      mode.current = 'user'
    },
    follow,
  }
}
