// What the colours, dashes and badges mean, drawn with the same marks as the map.
import { badgeRow, rowWidth, type BadgeSpec } from './badges'
import { DIFF, INK, MUTED } from './theme'
import { textWidth, type Font } from './text'
import { el, esc } from './xml'

export type LegendKey = 'added' | 'changed' | 'removed' | 'ghost' | 'handoff-added' | 'handoff-removed' | 'duplicate' | 'manual' | 'automatic'

const FONT: Font = { size: 12 }

const BADGE_SAMPLES: Record<'duplicate' | 'manual' | 'automatic', BadgeSpec> = {
  duplicate: { text: 'Twice: item', tone: 'duplicate' },
  manual: { text: '2', tone: 'manual', icon: 'pencil' },
  automatic: { text: '1', tone: 'automatic', icon: 'arrows' },
}
const ROW = 26

const WORDS: Record<LegendKey, string> = {
  added: 'Added step',
  changed: 'Changed or reassigned step',
  removed: 'Removed step (before)',
  ghost: 'Removed step, where it was (after)',
  'handoff-added': 'New handoff between roles',
  'handoff-removed': 'Handoff removed',
  duplicate: 'Data documented twice by hand',
  manual: 'Records typed by hand',
  automatic: 'Records made by an interface',
}

/** The legend from `x`, wrapping at `width`; `prefix` names the arrowheads. */
export function legend(keys: readonly LegendKey[], x: number, y: number, width: number, prefix: string): { markup: string; height: number } {
  let markup = el('text', { x, y: y + 13, 'font-size': 12, 'font-weight': 700, fill: MUTED, 'letter-spacing': 0.6 }, 'LEGEND')
  let at = x + 70
  let row = 0
  for (const key of keys) {
    const badge = BADGE_SAMPLES[key as keyof typeof BADGE_SAMPLES]
    const sampleWidth = badge ? rowWidth([badge]) : 30
    const w = sampleWidth + 8 + textWidth(WORDS[key], FONT)
    if (at > x + 70 && at + w > x + width) {
      at = x + 70
      row++
    }
    const top = y + row * ROW
    markup += el(
      'g',
      { class: `legend-item legend-${key}` },
      sample(key, at, top, prefix),
      el('text', { x: at + sampleWidth + 8, y: top + 13, 'font-size': FONT.size, fill: INK }, esc(WORDS[key])),
    )
    at += w + 22
  }
  return { markup, height: (row + 1) * ROW }
}

function sample(key: LegendKey, x: number, y: number, prefix: string): string {
  const box = (fill: string, stroke: string, width: number, dash?: string, opacity?: number) =>
    el('rect', { x: x + 1, y: y + 1, width: 28, height: 16, rx: 4, fill, stroke, 'stroke-width': width, 'stroke-dasharray': dash, opacity })
  const arrow = (color: string, width: number, marker: string, dash?: string) =>
    el('path', { d: `M${x} ${y + 9} H${x + 28}`, stroke: color, 'stroke-width': width, 'stroke-dasharray': dash, fill: 'none', 'marker-end': `url(#${prefix}-arrow${marker})` })
  switch (key) {
    case 'added':
      return box(DIFF.added.fill, DIFF.added.line, 2.5)
    case 'changed':
      return box(DIFF.changed.fill, DIFF.changed.line, 2.5)
    case 'removed':
      return box(DIFF.removed.fill, DIFF.removed.line, 2, '4 3')
    case 'ghost':
      return box('#ffffff', DIFF.removed.line, 1.8, '4 3', 0.5)
    case 'handoff-added':
      return arrow(DIFF.added.line, 3, '-added')
    case 'handoff-removed':
      return arrow(DIFF.removed.line, 2.5, '-removed', '5 4')
    case 'duplicate':
    case 'manual':
    case 'automatic':
      return badgeRow([BADGE_SAMPLES[key]], x, y + 1)
  }
}
