import { memo, useEffect, useId, useMemo, useState } from 'react'
import { isEmptyDiff, type DiffResult } from '../../domain/diff'
import { useStore } from '../../store'
import { changeGroups, type ChangeGroup, type ChangeItem } from './changeItems'
import { ChangeRow, type MatchEdit } from './ChangeRow'
import { RoleImpactList } from './RoleImpact'
import { selectInPanes, type ChangeTarget } from './selectInPanes'
import { useDistinctStateNames } from './stateNames'
import { useCompareChoice, useCompareResult } from './useCompare'
import { PainPointsView } from '../review/PainPointsView'

/**
 * The region "Changes" beside the panes: what the change from "before" to "after" does, grouped
 * into steps, handoffs, duplicate documentation and roles. A click selects the item's steps in
 * every pane. Memoized: the project view re-renders on every key typed, the list only when the diff does.
 */
export const ChangeList = memo(function ChangeList() {
  const result = useCompareResult()
  const { panes, pair } = useCompareChoice()
  const names = useDistinctStateNames()
  const focused = useStore((s) => s.focusedChange)
  const open = useStore((s) => s.changesOpen)
  const diff = result?.pair
  const groups = useMemo(() => (diff ? changeGroups(diff) : []), [diff])
  // A link or unlink replaces its rows once the diff has run again: the keyboard goes to the row
  // that results (the linked pair, or the step shown as removed again), not to the page.
  const [matchEdit, setMatchEdit] = useState<MatchEdit | null>(null)
  const refocusId = matchEdit ? rowAfter(groups, matchEdit) : undefined
  useEffect(() => {
    if (refocusId) setMatchEdit(null)
  }, [refocusId])

  const pick = (diffId: string, target: ChangeTarget) => {
    const { project, setFocusedChange } = useStore.getState()
    if (!project || !pair) return
    setFocusedChange(diffId)
    selectInPanes(project, panes, pair, target)
  }

  if (!open) {
    const count = diff ? diff.summary.stepsAdded + diff.summary.stepsRemoved + diff.summary.stepsChanged : null
    return (
      <section className="change-list is-folded" aria-label="Changes">
        <button type="button" className="change-unfold" aria-expanded="false" title="Show the change list" onClick={() => useStore.getState().setChangesOpen(true)}>
          <span className="change-unfold-text">Changes{count === null ? '' : ` · ${count} steps`}</span>
        </button>
      </section>
    )
  }

  return (
    <section className="change-list" aria-label="Changes">
      <header className="change-list-header">
        <button type="button" className="quiet change-fold" aria-expanded="true" title="Fold the change list to give the maps room" onClick={() => useStore.getState().setChangesOpen(false)}>
          <span aria-hidden="true">⇥</span>
          <span className="visually-hidden">Hide the change list</span>
        </button>
        <h2>Changes</h2>
        {diff && (
          <p className="change-pair">{`${names.get(diff.before.id) ?? diff.before.name} → ${names.get(diff.after.id) ?? diff.after.name}`}</p>
        )}
      </header>
      {!pair && <p className="change-empty">Add a second state (derive one from this state) to see what changes.</p>}
      {pair && !diff && (
        <p className="change-empty" aria-busy="true">
          Comparing…
        </p>
      )}
      {diff && (
        <div className="change-groups">
          <Summary diff={diff} />
          {isEmptyDiff(diff) && <p className="change-empty">No changes: these two states are the same workflow.</p>}
          {groups.map((g) => (
            <Group
              key={g.id}
              group={g}
              focused={focused}
              onPick={(item: ChangeItem) => pick(item.diffId, item.target)}
              onMatchEdit={setMatchEdit}
              refocusId={refocusId}
            />
          ))}
          <RolesGroup diff={diff} onPick={pick} />
          <PainPointsView diff={diff} onPick={pick} />
        </div>
      )}
    </section>
  )
})

function Summary({ diff }: { diff: DiffResult }) {
  const s = diff.summary
  const reassigned = diff.steps.changed.filter((c) => c.reassigned).length
  return (
    <ul className="change-summary" aria-label="Summary">
      <li>
        <strong>{s.stepsAdded}</strong> added
      </li>
      <li>
        <strong>{s.stepsRemoved}</strong> removed
      </li>
      <li>
        <strong>{s.stepsChanged}</strong> changed
      </li>
      <li>
        <strong>{reassigned}</strong> reassigned
      </li>
      <li>
        handoffs <strong>{s.handoffsBefore}</strong> → <strong>{s.handoffsAfter}</strong>
      </li>
      <li>
        documented twice <strong>{s.duplicatesBefore}</strong> → <strong>{s.duplicatesAfter}</strong>
      </li>
    </ul>
  )
}

/** The row a link or unlink results in, once the diff shows it. */
function rowAfter(groups: readonly ChangeGroup[], edit: MatchEdit): string | undefined {
  const steps = groups.find((g) => g.id === 'steps')?.items ?? []
  const row =
    edit.kind === 'link'
      ? steps.find((i) => i.unlink?.beforeStepId === edit.beforeStepId && i.unlink.afterStepId === edit.afterStepId)
      : steps.find((i) => i.link?.side === 'before' && i.link.stepId === edit.beforeStepId)
  return row?.diffId
}

interface GroupProps {
  group: ChangeGroup
  focused: string | null
  onPick(item: ChangeItem): void
  onMatchEdit(edit: MatchEdit): void
  refocusId: string | undefined
}

function Group({ group, focused, onPick, onMatchEdit, refocusId }: GroupProps) {
  const id = useId()
  return (
    <section className={`change-group change-group-${group.id}`} aria-labelledby={id}>
      <h3 id={id}>
        {group.title} <span className="change-count">{group.items.length}</span>
      </h3>
      {group.items.length === 0 ? (
        <p className="change-empty">{group.empty}</p>
      ) : (
        <ul className="changes">
          {group.items.map((item) => (
            <ChangeRow key={item.diffId} item={item} current={focused === item.diffId} onPick={onPick} onMatchEdit={onMatchEdit} takeFocus={item.diffId === refocusId} />
          ))}
        </ul>
      )}
    </section>
  )
}

function RolesGroup({ diff, onPick }: { diff: DiffResult; onPick(diffId: string, target: ChangeTarget): void }) {
  const id = useId()
  const roles = useStore((s) => s.project!.roles)
  return (
    <section className="change-group change-group-roles" aria-labelledby={id}>
      <h3 id={id}>
        Roles: who must adapt <span className="change-count">{diff.roles.length}</span>
      </h3>
      <RoleImpactList diff={diff} roles={roles} onPick={onPick} />
    </section>
  )
}
