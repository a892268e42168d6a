import type { StepKind } from '../../domain/model'

/**
 * The outline of a step, drawn in SVG so diamonds and circles keep crisp borders at any zoom.
 * Colours come from CSS (`--role`), so the diff overlay can restyle a step with a class.
 */
export function StepShape({ kind, width: w, height: h }: { kind: StepKind; width: number; height: number }) {
  return (
    <svg className="step-shape" width={w} height={h} viewBox={`0 0 ${w} ${h}`} aria-hidden="true">
      {shape(kind, w, h)}
    </svg>
  )
}

function shape(kind: StepKind, w: number, h: number) {
  switch (kind) {
    case 'task':
      return <rect className="shape-body" x={1} y={1} width={w - 2} height={h - 2} rx={8} />
    case 'subprocess':
      return (
        <>
          <rect className="shape-body" x={1} y={1} width={w - 2} height={h - 2} rx={8} />
          <rect className="shape-line" x={5} y={5} width={w - 10} height={h - 10} rx={5} />
        </>
      )
    case 'decision':
      return <polygon className="shape-body" points={`${w / 2},2 ${w - 2},${h / 2} ${w / 2},${h - 2} 2,${h / 2}`} strokeLinejoin="round" />
    case 'wait': {
      const r = Math.min(w, h) / 2 - 2
      const cx = w / 2
      const cy = h / 2
      return (
        <>
          <circle className="shape-body" cx={cx} cy={cy} r={r} />
          <circle className="shape-line" cx={cx} cy={cy} r={r - 4} />
          <path className="shape-mark" d={`M${cx} ${cy - r * 0.55} L${cx} ${cy} L${cx + r * 0.4} ${cy + r * 0.2}`} />
        </>
      )
    }
    case 'start':
      return <circle className="shape-body" cx={w / 2} cy={h / 2} r={Math.min(w, h) / 2 - 2} />
    case 'end':
      return <circle className="shape-body shape-end" cx={w / 2} cy={h / 2} r={Math.min(w, h) / 2 - 3} />
  }
}
