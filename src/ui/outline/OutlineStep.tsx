import { memo, useEffect, useRef } from 'react'
import { LIMITS, STEP_KINDS, type Step, type StepKind } from '../../domain/model'
import { useStore } from '../../store'
import { pasteLines } from '../actions/clipboard'
import { removeSteps, setKind } from '../actions/edits'
import { handleShortcut } from '../actions/run'
import { useDraft } from '../panels/useDraft'
import { PainBadge } from '../review/PainBadge'
import type { PainBadge as PainCount } from '../review/usePainBadges'
import { KIND_LABELS } from '../panels/kinds'

/** One step of the outline: its label (committed as typed), kind, where it leads, and delete. */
export const OutlineStep = memo(function OutlineStep({ stateId, step, ordinal, total, pain }: { stateId: string; step: Step; ordinal: number; total: number; pain?: PainCount | undefined }) {
  const input = useRef<HTMLInputElement>(null)
  const dispatch = useStore((s) => s.dispatch)
  const selected = useStore((s) => s.selection[stateId]?.includes(step.id) ?? false)
  const editingMe = useStore((s) => s.editing?.stepId === step.id)
  const next = useStore((s) => leadsTo(s.project?.states.find((x) => x.id === stateId), step.id))
  const { draft, change } = useDraft(step.label, (label) =>
    dispatch({ type: 'step.update', stateId, stepId: step.id, changes: { label } }, { coalesce: `label:${step.id}` }),
  )

  // A step just added here (Enter) gets the keyboard.
  useEffect(() => {
    if (editingMe && document.activeElement !== input.current) input.current?.focus()
  }, [editingMe])

  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (handleShortcut(e, 'outline', stateId)) return
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      const all = [...(input.current?.closest('.outline')?.querySelectorAll<HTMLInputElement>('input[data-step-id]') ?? [])]
      all[all.indexOf(input.current!) + (e.key === 'ArrowDown' ? 1 : -1)]?.focus()
    } else if (e.key === 'Backspace' && draft === '') {
      // An empty step is a mistaken Enter: Backspace takes it away, as in any outliner.
      e.preventDefault()
      const all = [...(input.current?.closest('.outline')?.querySelectorAll<HTMLInputElement>('input[data-step-id]') ?? [])]
      const before = all[all.indexOf(input.current!) - 1]
      removeSteps(stateId, [step.id])
      before?.focus()
    }
  }

  return (
    <li className={selected ? 'outline-step is-selected' : 'outline-step'}>
      <span className={`outline-kind kind-${step.kind}`} aria-hidden="true" />
      <input
        ref={input}
        data-step-id={step.id}
        className="outline-label"
        aria-label={`Step ${ordinal} of ${total}, ${KIND_LABELS[step.kind]}`}
        placeholder="Untitled step"
        value={draft}
        maxLength={LIMITS.labelChars}
        onChange={(e) => change(e.target.value)}
        onFocus={() => {
          useStore.getState().select(stateId, [step.id])
          useStore.getState().setActiveState(stateId)
        }}
        onBlur={() => {
          if (useStore.getState().editing?.stepId === step.id) useStore.getState().setEditing(null)
        }}
        onKeyDown={onKeyDown}
        onPaste={(e) => {
          // A list pasted from notes: the first line labels this step (when it has no label yet), the rest follow it.
          const lines = e.clipboardData.getData('text/plain').split(/\r?\n/).filter((l) => l.trim())
          if (lines.length < 2) return
          e.preventDefault()
          const rest = draft === '' ? (change(lines[0]!.trim()), lines.slice(1)) : lines
          pasteLines(stateId, rest.join('\n'), [step.id])
        }}
      />
      <select aria-label={`Kind of step ${ordinal}`} className="outline-kind-select" value={step.kind} onChange={(e) => setKind(stateId, [step.id], e.target.value as StepKind)}>
        {STEP_KINDS.map((k) => (
          <option key={k} value={k}>
            {KIND_LABELS[k]}
          </option>
        ))}
      </select>
      {pain && <PainBadge badge={pain} />}
      <span className="outline-next">{next}</span>
      <button type="button" className="outline-delete" aria-label={`Delete step ${ordinal}`} title="Delete step" onClick={() => removeSteps(stateId, [step.id])}>
        ✕
      </button>
    </li>
  )
})

/** "→ Pack instruments; no → Receive tray": where this step leads, in words (a string, so the selector stays cheap). */
function leadsTo(state: { steps: Step[]; flows: { from: string; to: string; label?: string }[] } | undefined, id: string): string {
  if (!state) return ''
  const outs = state.flows.filter((f) => f.from === id)
  if (outs.length === 0) return ''
  const label = (sid: string) => state.steps.find((s) => s.id === sid)?.label || 'Untitled step'
  return '→ ' + outs.map((f) => (f.label ? `${f.label}: ${label(f.to)}` : label(f.to))).join('; ')
}
