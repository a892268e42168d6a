import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { newId, PHASE_TITLES, type Phase, type WorkflowState } from '../../domain/model'
import { useStore } from '../../store'
import { MAX_PANES, panesAfterDerive, togglePane } from './choice'
import { distinctStateNames, useDistinctStateNames } from './stateNames'
import { useCompareChoice } from './useCompare'

/**
 * "States": which states are in panes, and the states themselves: rename, reorder, delete (all
 * undoable) and derive a new transition or future state from any state.
 */
export function StatesMenu() {
  const [open, setOpen] = useState(false)
  const box = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  const count = useStore((s) => s.project!.states.length)
  const { panes } = useCompareChoice()

  useEffect(() => {
    if (!open) return
    const away = (e: PointerEvent) => box.current && !box.current.contains(e.target as Node) && setOpen(false)
    document.addEventListener('pointerdown', away)
    return () => document.removeEventListener('pointerdown', away)
  }, [open])

  return (
    <div
      className="states-menu"
      ref={box}
      onKeyDown={(e) => {
        if (e.key !== 'Escape' || !open) return
        e.stopPropagation()
        setOpen(false)
        // The keyboard was in the panel, which is gone: it goes back to the button, not to the page.
        button.current?.focus()
      }}
    >
      <button ref={button} type="button" aria-expanded={open} aria-controls="states-panel" onClick={() => setOpen(!open)}>
        States <span className="muted">{panes.length} of {count} shown</span>
      </button>
      {open && <StatesPanel />}
    </div>
  )
}

function StatesPanel() {
  const panel = useRef<HTMLDivElement>(null)
  // The panel opens under its button and stays inside the window: on a narrow one it moves left.
  useLayoutEffect(() => {
    const el = panel.current
    if (!el) return
    el.style.left = ''
    const overflow = el.getBoundingClientRect().right - (document.documentElement.clientWidth - 8)
    if (overflow > 0) el.style.left = `${-overflow}px`
  })
  const states = useStore((s) => s.project!.states)
  const names = useDistinctStateNames()
  const { projectId, panes, pair } = useCompareChoice()
  const [notice, setNotice] = useState<string | null>(null)
  const dispatch = useStore((s) => s.dispatch)

  const remove = (st: WorkflowState) => {
    if (dispatch({ type: 'state.remove', stateId: st.id })) setNotice(`“${st.name}” deleted.`)
    else setNotice(useStore.getState().error)
  }
  const move = (st: WorkflowState, by: number) => dispatch({ type: 'state.reorder', stateId: st.id, index: states.indexOf(st) + by })
  const show = (id: string) => useStore.getState().setComparePanes(projectId, togglePane(states, panes, id))
  /** The new state gets a pane beside the compared pair, which stays as it was; the user is told what shows. */
  const derived = (id: string) => {
    const { setComparePair, setComparePanes, project } = useStore.getState()
    const now = project!.states
    const name = (stateId: string) => `“${distinctStateNames(now).get(stateId)}”`
    if (!pair) return setNotice(`${name(id)} derived.`)
    // Pinned: a default pair would otherwise move on to the new state when it is a future one.
    setComparePair(projectId, pair)
    const next = panesAfterDerive(now, panes, pair, id)
    setComparePanes(projectId, next.panes)
    const hidden = next.hidden.length === 0 ? '' : ` ${list(next.hidden.map(name))} ${next.hidden.length === 1 ? 'is hidden: tick it' : 'are hidden: tick them'} to show ${next.hidden.length === 1 ? 'it' : 'them'} again.`
    setNotice(`${name(id)} derived. Panes: ${list(next.panes.map(name))}.${hidden}`)
  }

  return (
    <div ref={panel} className="states-panel" id="states-panel" role="group" aria-label="States">
      <p className="states-hint">Tick up to {MAX_PANES} states to show at once.</p>
      <ul className="state-rows">
        {states.map((st, i) => {
          const shown = panes.includes(st.id)
          const locked = shown ? panes.length <= Math.min(2, states.length) : panes.length >= MAX_PANES
          return (
            <li key={st.id} className="state-row">
              <input type="checkbox" aria-label={`Show ${names.get(st.id) ?? st.name}`} checked={shown} disabled={locked} onChange={() => show(st.id)} />
              <StateName state={st} />
              <span className={`phase-tag phase-${st.phase}`}>{st.phase}</span>
              <button type="button" className="quiet icon" aria-label={`Move ${st.name} earlier`} title="Move earlier" disabled={i === 0} onClick={() => move(st, -1)}>
                ↑
              </button>
              <button type="button" className="quiet icon" aria-label={`Move ${st.name} later`} title="Move later" disabled={i === states.length - 1} onClick={() => move(st, 1)}>
                ↓
              </button>
              <button type="button" className="quiet danger" aria-label={`Delete ${st.name}`} disabled={states.length === 1} onClick={() => remove(st)}>
                Delete
              </button>
            </li>
          )
        })}
      </ul>
      {notice && (
        <p className="states-notice" role="status">
          {notice}{' '}
          <button type="button" className="link" onClick={() => (useStore.getState().undo(), setNotice(null))}>
            Undo
          </button>
        </p>
      )}
      <DeriveForm states={states} names={names} onDerived={derived} />
    </div>
  )
}

/** The name, renamed in place: click (or Enter) to edit, Enter keeps, Escape cancels. */
function StateName({ state }: { state: WorkflowState }) {
  const [draft, setDraft] = useState<string | null>(null)
  const commit = () => {
    if (draft !== null && draft.trim() && draft.trim() !== state.name) useStore.getState().dispatch({ type: 'state.rename', stateId: state.id, name: draft })
    setDraft(null)
  }
  if (draft === null) {
    return (
      <button type="button" className="state-name" title={`${state.name} (click to rename)`} aria-label={`Rename ${state.name}`} onClick={() => setDraft(state.name)}>
        <span className="state-name-text">{state.name}</span>
        <span className="state-name-pen" aria-hidden="true">
          ✎
        </span>
      </button>
    )
  }
  return (
    <input
      className="state-name-input"
      aria-label={`Rename ${state.name}`}
      value={draft}
      autoFocus
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter') commit()
        if (e.key === 'Escape') {
          e.stopPropagation()
          setDraft(null)
        }
      }}
    />
  )
}

/** "Derive [state] as a [transition/future] state": a copy that keeps lineage, so the diff pairs its steps. */
function DeriveForm({ states, names, onDerived }: { states: readonly WorkflowState[]; names: ReadonlyMap<string, string>; onDerived(stateId: string): void }) {
  const [source, setSource] = useState(states[0]!.id)
  const [phase, setPhase] = useState<Phase>('transition')
  const from = states.find((s) => s.id === source) ?? states[0]!
  const derive = () => {
    const stateId = newId('st')
    const ok = useStore.getState().dispatch({ type: 'state.derive', sourceId: from.id, stateId, phase, name: nextName(states, phase) })
    if (ok) {
      useStore.getState().setActiveState(stateId)
      onDerived(stateId)
    }
  }
  return (
    <div className="derive-form" role="group" aria-label="Derive state">
      <span className="derive-word">Derive</span>
      <select aria-label="Copy of" value={from.id} onChange={(e) => setSource(e.target.value)}>
        {states.map((s) => (
          <option key={s.id} value={s.id}>
            {names.get(s.id) ?? s.name}
          </option>
        ))}
      </select>
      <span className="derive-word">as</span>
      <select aria-label="Phase of the new state" value={phase} onChange={(e) => setPhase(e.target.value as Phase)}>
        <option value="transition">a transition state</option>
        <option value="future">a future state</option>
        <option value="current">a current state</option>
      </select>
      <button type="button" className="primary" onClick={derive}>
        Derive state
      </button>
    </div>
  )
}

/** "Transition state", then "Transition state 2", … so every new state has a name of its own. */
export function nextName(states: readonly WorkflowState[], phase: Phase): string {
  const taken = new Set(states.map((s) => s.name))
  const base = PHASE_TITLES[phase]
  if (!taken.has(base)) return base
  for (let n = 2; ; n++) if (!taken.has(`${base} ${n}`)) return `${base} ${n}`
}

/** "A, B and C". */
function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}
