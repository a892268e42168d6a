// One step as the canvas draws it: the shape by kind (task, decision, wait, start, end,
// subprocess), the label inside boxes and under events, badges for systems and records, and
// the diff's colours and words.
import { stepSize, type Step, type StepKind } from '../../domain/model'
import { badgeRow, badgeStack, BADGE_HEIGHT, fitList, fitRow, type BadgeSpec } from './badges'
import type { StepMark } from './overlay'
import type { Box } from './route'
import { DIFF, INK, mix, MUTED, roleStroke } from './theme'
import { textWidth, wrapText, type Font } from './text'
import { el, esc, title } from './xml'
import { maxOf } from '../../domain/arrays'

export interface StepNames {
  /** Names of the step's systems, resolved from the catalogue. */
  systems: string[]
  records: { item: string; system?: string; entry: 'manual' | 'automatic' }[]
  role: string
}

export interface DrawnStep {
  markup: string
  /** Everything drawn for the step (shape, badges, caption): flow labels keep off it. */
  extent: Box
  /** How far below the shape the caption reaches (events), for the map's size. */
  bottom: number
  right: number
}

const BOXED = new Set<StepKind>(['task', 'subprocess'])
const BOX_FONT: Font = { size: 13, weight: 500 }
const CAPTION_FONT: Font = { size: 12.5, weight: 500 }
const CAPTION_WIDTH = 160
const LINE = 1.3

export function drawStep(step: Step, at: { x: number; y: number }, color: string, names: StepNames, mark: StepMark | undefined, ghost = false): DrawnStep {
  const { width: w, height: h } = stepSize(step.kind)
  const status = ghost ? 'removed' : mark?.status
  const look = shapeLook(step.kind, color, status, ghost)
  const boxed = BOXED.has(step.kind)
  const info: BadgeSpec[] = ghost ? [] : recordBadges(names)
  let top = 0
  const struck = status === 'removed'
  const label = boxed ? boxLabel(step.label, w, h, struck, info.length > 0) : captionLabel(step.label, w, h, struck)

  const room = (boxed ? w : CAPTION_WIDTH) + 20
  const marks: BadgeSpec[] = (mark?.badges ?? []).map((b) => (b.fields ? { ...b, text: fitList('Changed: ', b.fields, room) } : b))
  if (ghost) marks.unshift({ text: 'Removed', tone: 'removed', title: 'Removed: drawn where it was' })
  let badges = ''
  if (boxed) {
    badges += badgeRow(fitRow(info, room - 8), 8, h - 8)
    // A three-line label needs the top edge: the marks ride a little higher.
    const stack = badgeStack(marks, 8, -BADGE_HEIGHT + (label.lines > 2 ? 2 : 5), room)
    badges += stack.markup
    if (marks.length > 0) top = stack.top
  } else {
    const infoTop = -3 - BADGE_HEIGHT
    badges += badgeRow(fitRow(info, room), w / 2, infoTop, 'center')
    const stack = badgeStack(marks, w / 2, info.length > 0 ? infoTop - BADGE_HEIGHT - 3 : infoTop, room, 'center')
    badges += stack.markup
    top = marks.length > 0 ? stack.top : info.length > 0 ? infoTop : 0
  }

  const classes = ['step', `kind-${step.kind}`, status ? `overlay-${status}` : '', ghost ? 'ghost' : ''].filter(Boolean).join(' ')
  const markup = el(
    'g',
    { class: classes, 'data-step': step.id, transform: `translate(${at.x} ${at.y})`, opacity: ghost ? 0.5 : undefined },
    title(describe(step, names, mark, ghost)),
    shape(step.kind, w, h, look),
    label.markup,
    badges,
  )
  const bottom = Math.max(boxed && info.length > 0 ? h + 8 : h, label.bottom)
  const left = boxed ? 0 : Math.min(0, w / 2 - CAPTION_WIDTH / 2)
  const extent = { x: at.x + left, y: at.y + top, width: Math.max(w, room) - left * 2, height: bottom - top }
  return { markup, extent, bottom: at.y + Math.max(h + 8, label.bottom), right: at.x + Math.max(w, w / 2 + CAPTION_WIDTH / 2) }
}

interface Look {
  fill: string
  stroke: string
  width: number
  dash?: string
}

function shapeLook(kind: StepKind, color: string, status: StepMark['status'], ghost: boolean): Look {
  if (ghost) return { fill: '#ffffff', stroke: DIFF.removed.line, width: 2, dash: '6 4' }
  if (status === 'added') return { fill: DIFF.added.fill, stroke: DIFF.added.line, width: 3 }
  if (status === 'changed') return { fill: DIFF.changed.fill, stroke: DIFF.changed.line, width: 3 }
  if (status === 'removed') return { fill: DIFF.removed.fill, stroke: DIFF.removed.line, width: 2.5, dash: '6 4' }
  const tinted = kind === 'start' || kind === 'end' || kind === 'wait'
  return { fill: tinted ? mix(color, 10) : '#ffffff', stroke: roleStroke(color), width: 2 }
}

function shape(kind: StepKind, w: number, h: number, look: Look): string {
  const body = { fill: look.fill, stroke: look.stroke, 'stroke-width': look.width, 'stroke-dasharray': look.dash, class: 'shape' }
  const line = { fill: 'none', stroke: look.stroke, 'stroke-width': 1.5 }
  switch (kind) {
    case 'task':
      return el('rect', { ...body, x: 1, y: 1, width: w - 2, height: h - 2, rx: 8 })
    case 'subprocess':
      return el('rect', { ...body, x: 1, y: 1, width: w - 2, height: h - 2, rx: 8 }) + el('rect', { ...line, x: 5, y: 5, width: w - 10, height: h - 10, rx: 5 })
    case 'decision':
      return el('polygon', { ...body, points: `${w / 2},2 ${w - 2},${h / 2} ${w / 2},${h - 2} 2,${h / 2}`, 'stroke-linejoin': 'round' })
    case 'wait': {
      const r = Math.min(w, h) / 2 - 2
      const cx = w / 2
      const cy = h / 2
      return (
        el('circle', { ...body, cx, cy, r }) +
        el('circle', { ...line, cx, cy, r: r - 4 }) +
        el('path', { d: `M${cx} ${cy - r * 0.55} L${cx} ${cy} L${cx + r * 0.4} ${cy + r * 0.2}`, fill: 'none', stroke: look.stroke, 'stroke-width': 2, 'stroke-linecap': 'round', 'stroke-linejoin': 'round' })
      )
    }
    case 'start':
      return el('circle', { ...body, cx: w / 2, cy: h / 2, r: Math.min(w, h) / 2 - 2 })
    case 'end':
      return el('circle', { ...body, cx: w / 2, cy: h / 2, r: Math.min(w, h) / 2 - 3, 'stroke-width': Math.max(4.5, look.width) })
  }
}

interface Label {
  markup: string
  lines: number
  /** Bottom of the label, relative to the step's top. */
  bottom: number
}

function boxLabel(text: string, w: number, h: number, struck: boolean, badgesBelow: boolean): Label {
  const { lines, empty } = labelLines(text, w - 24, BOX_FONT, 3)
  const lh = BOX_FONT.size * (lines.length > 2 ? 1.2 : LINE)
  // Centred in the box, above the badge row that straddles its bottom edge.
  const room = badgesBelow ? h - 8 : h
  const top = Math.max(2, room / 2 - (lines.length * lh) / 2)
  return { markup: textBlock(lines, w / 2, top, BOX_FONT, empty, struck, lh), bottom: h, lines: lines.length }
}

function captionLabel(text: string, w: number, h: number, struck: boolean): Label {
  const { lines, empty } = labelLines(text, CAPTION_WIDTH - 6, CAPTION_FONT, 2)
  const lh = CAPTION_FONT.size * LINE
  const top = h + 5
  const widest = maxOf(lines.map((l) => textWidth(l, CAPTION_FONT)))
  // A light plate under the caption keeps it readable where a flow passes beneath.
  const plate = el('rect', { x: w / 2 - widest / 2 - 3, y: top - 1, width: widest + 6, height: lines.length * lh + 2, rx: 3, fill: '#ffffff', 'fill-opacity': 0.85 })
  return { markup: plate + textBlock(lines, w / 2, top, CAPTION_FONT, empty, struck), bottom: top + lines.length * lh, lines: lines.length }
}

function labelLines(text: string, width: number, font: Font, max: number): { lines: string[]; empty: boolean } {
  if (!text.trim()) return { lines: ['Untitled step'], empty: true }
  return { lines: wrapText(text, width, font, max).lines, empty: false }
}

/** Centred lines from `top`; struck through for removed steps. */
function textBlock(lines: readonly string[], cx: number, top: number, font: Font, empty: boolean, struck: boolean, lh = font.size * LINE): string {
  const fill = empty ? MUTED : INK
  const spans = lines.map((line, i) => el('tspan', { x: cx, y: top + lh * i + lh / 2 + font.size * 0.36 }, esc(line))).join('')
  const text = el('text', { 'text-anchor': 'middle', 'font-size': font.size, 'font-weight': empty ? 400 : font.weight, 'font-style': empty ? 'italic' : undefined, fill, class: 'label' }, spans)
  if (!struck) return text
  const strikes = lines
    .map((line, i) => {
      const half = textWidth(line, font) / 2
      const y = top + lh * i + lh / 2 + 0.5
      return el('line', { x1: cx - half, y1: y, x2: cx + half, y2: y, stroke: DIFF.removed.line, 'stroke-width': 1.3 })
    })
    .join('')
  return text + strikes
}

function recordBadges(names: StepNames): BadgeSpec[] {
  const out: BadgeSpec[] = []
  const shown = names.systems.slice(0, 2)
  for (const s of shown) out.push({ text: s, tone: 'system', title: `Uses ${s}`, maxWidth: 92 })
  if (names.systems.length > shown.length) out.push({ text: `+${names.systems.length - shown.length}`, tone: 'system', title: `Uses ${names.systems.join(', ')}` })
  const manual = names.records.filter((r) => r.entry === 'manual')
  const automatic = names.records.filter((r) => r.entry === 'automatic')
  const list = (rs: typeof manual) => rs.map((r) => (r.system ? `${r.item} in ${r.system}` : r.item)).join(', ')
  if (manual.length > 0) out.push({ text: String(manual.length), tone: 'manual', icon: 'pencil', title: `Documented by hand: ${list(manual)}` })
  if (automatic.length > 0) out.push({ text: String(automatic.length), tone: 'automatic', icon: 'arrows', title: `Recorded automatically: ${list(automatic)}` })
  return out
}

function describe(step: Step, names: StepNames, mark: StepMark | undefined, ghost: boolean): string {
  const parts = [step.label || 'Untitled step', names.role]
  if (ghost) parts.push('removed (drawn where it was)')
  if (names.systems.length > 0) parts.push(`uses ${names.systems.join(', ')}`)
  for (const b of mark?.badges ?? []) parts.push(b.title ?? b.text)
  return parts.join(' · ')
}
