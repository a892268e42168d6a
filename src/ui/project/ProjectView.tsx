import { useMemo } from 'react'
import { regionNames } from '../../domain/model'
import { useStore } from '../../store'
import { EditToolbar } from '../actions/EditToolbar'
import { StatePane } from '../canvas/StatePane'
import { SidePanel } from '../panels/SidePanel'

/** The states of the open project side by side, each a region named after its phase. */
export function ProjectView() {
  const states = useStore((s) => s.project!.states)
  const name = useStore((s) => s.project!.name)
  const names = useMemo(() => regionNames(states), [states])
  return (
    <main className="project-view">
      <header className="project-header">
        <h1>{name}</h1>
        <EditToolbar />
      </header>
      <div className="panes">
        {states.map((st) => (
          <section key={st.id} className="pane" aria-label={names.get(st.id)}>
            <h2 className="pane-title">
              {st.name} <span className="phase">{names.get(st.id)}</span>
            </h2>
            <StatePane stateId={st.id} />
          </section>
        ))}
        <SidePanel />
      </div>
    </main>
  )
}
