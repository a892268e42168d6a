import { useEffect, useRef, useState } from 'react'
import type { MatchedBy } from '../../domain/diff'
import { newId } from '../../domain/model'
import { useStore } from '../../store'
import type { ChangeItem } from './changeItems'
import './toneMarks.css'

const MATCHED_BY: Record<MatchedBy, string> = {
  lineage: 'same step (lineage)',
  label: 'same label',
  similarity: 'similar label',
  manual: 'linked by hand',
}

/** A hand correction of the matcher just made: the pair of steps it linked or unlinked. */
export interface MatchEdit {
  kind: 'link' | 'unlink'
  beforeStepId: string
  afterStepId: string
}

interface ChangeRowProps {
  item: ChangeItem
  current: boolean
  onPick(item: ChangeItem): void
  /** Told of a link or unlink, so the list can give the keyboard to the row that results. */
  onMatchEdit(edit: MatchEdit): void
  /** This row is what a link or unlink resulted in: its button takes the keyboard. */
  takeFocus: boolean
}

/** One change: a button that shows it in every pane, and the hand corrections of the matcher. */
export function ChangeRow({ item, current, onPick, onMatchEdit, takeFocus }: ChangeRowProps) {
  const [linking, setLinking] = useState(false)
  const dispatch = useStore((s) => s.dispatch)
  const main = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (takeFocus) main.current?.focus()
  }, [takeFocus])
  const edit = (kind: MatchEdit['kind'], beforeStepId: string, afterStepId: string) => {
    onMatchEdit({ kind, beforeStepId, afterStepId })
    dispatch({ type: kind === 'link' ? 'match.link' : 'match.unlink', id: newId('mo'), beforeStepId, afterStepId })
  }
  const { unlink, link } = item
  const matchedBy = unlink && unlink.by !== 'lineage' ? `${MATCHED_BY[unlink.by]}${unlink.by === 'similarity' ? ` ${Math.round(unlink.score * 100)}%` : ''}` : null

  return (
    <li className={`change change-${item.tone}${current ? ' is-current' : ''}`}>
      <button ref={main} type="button" className="change-main" aria-label={spokenName(item, matchedBy)} aria-current={current ? 'true' : undefined} onClick={() => onPick(item)}>
        {/* The spaces keep the words apart in what is seen as well as heard: "Added Scan tray", not "AddedScan tray". */}
        <span className={`change-tag tone-mark tone-${item.tone}`}>{item.tag}</span>{' '}
        <span className="change-title">{item.title}</span>{' '}
        {item.detail && <span className="change-detail">{item.detail}</span>}
        {matchedBy && <span className="change-detail change-match">{`Matched: ${matchedBy}`}</span>}
      </button>
      {(unlink || (link && !linking)) && (
        <div className="change-actions">
          {unlink && (
            <button
              type="button"
              className="quiet change-action"
              aria-label={`Unlink ${item.title}`}
              title="These are different steps: show one as removed and the other as added"
              onClick={() => edit('unlink', unlink.beforeStepId, unlink.afterStepId)}
            >
              Unlink
            </button>
          )}
          {link && !linking && (
            <button
              type="button"
              className="quiet change-action"
              aria-label={`Link ${item.title} to a step on the other side`}
              title="This is the same step as one on the other side"
              onClick={() => setLinking(true)}
            >
              Link…
            </button>
          )}
        </div>
      )}
      {link && linking && (
        // A row of its own under the change, as wide as the list: the step's name stays readable
        // while its counterpart is chosen.
        <div className="change-link-row">
          <select
            className="change-link-picker"
            aria-label={`Same step as ${item.title}`}
            autoFocus
            defaultValue=""
            onBlur={() => setLinking(false)}
            onKeyDown={(e) => e.key === 'Escape' && setLinking(false)}
            onChange={(e) => {
              const other = e.target.value
              setLinking(false)
              if (!other) return
              const [beforeStepId, afterStepId] = link.side === 'before' ? [link.stepId, other] : [other, link.stepId]
              edit('link', beforeStepId, afterStepId)
            }}
          >
            <option value="">{link.side === 'before' ? 'Same step as an added one…' : 'Same step as a removed one…'}</option>
            {link.candidates.map((c) => (
              <option key={c.id} value={c.id}>
                {(c.label || 'Untitled step') + (c.role ? ` (${c.role})` : '')}
              </option>
            ))}
          </select>
        </div>
      )}
    </li>
  )
}

/** "Added: Scan tray at receipt, SPD technician": the item read as one sentence, the same in every browser. */
function spokenName(item: ChangeItem, matchedBy: string | null): string {
  return [`${item.tag}: ${item.title}`, item.detail, matchedBy && `matched: ${matchedBy}`].filter(Boolean).join(', ')
}
