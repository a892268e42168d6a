import { useEffect, useMemo, useRef } from 'react'
import type { Project, WorkflowState } from '../../domain/model'
import { useStore, type CompareResult } from '../../store'
import { readStoredChoice } from '../../store/compareSlice'
import type { CanvasOverlay } from '../canvas/overlay'
import { resolveChoice, type ResolvedChoice } from './choice'
import { LARGE_MAP_STEPS, runDiffs, type DiffJob } from './diffRunner'
import { OverlayCache, paneOverlay, type PaneSide } from './overlays'
import { usePaneLayout, useRefitOnLayout } from './usePaneLayout'

/** After an edit, the diff waits this long for the next keystroke before it runs again. */
export const DIFF_DEBOUNCE_MS = 200
const LARGE_DEBOUNCE_MS = 600

/** The panes and the pair for the open project: the stored choice, checked against its states. */
export function useCompareChoice(): ResolvedChoice & { projectId: string } {
  const projectId = useStore((s) => s.project!.id)
  // Only which states exist, in which order and phase, matters here: not their steps, which change on every key.
  const outline = useStore((s) => s.project!.states.map((st) => `${st.id}:${st.phase}`).join('|'))
  const stored = useStore((s) => s.compareChoice[projectId])
  const saved = useMemo(() => readStoredChoice(projectId), [projectId])
  const resolved = useMemo(
    () => ({ projectId, ...resolveChoice(useStore.getState().project!.states, stored ?? saved) }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `outline` stands for the states' ids, order and phases, read from the store; their steps change on every key
    [projectId, outline, stored, saved],
  )
  // Typing a label changes the states on every key; the choice stays the same object unless it
  // really changed, so the change list, the metrics and the overlays do not re-render for it.
  const last = useRef(resolved)
  if (!sameChoice(last.current, resolved)) last.current = resolved
  return last.current
}

function sameChoice(a: ResolvedChoice & { projectId: string }, b: ResolvedChoice & { projectId: string }): boolean {
  return (
    a.projectId === b.projectId &&
    a.layout === b.layout &&
    a.pair?.before === b.pair?.before &&
    a.pair?.after === b.pair?.after &&
    a.panes.length === b.panes.length &&
    a.panes.every((id, i) => id === b.panes[i])
  )
}

/** The latest result when it belongs to this project and pair (a stale one is not shown). */
export function useCompareResult(): CompareResult | null {
  const { projectId, pair } = useCompareChoice()
  const result = useStore((s) => s.compareResult)
  if (!result || !pair || result.projectId !== projectId) return null
  return result.pair.before.id === pair.before && result.pair.after.id === pair.after ? result : null
}

/**
 * The compare view of the open project: which states are in panes and what each pane's canvas
 * shows of the diff. Keeps the diffs current as the document changes, debounced, so typing a
 * label never waits for a diff.
 */
export function useCompareView(): {
  panes: WorkflowState[]
  overlayOf(stateId: string): CanvasOverlay | undefined
  panesClass: string
  /** The pane shown alone, when one is maximised and on screen. */
  maximised: string | null
} {
  const project = useStore((s) => s.project!)
  const choice = useCompareChoice()
  useDiffsFollowing(project, choice)
  const result = useCompareResult()

  const caches = useRef(new Map<string, OverlayCache>())
  const overlays = useMemo(() => {
    const map = new Map<string, CanvasOverlay>()
    if (!result || !choice.pair) return map
    const cacheOf = (id: string) => {
      let c = caches.current.get(id)
      if (!c) caches.current.set(id, (c = new OverlayCache()))
      return c
    }
    const beforeState = project.states.find((s) => s.id === choice.pair!.before)
    for (const id of choice.panes) {
      const side: PaneSide = id === choice.pair.before ? 'before' : id === choice.pair.after ? 'after' : 'other'
      const diff = side === 'other' ? result.others[id] : result.pair
      if (diff) map.set(id, paneOverlay(diff, side, beforeState, cacheOf(id)))
    }
    return map
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the before state's steps matter only for ghosts, which follow the result
  }, [result, choice])

  const panes = useMemo(() => choice.panes.map((id) => project.states.find((s) => s.id === id)!).filter(Boolean), [choice.panes, project.states])
  const layout = usePaneLayout(choice.layout, panes)
  const wanted = useStore((s) => s.maximisedState)
  const maximised = wanted !== null && choice.panes.includes(wanted) ? wanted : null
  // Maximising is not a new layout: each canvas follows its own size (see useViewport).
  useRefitOnLayout(`${layout}:${choice.panes.join(',')}`, choice.panes)
  const shown = maximised ? 1 : panes.length
  return { panes, overlayOf: (id) => overlays.get(id), panesClass: `panes panes-${layout} panes-${shown}${maximised ? ' is-maximised' : ''}`, maximised }
}

/** Recomputes the diffs when the compared states, the catalogues or the hand-made matches change. */
function useDiffsFollowing(project: Project, choice: ResolvedChoice): void {
  const { pair, panes } = choice
  const byId = (id: string | undefined) => (id === undefined ? undefined : project.states.find((s) => s.id === id))
  const others = pair ? panes.filter((id) => id !== pair.before && id !== pair.after) : []
  // What the diffs read; when none of it changed (a pan, a selection), nothing runs.
  const inputs = [project.id, byId(pair?.before), byId(pair?.after), ...others.map(byId), project.roles, project.systems, project.dataItems, project.matchOverrides]
  const view = `${project.id}|${pair?.before}|${pair?.after}|${others.join(',')}`

  const last = useRef<{ inputs: unknown[]; view: string } | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const run = useRef(0)

  useEffect(() => {
    const prior = last.current
    if (prior && prior.view === view && prior.inputs.length === inputs.length && prior.inputs.every((x, i) => x === inputs[i])) return
    last.current = { inputs, view }
    clearTimeout(timer.current)
    if (!pair) {
      useStore.getState().setCompareResult(null)
      return
    }
    const size = (byId(pair.before)?.steps.length ?? 0) + (byId(pair.after)?.steps.length ?? 0)
    // A new pair or new panes show at once; edits wait for a pause in typing.
    const delay = prior?.view !== view ? 0 : size > LARGE_MAP_STEPS ? LARGE_DEBOUNCE_MS : DIFF_DEBOUNCE_MS
    const jobs: DiffJob[] = [pair, ...others.map((id) => ({ before: pair.before, after: id }))]
    timer.current = setTimeout(() => {
      const mine = ++run.current
      const doc = useStore.getState().project
      if (!doc || doc.id !== project.id) return
      const present = new Set(doc.states.map((s) => s.id))
      if (!jobs.every((j) => present.has(j.before) && present.has(j.after))) return
      runDiffs(doc, jobs).then(
        (results) => {
          if (!results || mine !== run.current) return
          const [main, ...rest] = results
          const result: CompareResult = { projectId: doc.id, pair: main!, others: Object.fromEntries(others.map((id, i) => [id, rest[i]!])) }
          useStore.getState().setCompareResult(result)
        },
        (e: unknown) => console.warn('The comparison could not be computed', e),
      )
    }, delay)
  })

  // Leaving (or React re-mounting in development) drops the pending diff; forgetting what was
  // diffed makes the next mount run it again.
  useEffect(
    () => () => {
      clearTimeout(timer.current)
      last.current = null
    },
    [],
  )
}
