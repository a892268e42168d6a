import { Handle, Position, useStore as useFlowStore, type Node, type NodeProps } from '@xyflow/react'
import { memo } from 'react'
import { stepSize, type Entry, type Step } from '../../domain/model'
import { LabelEditor } from './LabelEditor'
import type { StepOverlay } from './overlay'
import { StepShape } from './StepShape'
import { PainBadge } from '../review/PainBadge'
import type { PainBadge as PainCount } from '../review/usePainBadges'
import { LABEL_INSIDE } from './viewportFit'

export type RecordBadge = { item: string; system?: string; entry: Entry }

export type StepNodeData = {
  stateId: string
  step: Step
  color: string
  /** Names of the systems the step uses, resolved from the catalogue. */
  systems: readonly string[]
  records: readonly RecordBadge[]
  editing: { mode: 'replace' | 'append'; seed?: string } | null
  ghost?: boolean
  overlay?: StepOverlay
  /** Open pain points on the step: their count and highest severity. */
  pain?: PainCount
}

export type StepFlowNode = Node<StepNodeData, 'step' | 'ghost'>

/** Below this zoom labels cannot be read: steps are drawn as plain coloured shapes, which is far cheaper for large maps. */
export const FAR_ZOOM = 0.3

/**
 * A step. Tasks and subprocesses carry their label inside; events, waits and decisions carry it
 * underneath, as BPMN draws them. Labels are text nodes, never HTML.
 */
export const StepNode = memo(function StepNode({ data, selected }: NodeProps<StepFlowNode>) {
  const { step, color, editing, overlay } = data
  const { width, height } = stepSize(step.kind)
  // A boolean selector: a step re-renders when the zoom crosses the line, not on every frame.
  const far = useFlowStore((s) => s.transform[2] < FAR_ZOOM) && !editing
  const boxed = LABEL_INSIDE.has(step.kind)
  const classes = ['step', `kind-${step.kind}`, boxed ? 'step-boxed' : 'step-event']
  if (selected) classes.push('is-selected')
  if (data.ghost) classes.push('is-ghost')
  if (overlay?.status) classes.push(`overlay-${overlay.status}`)
  if (far) {
    return (
      <div className={`${classes.join(' ')} is-far`} style={{ '--role': color, width, height } as React.CSSProperties} title={step.label}>
        <Handle type="target" position={Position.Left} className="step-handle" />
        {data.pain && <PainBadge badge={data.pain} className="step-pain" />}
        <Handle type="source" position={Position.Right} className="step-handle" />
      </div>
    )
  }
  const label = editing ? (
    <LabelEditor stateId={data.stateId} step={step} mode={editing.mode} {...(editing.seed === undefined ? {} : { seed: editing.seed })} />
  ) : (
    <span className={step.label ? 'step-label' : 'step-label is-empty'}>{step.label || 'Untitled step'}</span>
  )
  const status = data.ghost ? 'removed' : overlay?.status
  return (
    <div className={classes.join(' ')} style={{ '--role': color, width, height } as React.CSSProperties} title={step.label}>
      <Handle type="target" position={Position.Left} className="step-handle" />
      <StepShape kind={step.kind} width={width} height={height} />
      {status && <OverlayMarker status={status} />}
      {data.pain && <PainBadge badge={data.pain} className="step-pain" />}
      <div className={boxed ? 'step-inside' : 'step-caption'}>{label}</div>
      <StepBadges data={data} />
      <Handle type="source" position={Position.Right} className="step-handle" />
    </div>
  )
})

const MARKERS: Record<NonNullable<StepOverlay['status']>, { mark: string; word: string }> = {
  added: { mark: '+', word: 'Added' },
  changed: { mark: '\u2206', word: 'Changed' },
  removed: { mark: '\u2212', word: 'Removed' },
}

/**
 * The diff's mark in the step's corner (+ added, ∆ changed, − removed): what happened to the step
 * does not rest on its colour alone. The word is there for a screen reader, before the label.
 */
function OverlayMarker({ status }: { status: NonNullable<StepOverlay['status']> }) {
  const { mark, word } = MARKERS[status]
  return (
    <span className={`overlay-marker overlay-marker-${status}`}>
      <span aria-hidden="true">{mark}</span>
      <span className="visually-hidden">{word}</span>
    </span>
  )
}

/** Systems used, and records made by hand (✎, amber) or by an interface (⇄, teal), plus overlay badges. */
function StepBadges({ data }: { data: StepNodeData }) {
  const manual = data.records.filter((r) => r.entry === 'manual')
  const automatic = data.records.filter((r) => r.entry === 'automatic')
  const extra = data.overlay?.badges ?? []
  if (data.systems.length === 0 && data.records.length === 0 && extra.length === 0) return null
  const shown = data.systems.slice(0, 2)
  const describe = (rs: readonly RecordBadge[]) => rs.map((r) => (r.system ? `${r.item} in ${r.system}` : r.item)).join(', ')
  return (
    <div className="step-badges">
      {shown.map((name) => (
        <span key={name} className="badge badge-system" title={`Uses ${name}`}>
          {name}
        </span>
      ))}
      {data.systems.length > shown.length && (
        <span className="badge badge-system" title={`Uses ${data.systems.join(', ')}`}>
          +{data.systems.length - shown.length}
        </span>
      )}
      {manual.length > 0 && (
        <span className="badge badge-manual" title={`Documented by hand: ${describe(manual)}`}>
          <span aria-hidden="true">✎</span> {manual.length}
        </span>
      )}
      {automatic.length > 0 && (
        <span className="badge badge-automatic" title={`Recorded automatically: ${describe(automatic)}`}>
          <span aria-hidden="true">⇄</span> {automatic.length}
        </span>
      )}
      {extra.map((b, i) => (
        <span key={i} className={`badge badge-${b.tone ?? 'info'}`} title={b.title ?? b.text}>
          {b.text}
        </span>
      ))}
    </div>
  )
}
