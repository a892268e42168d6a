import { memo } from 'react'
import type { Metrics } from '../../domain/diff'
import { useCompareChoice, useCompareResult } from './useCompare'

type MetricKey = keyof Metrics

interface MetricDef {
  key: MetricKey
  name: string
  /** The name for exactly one ("1 decision"). */
  one?: string
  /** Shown instead of `name` when the pane is narrow; `name` stays for screen readers and on hover. */
  short?: string
  time?: boolean
  /** Fewer is better (handoffs, waits, documentation by hand, time); steps and decisions are neither. */
  lowerIsBetter?: boolean
}

export const STRIP_METRICS: readonly MetricDef[] = [
  { key: 'steps', name: 'steps', one: 'step' },
  { key: 'handoffs', name: 'handoffs', one: 'handoff', lowerIsBetter: true },
  { key: 'decisions', name: 'decisions', one: 'decision' },
  { key: 'waits', name: 'waits', one: 'wait', lowerIsBetter: true },
  { key: 'manualRecords', name: 'records by hand', one: 'record by hand', short: 'by hand', lowerIsBetter: true },
  { key: 'duplicates', name: 'documented twice', short: 'twice', lowerIsBetter: true },
  { key: 'touchMinutes', name: 'touch time', short: 'touch', time: true, lowerIsBetter: true },
  { key: 'waitMinutes', name: 'wait time', short: 'wait', time: true, lowerIsBetter: true },
  { key: 'leadTimeMinutes', name: 'lead time', short: 'lead', time: true, lowerIsBetter: true },
]

/** 45 → "45 min", 180 → "3 h", 501 → "8 h 21 min"; from ten hours on, whole hours: 24,406 → "407 h". */
export function formatMinutes(minutes: number): string {
  const m = Math.round(Math.abs(minutes))
  const sign = minutes < 0 ? '−' : ''
  if (m < 60) return `${sign}${m} min`
  if (m >= 600) return `${sign}${Math.round(m / 60)} h`
  const h = Math.floor(m / 60)
  const rest = m % 60
  return `${sign}${h} h${rest ? ` ${rest} min` : ''}`
}

function formatDelta(def: MetricDef, delta: number): string {
  if (delta === 0) return '±0'
  const plus = delta > 0 ? '+' : ''
  return def.time ? `${plus}${formatMinutes(delta)}` : `${plus}${String(delta).replace('-', '−')}`
}

export interface MetricsStripProps {
  stateName: string
  metrics: Metrics
  /** Change against `baseline`; absent for the "before" state itself. */
  delta?: Metrics
  baseline?: string
}

/** The numbers of one state, each with its change against the "before" state. */
export function MetricsStrip({ stateName, metrics, delta, baseline }: MetricsStripProps) {
  return (
    <ul className="metrics-strip" aria-label={`Metrics of ${stateName}`}>
      {STRIP_METRICS.map((def) => {
        const d = delta?.[def.key]
        const tone = d === undefined || d === 0 || !def.lowerIsBetter ? 'neutral' : (d < 0) === true ? 'better' : 'worse'
        const value = metrics[def.key]
        return (
          <li key={def.key} className={def.short ? 'metric has-short' : 'metric'} title={def.short ? def.name : undefined}>
            <span className="metric-value">{def.time ? formatMinutes(value) : value}</span>
            <span className="metric-name">{value === 1 && def.one ? def.one : def.name}</span>
            {def.short && (
              <span className="metric-short" aria-hidden="true">
                {def.short}
              </span>
            )}
            {d !== undefined && (
              <span className={`metric-delta delta-${tone}`} title={tone === 'neutral' ? undefined : tone}>
                {formatDelta(def, d)}
                {baseline && <span className="visually-hidden"> compared with {baseline}</span>}
                {/* Green and red say better and worse to the eye; the words say it to everyone else. */}
                {tone !== 'neutral' && <span className="visually-hidden">, {tone}</span>}
              </span>
            )}
          </li>
        )
      })}
      {!delta && <li className="metric-baseline">baseline</li>}
    </ul>
  )
}

/** The strip of one pane, from the latest diffs: "before" is the baseline, every other pane has deltas against it. */
export const PaneMetrics = memo(function PaneMetrics({ stateId }: { stateId: string }) {
  const result = useCompareResult()
  const { pair } = useCompareChoice()
  if (!result || !pair) return null
  const main = result.pair
  if (stateId === pair.before) return <MetricsStrip stateName={main.before.name} metrics={main.metrics.before} />
  const diff = stateId === pair.after ? main : result.others[stateId]
  if (!diff) return null
  return <MetricsStrip stateName={diff.after.name} metrics={diff.metrics.after} delta={diff.metrics.delta} baseline={diff.before.name} />
})
