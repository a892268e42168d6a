// Colours and type of the exported images: the canvas's palette, computed to plain hex (no CSS
// color-mix, which other SVG readers and printers do not know). Meaning never rests on colour
// alone: removed is also dashed, added also thicker, and every mark has words beside it.

export const FONT_FAMILY = "'Helvetica Neue', Helvetica, Arial, 'Liberation Sans', sans-serif"

export const INK = '#1f2328'
export const MUTED = '#57606a'
export const LINE = '#d0d7de'
export const EDGE = '#646d77'

export const DIFF = {
  added: { line: '#1a7f37', fill: '#e6f6ea', text: '#0f5323' },
  removed: { line: '#c4314b', fill: '#fff0f1', text: '#8a1c2f' },
  changed: { line: '#d4a72c', fill: '#fff6d6', text: '#6b4300' },
} as const

export type BadgeTone = 'system' | 'manual' | 'automatic' | 'added' | 'changed' | 'removed' | 'duplicate'

export const BADGE: Record<BadgeTone, { fill: string; line: string; text: string; dashed?: boolean }> = {
  system: { fill: '#eef1f4', line: '#c8d1da', text: '#32383f' },
  manual: { fill: '#fff5d1', line: '#9a6700', text: '#6b4300', dashed: true },
  automatic: { fill: '#d6f5ef', line: '#1a7f72', text: '#0c5249' },
  added: { fill: '#ffffff', line: DIFF.added.line, text: DIFF.added.text },
  changed: { fill: '#ffffff', line: DIFF.changed.line, text: DIFF.changed.text },
  removed: { fill: '#ffffff', line: DIFF.removed.line, text: DIFF.removed.text },
  duplicate: { fill: '#ffebe9', line: '#cf222e', text: '#a40e26' },
}

/** `color` mixed with `base` like CSS `color-mix(in srgb, color p%, base)`; bad input gives `base`. */
export function mix(color: string, percent: number, base = '#ffffff'): string {
  const a = rgb(color)
  const b = rgb(base)
  if (!a || !b) return base
  const p = percent / 100
  return `#${a.map((v, i) => Math.round(v * p + b[i]! * (1 - p)).toString(16).padStart(2, '0')).join('')}`
}

/** A role colour as the canvas draws a step's outline. */
export const roleStroke = (color: string): string => mix(color, 78, INK)

function rgb(color: string): [number, number, number] | null {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())
  if (!hex) return null
  const h = hex[1]!.length === 3 ? [...hex[1]!].map((c) => c + c).join('') : hex[1]!
  return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16)) as [number, number, number]
}

/** A role colour the image can use: hex as given, anything else the colour of unassigned steps. */
export function safeColor(color: string | undefined, fallback: string): string {
  return color && rgb(color) ? color.trim() : fallback
}
