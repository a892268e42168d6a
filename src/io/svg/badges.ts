// Small rounded labels on steps: systems used, records by hand (pencil) or by interface (arrows),
// and the diff's marks. A row of badges is laid out left to right or centred.
import { BADGE, type BadgeTone } from './theme'
import { ellipsis, textWidth, type Font } from './text'
import { el, esc, title } from './xml'

export const BADGE_HEIGHT = 16
const FONT: Font = { size: 10.5, weight: 500 }
const PAD = 6
const ICON = 10
const GAP = 4

export interface BadgeSpec {
  text: string
  tone: BadgeTone
  title?: string
  icon?: 'pencil' | 'arrows'
  maxWidth?: number
  /** Says something that must not be cut (who a step moved between): a row of its own, up to 280 px. */
  wide?: boolean
}

interface Placed {
  spec: BadgeSpec
  text: string
  width: number
}

function measure(spec: BadgeSpec): Placed {
  const room = (spec.maxWidth ?? 200) - PAD * 2 - (spec.icon ? ICON + 3 : 0)
  const text = ellipsis(spec.text, room, FONT)
  return { spec, text, width: Math.ceil(textWidth(text, FONT)) + PAD * 2 + (spec.icon ? ICON + 3 : 0) }
}

export function rowWidth(specs: readonly BadgeSpec[]): number {
  return specs.reduce((sum, s, i) => sum + measure(s).width + (i > 0 ? GAP : 0), 0)
}

/** A row of badges with its top at `y`: starting at `x`, or centred on `x`. */
export function badgeRow(specs: readonly BadgeSpec[], x: number, y: number, align: 'start' | 'center' = 'start'): string {
  if (specs.length === 0) return ''
  const placed = specs.map(measure)
  const total = placed.reduce((sum, p, i) => sum + p.width + (i > 0 ? GAP : 0), 0)
  let at = align === 'center' ? x - total / 2 : x
  let out = ''
  for (const p of placed) {
    out += badge(p, at, y)
    at += p.width + GAP
  }
  return out
}

/**
 * Badges in rows no wider than `maxWidth`, the first row's top at `y` and further rows stacked
 * above it, so marks never run over the next step. Returns the markup and the top of the last row.
 */
export function badgeStack(specs: readonly BadgeSpec[], x: number, y: number, maxWidth: number, align: 'start' | 'center' = 'start'): { markup: string; top: number } {
  const rows: BadgeSpec[][] = []
  let width = 0
  let alone = false
  for (const spec of specs) {
    const capped = { ...spec, maxWidth: spec.wide ? Math.max(maxWidth, 280) : Math.min(spec.maxWidth ?? maxWidth, maxWidth) }
    const w = measure(capped).width
    const row = rows[rows.length - 1]
    const fits = row && !alone && !spec.wide && width + GAP + w <= maxWidth
    alone = !!spec.wide
    if (fits) {
      row.push(capped)
      width += GAP + w
    } else {
      rows.push([capped])
      width = w
    }
  }
  let markup = ''
  rows.forEach((row, i) => (markup += badgeRow(row, x, y - i * (BADGE_HEIGHT + 3), align)))
  return { markup, top: y - Math.max(0, rows.length - 1) * (BADGE_HEIGHT + 3) }
}

/** The row cut to `maxWidth` by shortening its system names first: the counts stay whole. */
export function fitRow(specs: readonly BadgeSpec[], maxWidth: number): BadgeSpec[] {
  let cap = 92
  let row = [...specs]
  while (rowWidth(row) > maxWidth && cap > 36) {
    cap -= 4
    row = specs.map((s) => (s.tone === 'system' ? { ...s, maxWidth: Math.min(s.maxWidth ?? cap, cap) } : s))
  }
  return row
}

/** The widest text of `words` (in order) that fits `width` as "prefix a, b +n". */
export function fitList(prefix: string, words: readonly string[], width: number): string {
  const room = width - PAD * 2
  for (let n = words.length; n > 1; n--) {
    const text = `${prefix}${words.slice(0, n).join(', ')}${n < words.length ? ` +${words.length - n}` : ''}`
    if (textWidth(text, FONT) <= room) return text
  }
  return `${prefix}${words[0] ?? ''}${words.length > 1 ? ` +${words.length - 1}` : ''}`
}

function badge(p: Placed, x: number, y: number): string {
  const style = BADGE[p.spec.tone]
  const textX = x + PAD + (p.spec.icon ? ICON + 3 : 0)
  return el(
    'g',
    { class: `badge badge-${p.spec.tone}` },
    title(p.spec.title ?? p.spec.text),
    el('rect', {
      x: x + 0.5,
      y: y + 0.5,
      width: p.width - 1,
      height: BADGE_HEIGHT - 1,
      rx: BADGE_HEIGHT / 2,
      fill: style.fill,
      stroke: style.line,
      'stroke-dasharray': style.dashed ? '2.5 2' : undefined,
    }),
    p.spec.icon ? icon(p.spec.icon, x + PAD, y + (BADGE_HEIGHT - ICON) / 2, style.text) : '',
    el('text', { x: textX, y: y + BADGE_HEIGHT / 2 + FONT.size * 0.36, 'font-size': FONT.size, 'font-weight': FONT.weight, fill: style.text }, esc(p.text)),
  )
}

/** Drawn, not typed: the pencil and arrow glyphs are missing from many fonts. */
function icon(kind: 'pencil' | 'arrows', x: number, y: number, color: string): string {
  const d =
    kind === 'pencil'
      ? 'M1.5 8.5 L2.2 6 L7 1.2 L8.8 3 L4 7.8 Z M6 2.2 L7.8 4'
      : 'M1 3 H8.5 M6.5 1 L8.5 3 L6.5 5 M9 7 H1.5 M3.5 5 L1.5 7 L3.5 9'
  return el('path', { d, transform: `translate(${x} ${y})`, fill: 'none', stroke: color, 'stroke-width': 1.2, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' })
}
