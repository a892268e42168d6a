import { Panel, useReactFlow, useStore as useFlowStore, type Node } from '@xyflow/react'
import { useEffect, useMemo, useRef, type PointerEvent } from 'react'
import { shallow } from 'zustand/shallow'
import { MAX_ZOOM, MIN_ZOOM } from './viewportFit'

/**
 * The minimap of a large map. React Flow's own minimap draws and subscribes one component per
 * step: on a 5,000-step map that alone cost more than a frame on every edit. This one draws all
 * steps of a colour as one SVG path (each step's piece kept while its node is unchanged) and
 * subscribes once, to the viewport. Click or drag to move the view there; the wheel zooms.
 */
export const OVERVIEW_FROM = 500

const WIDTH = 168
const HEIGHT = 112
const MASK = 'rgba(240, 242, 245, 0.7)'
/** A step's rectangle as a path piece, kept per node object (unchanged steps keep their node). */
const pieces = new WeakMap<Node, string>()

export function OverviewMap({ nodes, colorOf, content }: { nodes: readonly Node[]; colorOf: (node: Node) => string; content: { x: number; y: number; width: number; height: number } }) {
  const rf = useReactFlow()
  const view = useFlowStore((s) => ({ x: s.transform[0], y: s.transform[1], zoom: s.transform[2], width: s.width, height: s.height }), shallow)
  const svg = useRef<SVGSVGElement>(null)

  // One path per colour: a few long strings instead of thousands of elements.
  const paths = useMemo(() => {
    const byColor = new Map<string, string[]>()
    for (const node of nodes) {
      let piece = pieces.get(node)
      if (piece === undefined) {
        const w = Math.round(node.width ?? 0)
        const h = Math.round(node.height ?? 0)
        piece = `M${Math.round(node.position.x)} ${Math.round(node.position.y)}h${w}v${h}h${-w}z`
        pieces.set(node, piece)
      }
      const color = colorOf(node)
      const list = byColor.get(color)
      if (list) list.push(piece)
      else byColor.set(color, [piece])
    }
    return [...byColor].map(([color, list]) => ({ color, d: list.join('') }))
  }, [nodes, colorOf])

  // What is on screen, in map coordinates; the overview always shows it, like React Flow's.
  const seen = { x: -view.x / view.zoom, y: -view.y / view.zoom, width: view.width / view.zoom, height: view.height / view.zoom }
  const left = Math.min(content.x, seen.x)
  const top = Math.min(content.y, seen.y)
  const right = Math.max(content.x + content.width, seen.x + seen.width)
  const bottom = Math.max(content.y + content.height, seen.y + seen.height)
  const scale = Math.max((right - left) / WIDTH, (bottom - top) / HEIGHT) || 1
  const box = { x: left - (WIDTH * scale - (right - left)) / 2, y: top - (HEIGHT * scale - (bottom - top)) / 2, width: WIDTH * scale, height: HEIGHT * scale }

  const latest = useRef({ box, zoom: view.zoom })
  latest.current = { box, zoom: view.zoom }
  const centreAt = (clientX: number, clientY: number) => {
    const r = svg.current?.getBoundingClientRect()
    if (!r || r.width === 0) return
    const { box: b, zoom } = latest.current
    void rf.setCenter(b.x + ((clientX - r.left) / r.width) * b.width, b.y + ((clientY - r.top) / r.height) * b.height, { zoom })
  }
  const onPointerDown = (e: PointerEvent<SVGSVGElement>) => {
    if (e.button !== 0) return
    e.currentTarget.setPointerCapture(e.pointerId)
    centreAt(e.clientX, e.clientY)
  }
  const onPointerMove = (e: PointerEvent<SVGSVGElement>) => {
    if (e.currentTarget.hasPointerCapture(e.pointerId)) centreAt(e.clientX, e.clientY)
  }

  // The wheel zooms the map (a native listener: React's wheel listeners cannot prevent scrolling).
  useEffect(() => {
    const el = svg.current
    if (!el) return
    const onWheel = (e: WheelEvent) => {
      e.preventDefault()
      const zoom = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, latest.current.zoom * Math.pow(1.2, -e.deltaY / 100)))
      void rf.zoomTo(zoom)
    }
    el.addEventListener('wheel', onWheel, { passive: false })
    return () => el.removeEventListener('wheel', onWheel)
  }, [rf])

  return (
    <Panel position="bottom-right" className="react-flow__minimap" style={{ width: WIDTH, height: HEIGHT }}>
      <svg
        ref={svg}
        className="react-flow__minimap-svg"
        width={WIDTH}
        height={HEIGHT}
        viewBox={`${box.x} ${box.y} ${box.width} ${box.height}`}
        role="img"
        aria-label="Minimap"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
      >
        {paths.map((p) => (
          <path key={p.color} d={p.d} fill={p.color} />
        ))}
        <path
          className="react-flow__minimap-mask"
          d={`M${box.x} ${box.y}h${box.width}v${box.height}h${-box.width}z M${seen.x} ${seen.y}v${seen.height}h${seen.width}v${-seen.height}z`}
          fill={MASK}
          fillRule="evenodd"
          pointerEvents="none"
        />
      </svg>
    </Panel>
  )
}
