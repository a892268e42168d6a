import { useId, useMemo } from 'react'
import type { DiffResult } from '../../domain/diff'
import { outcomeWords, PAIN_TYPE_WORDS, reviewPainPoints, type PainPointReview } from '../../domain/review'
import { useStore } from '../../store'
import type { ChangeTarget } from '../compare/selectInPanes'
import { PainBadge } from './PainBadge'

/**
 * "Does the future address it?": every pain point of the compared before state with what the after
 * state does to its step. A click selects the step in both panes (the ghost, for a removed one).
 */
export function PainPointsView({ diff, onPick }: { diff: DiffResult; onPick(diffId: string, target: ChangeTarget): void }) {
  const id = useId()
  const comments = useStore((s) => s.project?.comments)
  const rows = useMemo(() => {
    const project = useStore.getState().project
    const before = project?.states.find((s) => s.id === diff.before.id)
    const after = project?.states.find((s) => s.id === diff.after.id)
    return project && before && after && comments?.length ? reviewPainPoints(project, before, after, diff) : []
     
  }, [diff, comments])
  const count = (status: PainPointReview['status']) => rows.filter((r) => r.status === status).length
  return (
    <section className="change-group change-group-pain" aria-labelledby={id}>
      <h3 id={id}>
        Pain points <span className="change-count">{rows.length}</span>
      </h3>
      {rows.length === 0 ? (
        <p className="change-empty">No pain point was raised in {diff.before.name}.</p>
      ) : (
        <>
          <p className="hint">
            Does {diff.after.name} address them? {count('addressed')} addressed, {count('not addressed')} not addressed, {count('resolved')} resolved
          </p>
          <ul className="changes pain-view">
            {rows.map((r) => (
              <li key={r.comment.id}>
                <button
                  type="button"
                  className="pain-row"
                  onClick={() => onPick(`pain-point:${r.comment.id}`, { ...(r.stepId ? { before: [r.stepId] } : {}), ...(r.afterStepId ? { after: [r.afterStepId] } : {}) })}
                >
                  <span className="pain-row-head">
                    <PainBadge badge={{ count: 1, highest: r.comment.pain.severity }} />
                    <span>{PAIN_TYPE_WORDS[r.comment.pain.type]}</span>
                    <span>· {r.on}</span>
                  </span>
                  <span>{r.comment.text}</span>
                  <span className="pain-row-head">
                    <span className={`pain-status is-${r.status.replace(' ', '-')}`}>{r.status === 'not addressed' ? '✗ Not addressed' : r.status === 'addressed' ? '✓ Addressed' : '✓ Resolved'}</span>
                    <span>{r.status === 'resolved' && r.resolved ? `by ${r.resolved.by}: ${r.resolved.why}` : outcomeWords(r, diff.after.name)}</span>
                  </span>
                  {r.raisedBy && <span className="hint">Raised by {r.comment.author} for {r.raisedBy}</span>}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
