import type { Step, WorkflowState } from '../../domain/model'
import { CommentForm } from './CommentForm'
import { CommentThread } from './CommentThread'
import { useStepComments } from './usePainBadges'

/** The properties panel's part for one step: its pain points and comments, and a form to raise one. */
export function StepComments({ state, step }: { state: WorkflowState; step: Step }) {
  const comments = useStepComments(state.id, step.id)
  const open = comments.filter((c) => !c.resolved)
  const resolved = comments.filter((c) => c.resolved)
  return (
    <section className="review" aria-label="Pain points and comments">
      <h3>Pain points and comments {comments.length > 0 && <span className="change-count">{open.length} open</span>}</h3>
      {comments.length > 0 && (
        <ul className="review-list">
          {[...open, ...resolved].map((c) => (
            <li key={c.id}>
              <CommentThread comment={c} />
            </li>
          ))}
        </ul>
      )}
      <CommentForm anchor={{ kind: 'step', lineage: step.lineage, stateId: state.id }} defaultRoleId={step.roleId} />
    </section>
  )
}
