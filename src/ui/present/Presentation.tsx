import { useMemo, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { regionNames, type WorkflowState } from '../../domain/model'
import { useStore } from '../../store'
import type { CanvasOverlay } from '../canvas/overlay'
import { paneOverlay } from '../compare/overlays'
import { useCompareChoice, useCompareResult } from '../compare/useCompare'
import { NONE } from '../panels/none'
import { ChangeCaption, PainCaption, SummaryCaption } from './Caption'
import { reviewPainPoints, stateSignOffs } from '../../domain/review'
import { PresentCanvas } from './PresentCanvas'
import './present.css'
import { buildSlides, counterText, type PaneFocus, type SlideReview } from './slides'
import { stepIndex } from './stepping'
import { useStage } from './useStage'

const WHOLE: PaneFocus = { spot: [], flows: [], frame: [] }

/**
 * Presentation mode: the compared pair side by side, large and read-only, full screen, and the
 * change list stepped through one item at a time, each item ringed in both panes. Reads the
 * compare view's choice and result; changes nothing in the document or the editor.
 */
export function Presentation({ onLeave }: { onLeave(): void }) {
  const root = useRef<HTMLDivElement>(null)
  const project = useStore((s) => s.project!)
  const { pair } = useCompareChoice()
  const result = useCompareResult()
  const before = project.states.find((s) => s.id === pair?.before)
  const after = project.states.find((s) => s.id === pair?.after)
  const diff = result?.pair
  const slides = useMemo(() => {
    if (!diff || !before || !after) return []
    const signOffs = after.phase === 'current' ? null : stateSignOffs(project, after)
    const review: SlideReview = {
      painPoints: reviewPainPoints(project, before, after, diff),
      signOffs: signOffs && {
        outstanding: signOffs.roles.filter((r) => r.status === 'outstanding').map((r) => r.role),
        stale: signOffs.roles.filter((r) => r.status === 'stale').map((r) => r.role),
      },
    }
    return buildSlides(diff, before, after, review)
  }, [diff, before, after, project])
  const overlays = useMemo(() => (diff ? { before: paneOverlay(diff, 'before', undefined), after: paneOverlay(diff, 'after', before) } : null), [diff, before])
  const [wanted, setIndex] = useState(0)
  const index = Math.min(wanted, Math.max(slides.length - 1, 0))
  const slide = slides[index]
  useStage(root, (move) => setIndex((i) => stepIndex(i, move, slides.length)), onLeave)

  const regions = regionNames(project.states)
  const pairName = before && after ? `${regions.get(before.id)} → ${regions.get(after.id)}` : ''
  const counter = counterText(slides, index)
  const roles = project.roles ?? NONE
  // On the page's body, outside the editor, which is inert while the presentation is on.
  return createPortal(
    <div ref={root} className="present" role="dialog" aria-modal="true" aria-label={`Presentation: ${project.name}, ${pairName}`} tabIndex={-1}>
      <header className="present-head">
        <div className="present-titles">
          <p className="present-project">{project.name}</p>
          <h1 className="present-pair">{pairName}</h1>
        </div>
        <nav className="present-nav" aria-label="Presentation">
          <button type="button" aria-label="Previous change" title="Previous (←, Page Up)" disabled={index === 0} onClick={() => setIndex(stepIndex(index, 'previous', slides.length))}>
            <span aria-hidden="true">←</span> Previous
          </button>
          <button type="button" aria-label="Next change" title="Next (→, Page Down, Space)" disabled={index >= slides.length - 1} onClick={() => setIndex(stepIndex(index, 'next', slides.length))}>
            Next <span aria-hidden="true">→</span>
          </button>
          <button type="button" className="present-leave" title="Back to the editor (Esc)" onClick={onLeave}>
            Leave presentation
          </button>
        </nav>
      </header>
      <div className="present-panes">
        {before && <Pane side="Before" state={before} overlay={overlays?.before} focus={slide && slide.kind !== 'summary' ? slide.before : WHOLE} />}
        {after && <Pane side="After" state={after} overlay={overlays?.after} focus={slide && slide.kind !== 'summary' ? slide.after : WHOLE} />}
      </div>
      <div className={`present-caption${slide?.kind === 'change' ? ` tone-${slide.tone}` : ''}`} aria-live="polite" aria-atomic="true">
        {!slide && <p className="present-meta">Comparing…</p>}
        {slide?.kind === 'summary' && <SummaryCaption slide={slide} counter={counter} roles={roles} />}
        {slide?.kind === 'change' && <ChangeCaption slide={slide} counter={counter} roles={roles} />}
        {slide?.kind === 'pains' && <PainCaption slide={slide} counter={counter} />}
      </div>
    </div>,
    document.body,
  )
}

function Pane({ side, state, overlay, focus }: { side: string; state: WorkflowState; overlay: CanvasOverlay | undefined; focus: PaneFocus }) {
  return (
    <section className="present-pane" aria-label={`${side}: ${state.name}`}>
      <h2 className="present-pane-title">
        <span className="present-side">{side}</span> {state.name}
      </h2>
      <div className="present-pane-body">
        <PresentCanvas state={state} overlay={overlay} focus={focus} />
        {focus.note && <p className="present-note">{focus.note}</p>}
      </div>
    </section>
  )
}
