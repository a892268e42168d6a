import type { DiffResult, Handoff, RoleImpact as Impact, StepRef } from '../../domain/diff'
import type { Role } from '../../domain/model'
import { Counterparts } from './changeItems'
import type { ChangeTarget } from './selectInPanes'

export interface RoleImpactProps {
  diff: DiffResult
  roles: readonly Role[]
  onPick(diffId: string, target: ChangeTarget): void
}

const labelOf = (s: StepRef) => s.label || 'Untitled step'

/**
 * "Who must adapt": per role, what the change means for the people in it. Each line names the
 * steps, so a clinical lead reads "the OR nurse now sends the soiled cart down the lift", and a
 * click shows those steps in every pane.
 */
export function RoleImpactList({ diff, roles, onPick }: RoleImpactProps) {
  const pairs = new Counterparts(diff)
  // A step changing hands is named as the role will know it: its new label for the role taking it
  // over, its old label for the role handing it over.
  const afterOf = new Map(diff.steps.changed.map((c) => [c.before.id, c.after]))
  const beforeOf = new Map(diff.steps.changed.map((c) => [c.after.id, c.before]))
  if (diff.roles.length === 0) return <p className="change-empty">No role does anything differently.</p>
  return (
    <ul className="role-impacts">
      {diff.roles.map((r) => (
        <li key={r.diffId} className="role-impact" style={{ '--role': roles.find((x) => x.id === r.roleId)?.color ?? '#8c959f' } as React.CSSProperties}>
          <h4 className="role-name">{r.role}</h4>
          <p className="role-summary">{summary(r)}</p>
          <dl className="role-lines">
            <Line term="New steps" refs={r.stepsAdded} side="after" {...{ pairs, onPick, role: r }} />
            <Line term="Steps gone" refs={r.stepsRemoved} side="before" {...{ pairs, onPick, role: r }} />
            <Line term="Done differently" refs={r.stepsChanged} side="after" {...{ pairs, onPick, role: r }} />
            <Line term="Takes over" refs={r.reassignedIn} side="before" shown={(s) => afterOf.get(s.id) ?? s} note={(s) => `from ${s.role ?? 'no role'}`} {...{ pairs, onPick, role: r }} />
            <Line term="Hands over" refs={r.reassignedOut} side="after" shown={(s) => beforeOf.get(s.id) ?? s} note={(s) => `to ${s.role ?? 'no role'}`} {...{ pairs, onPick, role: r }} />
            <HandoffLine term="New handoffs" handoffs={r.handoffsGained} side="after" {...{ pairs, onPick, role: r }} />
            <HandoffLine term="Handoffs gone" handoffs={r.handoffsLost} side="before" {...{ pairs, onPick, role: r }} />
          </dl>
        </li>
      ))}
    </ul>
  )
}

function summary(r: Impact): string {
  const parts: string[] = []
  const n = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`
  if (r.stepsAdded.length) parts.push(`+${n(r.stepsAdded.length, 'step')}`)
  if (r.stepsRemoved.length) parts.push(`−${n(r.stepsRemoved.length, 'step')}`)
  if (r.stepsChanged.length) parts.push(`${r.stepsChanged.length} changed`)
  if (r.reassignedIn.length) parts.push(`${r.reassignedIn.length} taken over`)
  if (r.reassignedOut.length) parts.push(`${r.reassignedOut.length} handed over`)
  if (r.handoffsGained.length) parts.push(`+${n(r.handoffsGained.length, 'handoff')}`)
  if (r.handoffsLost.length) parts.push(`−${n(r.handoffsLost.length, 'handoff')}`)
  return parts.join(' · ')
}

interface LineProps {
  term: string
  side: 'before' | 'after'
  pairs: Counterparts
  role: Impact
  onPick: RoleImpactProps['onPick']
}

function Line({ term, refs, side, shown, note, pairs, role, onPick }: LineProps & { refs: StepRef[]; shown?: (s: StepRef) => StepRef; note?: (s: StepRef) => string }) {
  if (refs.length === 0) return null
  return (
    <>
      <dt>{term}</dt>
      {refs.map((s) => {
        const label = labelOf(shown ? shown(s) : s)
        const extra = note?.(s)
        return (
          <dd key={s.id}>
            <button
              type="button"
              className="role-step"
              aria-label={extra ? `${label}, ${extra}` : label}
              onClick={() => onPick(`${role.diffId}:${s.id}`, pairs.target(side, [s.id]))}
            >
              {label}
              {extra && <span className="role-note"> {extra}</span>}
            </button>
          </dd>
        )
      })}
    </>
  )
}

function HandoffLine({ term, handoffs, side, pairs, role, onPick }: LineProps & { handoffs: Handoff[] }) {
  if (handoffs.length === 0) return null
  return (
    <>
      <dt>{term}</dt>
      {handoffs.map((h) => (
        <dd key={h.diffId}>
          <button
            type="button"
            className="role-step"
            aria-label={`${labelOf(h.from)} → ${labelOf(h.to)}, ${h.from.role ?? 'no role'} → ${h.to.role ?? 'no role'}`}
            onClick={() => onPick(`${role.diffId}:${h.diffId}`, pairs.target(side, [h.from.id, h.to.id]))}
          >
            {`${labelOf(h.from)} → ${labelOf(h.to)}`}
            <span className="role-note">{` ${h.from.role ?? 'no role'} → ${h.to.role ?? 'no role'}`}</span>
          </button>
        </dd>
      ))}
    </>
  )
}
