import { useEffect, useRef } from 'react'
import { LIMITS, type Step } from '../../domain/model'
import { useStore } from '../../store'
import { handleShortcut } from '../actions/run'
import { useDraft } from '../panels/useDraft'
import { canvasOf } from './canvasRegistry'

/**
 * The label of a step being typed on the canvas. Every keystroke is committed (one undo step
 * per edit, through the store's coalescing); Enter goes on to the next step, Tab moves the step
 * to the next lane, Escape stops typing.
 */
export function LabelEditor({ stateId, step, mode, seed }: { stateId: string; step: Step; mode: 'replace' | 'append'; seed?: string }) {
  const ref = useRef<HTMLTextAreaElement>(null)
  const dispatch = useStore((s) => s.dispatch)
  const commit = (label: string) => dispatch({ type: 'step.update', stateId, stepId: step.id, changes: { label } }, { coalesce: `label:${step.id}` })
  const { draft, change } = useDraft(step.label, commit)

  useEffect(() => {
    // "Typing starts editing": the key that opened the editor replaces the label.
    if (mode === 'replace' && (seed ?? '') !== step.label) change(seed ?? '')
    const el = ref.current
    if (el) {
      el.focus({ preventScroll: true })
      el.setSelectionRange(el.value.length, el.value.length)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps -- only when the editor opens
  }, [])

  return (
    <textarea
      ref={ref}
      className="label-editor nodrag nopan nowheel"
      aria-label="Step label"
      value={draft}
      maxLength={LIMITS.labelChars}
      rows={2}
      onChange={(e) => change(e.target.value)}
      onKeyDown={(e) => {
        e.stopPropagation()
        if (e.key === 'Enter' && e.shiftKey) return // a line break in the label
        if (handleShortcut(e, 'label', stateId) && e.key === 'Escape') canvasOf(stateId)?.focus()
      }}
      onBlur={() => {
        const editing = useStore.getState().editing
        if (editing?.stepId === step.id) useStore.getState().setEditing(null)
      }}
    />
  )
}
