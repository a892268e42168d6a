import { useStore } from '../../store'
import { panesShowing } from './choice'
import { useDistinctStateNames } from './stateNames'
import { useCompareChoice } from './useCompare'

/**
 * "Compare [before] → [after]": any two states, current → future by default. Choosing a state
 * that is not on screen opens its pane, so the overlay is always visible.
 */
export function CompareControl() {
  const states = useStore((s) => s.project!.states)
  const { projectId, panes, pair } = useCompareChoice()
  const names = useDistinctStateNames()
  if (!pair) return null

  const choose = (before: string, after: string) => {
    const { setComparePair, setComparePanes } = useStore.getState()
    const next = { before, after }
    setComparePair(projectId, next)
    setComparePanes(projectId, panesShowing(states, panes, next))
  }
  // Picking the state already on the other side swaps the two, rather than comparing a state with itself.
  const pickBefore = (id: string) => (id === pair.after ? choose(id, pair.before) : choose(id, pair.after))
  const pickAfter = (id: string) => (id === pair.before ? choose(pair.after, id) : choose(pair.before, id))

  return (
    <div className="compare-control" role="group" aria-label="Compare states">
      <span className="compare-word" aria-hidden="true">
        Compare
      </span>
      <select className="compare-select" aria-label="Before" title={names.get(pair.before)} value={pair.before} onChange={(e) => pickBefore(e.target.value)}>
        {states.map((s) => (
          <option key={s.id} value={s.id}>
            {names.get(s.id) ?? s.name}
          </option>
        ))}
      </select>
      <button type="button" className="quiet compare-swap" title="Swap before and after" aria-label="Swap before and after" onClick={() => choose(pair.after, pair.before)}>
        →
      </button>
      <select className="compare-select" aria-label="After" title={names.get(pair.after)} value={pair.after} onChange={(e) => pickAfter(e.target.value)}>
        {states.map((s) => (
          <option key={s.id} value={s.id}>
            {names.get(s.id) ?? s.name}
          </option>
        ))}
      </select>
    </div>
  )
}
