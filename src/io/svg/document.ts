// Whole images: one state's map with a title, or the side-by-side diff view with a title, the
// counts of what changes, a titled pane per state with its metrics, and a legend. White page,
// dark text, marks that survive a grey-scale printer.
import { diffStates } from '../../domain/diff'
import type { DiffResult } from '../../domain/diff/types'
import { regionNames, type Project, type WorkflowState } from '../../domain/model'
import { legend, type LegendKey } from './legend'
import { arrowDefs, drawMap, type DrawnMap } from './map'
import { diffOverlay, type Side, type StateOverlay } from './overlay'
import { line, metricsLine, pills, type Tone } from './parts'
import { FONT_FAMILY, INK, LINE, MUTED } from './theme'
import { wrapText, type Font } from './text'
import type { CompareView } from './view'
import { el, esc, num } from './xml'
import { maxOf } from '../../domain/arrays'

export interface SvgOptions {
  /** Prefix of the ids inside the image, so several images can sit in one HTML page. Default "fs". */
  idPrefix?: string
}

export interface CompareSvgOptions extends SvgOptions {
  /** Panes side by side ('columns') or stacked ('rows'); 'auto' picks the shape closest to a landscape page. */
  layout?: 'rows' | 'columns' | 'auto'
  /** Diffs already computed (the app's latest); computed here when absent or stale. */
  diffs?: { pair?: DiffResult; others?: Readonly<Record<string, DiffResult>> }
}

const MARGIN = 32
const GAP = 28
const PANE_PAD = 14
const TITLE_FONT: Font = { size: 22, weight: 700 }
const PANE_TITLE: Font = { size: 16, weight: 700 }
const SUBTITLE_FONT: Font = { size: 14 }

/** One state: its lanes, steps and flows, with its own duplicate documentation marked. */
export function stateSvg(project: Project, state: WorkflowState, options: SvgOptions = {}): string {
  const prefix = idPrefix(options)
  const own = diffStates(project, state, state)
  const overlay = diffOverlay(own, 'after')
  const map = drawMap(project, state, overlay, prefix)
  const region = regionNames(project.states).get(state.id) ?? ''
  const width = map.width + MARGIN * 2
  const header = heading(project.name, project.description?.trim() || `${region} of the workflow`, width - MARGIN * 2)
  const pane = paneBlock(map, { name: state.name, region, tag: null }, own, 'before', width - MARGIN * 2)
  const keys: LegendKey[] = []
  if (own.duplicates.after.length > 0) keys.push('duplicate')
  if (state.steps.some((s) => s.records.some((r) => r.entry === 'manual'))) keys.push('manual')
  if (state.steps.some((s) => s.records.some((r) => r.entry === 'automatic'))) keys.push('automatic')
  return page({
    width,
    prefix,
    title: `${project.name}: ${state.name}`,
    description: `Swimlane map of ${state.name} (${region}): ${state.steps.length} steps in ${state.lanes.length} lanes.`,
    blocks: [header, pane],
    legendKeys: keys,
  })
}

/** The side-by-side diff view: before, after and up to one more state, with the diff drawn on them. */
export function compareSvg(project: Project, view: CompareView, options: CompareSvgOptions = {}): string {
  const prefix = idPrefix(options)
  const byId = new Map(project.states.map((s) => [s.id, s]))
  const before = byId.get(view.before)
  const after = byId.get(view.after)
  if (!before || !after) throw new Error(`no state "${before ? view.after : view.before}" in project "${project.name}"`)
  const ids = [...new Set(view.panes.filter((id) => byId.has(id)))]
  for (const id of [view.before, view.after]) if (!ids.includes(id)) ids.push(id)
  const panes = project.states.filter((s) => ids.includes(s.id)).sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id))

  const fresh = (d: DiffResult | undefined, b: string, a: string) => (d && d.before.id === b && d.after.id === a ? d : diffStates(project, b, a))
  const pair = fresh(options.diffs?.pair, before.id, after.id)
  const regions = regionNames(project.states)

  const drawn = panes.map((state) => {
    const side: Side = state.id === before.id ? 'before' : state.id === after.id ? 'after' : 'other'
    const diff = side === 'other' ? fresh(options.diffs?.others?.[state.id], before.id, state.id) : pair
    const overlay: StateOverlay = diffOverlay(diff, side, before)
    const tag = side === 'before' ? 'Before' : side === 'after' ? 'After' : 'Also shown'
    return { state, side, diff, overlay, map: drawMap(project, state, overlay, prefix), tag, region: regions.get(state.id) ?? '' }
  })

  const layout = options.layout && options.layout !== 'auto' ? options.layout : autoLayout(drawn.map((d) => d.map))
  if (layout === 'rows') {
    // Stacked maps share one width, so lanes run the full width of every pane.
    const widest = maxOf(drawn.map((d) => d.map.width))
    for (const d of drawn) if (d.map.width < widest) d.map = drawMap(project, d.state, d.overlay, prefix, widest)
  }
  const inner = layout === 'rows' ? maxOf(drawn.map((d) => d.map.width)) : drawn.reduce((sum, d) => sum + d.map.width, 0) + GAP * (drawn.length - 1)
  const width = Math.max(inner, 720) + MARGIN * 2
  const header = heading(project.name, `Changes from ${before.name} (${regions.get(before.id)}) to ${after.name} (${regions.get(after.id)})`, width - MARGIN * 2, summaryPills(pair))

  const blocks = drawn.map((d) => paneBlock(d.map, { name: d.state.name, region: d.region, tag: d.tag }, d.diff, d.side, layout === 'rows' ? width - MARGIN * 2 : d.map.width))
  const s = pair.summary
  return page({
    width,
    prefix,
    title: `${project.name}: ${before.name} → ${after.name}`,
    description: `Side-by-side comparison of ${panes.map((p) => p.name).join(', ')}: ${s.stepsAdded} steps added, ${s.stepsRemoved} removed, ${s.stepsChanged} changed; ${s.handoffsAdded} new handoffs, ${s.handoffsRemoved} removed; ${s.duplicatesIntroduced} duplicates introduced, ${s.duplicatesResolved} resolved.`,
    blocks: [header, ...(layout === 'rows' ? blocks : [row(blocks)])],
    legendKeys: ['added', 'changed', 'removed', 'ghost', 'handoff-added', 'handoff-removed', 'duplicate', 'manual', 'automatic'],
  })
}

/** Rows or columns: whichever makes the image closest to a landscape page (√2 : 1). */
function autoLayout(maps: readonly DrawnMap[]): 'rows' | 'columns' {
  const header = 60
  const rows = { w: maxOf(maps.map((m) => m.width)), h: maps.reduce((sum, m) => sum + m.height + header + GAP, 0) }
  const columns = { w: maps.reduce((sum, m) => sum + m.width + GAP, 0), h: maxOf(maps.map((m) => m.height)) + header }
  const off = (r: { w: number; h: number }) => Math.abs(Math.log(r.w / r.h / Math.SQRT2))
  return off(rows) <= off(columns) ? 'rows' : 'columns'
}

interface Block {
  markup: string
  width: number
  height: number
}

function heading(name: string, subtitle: string, width: number, extra?: (y: number) => Block): Block {
  const { lines } = wrapText(name, width, TITLE_FONT, 2)
  let markup = el(
    'text',
    { class: 'title', 'font-size': TITLE_FONT.size, 'font-weight': TITLE_FONT.weight, fill: INK },
    lines.map((l, i) => el('tspan', { x: 0, y: 22 + i * 28 }, esc(l))).join(''),
  )
  let y = 22 + (lines.length - 1) * 28 + 12
  // A description reads as a paragraph: at most three lines of a comfortable length.
  const sub = wrapText(subtitle, Math.min(width, 1100), SUBTITLE_FONT, 3).lines
  markup += el(
    'text',
    { class: 'subtitle', 'font-size': SUBTITLE_FONT.size, fill: MUTED },
    sub.map((l, i) => el('tspan', { x: 0, y: y + 14 + i * 19 }, esc(l))).join(''),
  )
  y += 24 + (sub.length - 1) * 19
  if (extra) {
    const more = extra(y + 4)
    markup += more.markup
    y += 4 + more.height
  }
  return { markup, width, height: y + 6 }
}

function summaryPills(diff: DiffResult): (y: number) => Block {
  const s = diff.summary
  const n = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`
  const items: { text: string; tone: Tone }[] = []
  if (s.stepsAdded) items.push({ text: `${n(s.stepsAdded, 'step')} added`, tone: 'added' })
  if (s.stepsRemoved) items.push({ text: `${n(s.stepsRemoved, 'step')} removed`, tone: 'removed' })
  if (s.stepsChanged) items.push({ text: `${n(s.stepsChanged, 'step')} changed`, tone: 'changed' })
  const reassigned = diff.steps.changed.filter((c) => c.reassigned).length
  if (reassigned) items.push({ text: `${reassigned} reassigned`, tone: 'changed' })
  if (s.handoffsAdded) items.push({ text: n(s.handoffsAdded, 'new handoff'), tone: 'added' })
  if (s.handoffsRemoved) items.push({ text: `${n(s.handoffsRemoved, 'handoff')} removed`, tone: 'removed' })
  if (s.duplicatesResolved) items.push({ text: `${n(s.duplicatesResolved, 'duplicate')} resolved`, tone: 'added' })
  if (s.duplicatesIntroduced) items.push({ text: `${n(s.duplicatesIntroduced, 'duplicate')} introduced`, tone: 'removed' })
  if (items.length === 0) items.push({ text: 'No changes', tone: 'neutral' })
  return (y) => {
    const p = pills(items, 0, y, 100_000)
    return { markup: p.markup, width: 0, height: p.height }
  }
}

/** A state under its title and metrics, framed. */
function paneBlock(map: DrawnMap, head: { name: string; region: string; tag: string | null }, diff: DiffResult, side: Side, width: number): Block {
  const inner = Math.max(width, map.width)
  const title = line(head.name, PANE_PAD, 24, PANE_TITLE, inner - PANE_PAD * 2 - 260, { fill: INK, class: 'pane-title' })
  const tagText = [head.region, head.tag].filter(Boolean).join(' · ')
  const tag = line(tagText, inner - PANE_PAD, 24, { size: 13, weight: 600 }, 250, { fill: MUTED, 'text-anchor': 'end', class: 'pane-tag' })
  const metrics = side === 'before' ? diff.metrics.before : diff.metrics.after
  const strip = metricsLine(metrics, side === 'before' ? undefined : diff.metrics.delta, PANE_PAD, 34, inner - PANE_PAD * 2)
  const top = 34 + strip.height + 8
  const height = top + map.height
  const markup = el(
    'g',
    { class: `pane pane-${side}` },
    el('rect', { x: 0.5, y: 0.5, width: inner - 1, height: height - 1, rx: 8, fill: '#ffffff', stroke: LINE }),
    title,
    tag,
    strip.markup,
    el('line', { x1: 0, y1: top - 0.5, x2: inner, y2: top - 0.5, stroke: '#eaeef2' }),
    el('g', { transform: `translate(0 ${top})` }, map.markup),
  )
  return { markup, width: inner, height }
}

function row(blocks: readonly Block[]): Block {
  let x = 0
  let markup = ''
  for (const b of blocks) {
    markup += el('g', { transform: `translate(${num(x)} 0)` }, b.markup)
    x += b.width + GAP
  }
  return { markup, width: x - GAP, height: maxOf(blocks.map((b) => b.height)) }
}

function page(input: { width: number; prefix: string; title: string; description: string; blocks: Block[]; legendKeys: LegendKey[] }): string {
  const { width, prefix } = input
  let y = MARGIN
  let body = ''
  for (const b of input.blocks) {
    body += el('g', { transform: `translate(${MARGIN} ${y})` }, b.markup)
    y += b.height + GAP
  }
  if (input.legendKeys.length > 0) {
    const l = legend(input.legendKeys, 0, 0, width - MARGIN * 2, prefix)
    body += el('g', { class: 'legend', transform: `translate(${MARGIN} ${y - 6})` }, l.markup)
    y += l.height - 6
  } else {
    y -= GAP
  }
  const height = Math.ceil(y + MARGIN)
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    el(
      'svg',
      {
        xmlns: 'http://www.w3.org/2000/svg',
        version: '1.1',
        width,
        height,
        viewBox: `0 0 ${num(width)} ${height}`,
        'font-family': FONT_FAMILY,
        role: 'img',
        'aria-labelledby': `${prefix}-title ${prefix}-desc`,
      },
      el('title', { id: `${prefix}-title` }, esc(input.title)),
      el('desc', { id: `${prefix}-desc` }, esc(input.description)),
      el('defs', {}, arrowDefs(prefix)),
      el('rect', { class: 'page', x: 0, y: 0, width, height, fill: '#ffffff' }),
      body,
    ) +
    '\n'
  )
}

function idPrefix(options: SvgOptions): string {
  const p = (options.idPrefix ?? 'fs').replace(/[^A-Za-z0-9_-]/g, '')
  return /^[A-Za-z_]/.test(p) ? p : `fs${p}`
}
