// The words around the maps: the pane titles with their metrics, and pills that count changes.
import type { Metrics } from '../../domain/diff/types'
import { DIFF, INK, LINE, MUTED } from './theme'
import { ellipsis, textWidth, type Font } from './text'
import { el, esc } from './xml'

export type Tone = 'added' | 'removed' | 'changed' | 'neutral'

const TONES: Record<Tone, { fill: string; line: string; text: string }> = {
  added: { fill: DIFF.added.fill, line: DIFF.added.line, text: DIFF.added.text },
  removed: { fill: DIFF.removed.fill, line: DIFF.removed.line, text: DIFF.removed.text },
  changed: { fill: DIFF.changed.fill, line: DIFF.changed.line, text: DIFF.changed.text },
  neutral: { fill: '#f6f8fa', line: LINE, text: '#424a53' },
}

const PILL_FONT: Font = { size: 12.5, weight: 600 }
export const PILL_HEIGHT = 22

/** Pills in a row from `x`, wrapping at `width`; returns the markup and the height used. */
export function pills(items: readonly { text: string; tone: Tone }[], x: number, y: number, width: number): { markup: string; height: number } {
  let at = x
  let row = 0
  let markup = ''
  for (const item of items) {
    const w = textWidth(item.text, PILL_FONT) + 20
    if (at > x && at + w > x + width) {
      at = x
      row++
    }
    const top = y + row * (PILL_HEIGHT + 6)
    const t = TONES[item.tone]
    markup += el(
      'g',
      { class: `pill pill-${item.tone}` },
      el('rect', { x: at + 0.5, y: top + 0.5, width: w - 1, height: PILL_HEIGHT - 1, rx: PILL_HEIGHT / 2, fill: t.fill, stroke: t.line }),
      el('text', { x: at + 10, y: top + PILL_HEIGHT / 2 + PILL_FONT.size * 0.36, 'font-size': PILL_FONT.size, 'font-weight': PILL_FONT.weight, fill: t.text }, esc(item.text)),
    )
    at += w + 8
  }
  return { markup, height: items.length === 0 ? 0 : (row + 1) * PILL_HEIGHT + row * 6 }
}

interface MetricDef {
  key: keyof Metrics
  name: string
  /** The name for exactly one ("1 decision"). */
  one?: string
  time?: boolean
  /** Fewer is better: a drop is shown green, a rise red. */
  lowerIsBetter?: boolean
}

/** The numbers the metrics strip of the app shows, in its order and words. */
const METRICS: readonly MetricDef[] = [
  { key: 'steps', name: 'steps', one: 'step' },
  { key: 'handoffs', name: 'handoffs', one: 'handoff', lowerIsBetter: true },
  { key: 'decisions', name: 'decisions', one: 'decision' },
  { key: 'waits', name: 'waits', one: 'wait', lowerIsBetter: true },
  { key: 'manualRecords', name: 'records by hand', one: 'record by hand', lowerIsBetter: true },
  { key: 'duplicates', name: 'documented twice', lowerIsBetter: true },
  { key: 'touchMinutes', name: 'touch time', time: true, lowerIsBetter: true },
  { key: 'waitMinutes', name: 'wait time', time: true, lowerIsBetter: true },
  { key: 'leadTimeMinutes', name: 'lead time', time: true, lowerIsBetter: true },
]

/** 45 → "45 min", 180 → "3 h", 501 → "8 h 21 min". */
export function formatMinutes(minutes: number): string {
  const m = Math.round(Math.abs(minutes))
  const sign = minutes < 0 ? '−' : ''
  if (m < 60) return `${sign}${m} min`
  const h = Math.floor(m / 60)
  const rest = m % 60
  return `${sign}${h} h${rest ? ` ${rest} min` : ''}`
}

const METRIC_FONT: Font = { size: 12 }
const VALUE_FONT: Font = { size: 13, weight: 700 }

/** A state's numbers, each with its change against the before state; wraps at `width`. */
export function metricsLine(metrics: Metrics, delta: Metrics | undefined, x: number, y: number, width: number): { markup: string; height: number } {
  let at = x
  let row = 0
  let markup = ''
  const lh = 18
  const items = METRICS.map((def) => {
    const value = def.time ? formatMinutes(metrics[def.key]) : String(metrics[def.key])
    const d = delta?.[def.key]
    const deltaText = d === undefined ? '' : d === 0 ? '±0' : `${d > 0 ? '+' : ''}${def.time ? formatMinutes(d) : String(d).replace('-', '−')}`
    const tone = d === undefined || d === 0 || !def.lowerIsBetter ? MUTED : d < 0 ? DIFF.added.line : DIFF.removed.line
    const width = textWidth(value, VALUE_FONT) + textWidth(` ${def.name}`, METRIC_FONT) + (deltaText ? textWidth(` ${deltaText}`, { size: 12, weight: 600 }) : 0)
    const name = metrics[def.key] === 1 && def.one ? def.one : def.name
    return { value, name, deltaText, tone, width: width - textWidth(` ${def.name}`, METRIC_FONT) + textWidth(` ${name}`, METRIC_FONT) }
  })
  if (!delta) items.push({ value: '', name: 'baseline', deltaText: '', tone: MUTED, width: textWidth('baseline', METRIC_FONT) })
  for (const item of items) {
    if (at > x && at + item.width > x + width) {
      at = x
      row++
    }
    const base = y + row * lh + 13
    markup += el(
      'text',
      { x: at, y: base, 'font-size': METRIC_FONT.size, fill: '#424a53', class: 'metric' },
      item.value ? el('tspan', { 'font-size': VALUE_FONT.size, 'font-weight': 700, fill: INK }, esc(item.value)) + esc(` ${item.name}`) : el('tspan', { 'font-style': 'italic' }, esc(item.name)),
      item.deltaText ? el('tspan', { 'font-weight': 600, fill: item.tone }, esc(` ${item.deltaText}`)) : '',
    )
    at += item.width + 16
  }
  return { markup, height: (row + 1) * lh }
}

/** One line of text cut to `width`. */
export function line(text: string, x: number, y: number, font: Font, width: number, attrs: Record<string, string | number> = {}): string {
  return el('text', { x, y, 'font-size': font.size, 'font-weight': font.weight ?? 400, ...attrs }, esc(ellipsis(text, width, font)))
}
