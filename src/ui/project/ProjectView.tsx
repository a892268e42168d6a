import { useMemo } from 'react'
import { regionNames, type Project } from '../../domain/model'
import type { ProjectSession } from '../../persistence'
import { useStore } from '../../store'
import { StatePane } from '../canvas/StatePane'
import { ChangeList, CompareBar, PaneMetrics, useCompareView } from '../compare'
import { SidePanel } from '../panels/SidePanel'
import { ProjectHeader } from './ProjectHeader'

export interface ProjectViewProps {
  session?: ProjectSession
  onBack?(): void
  onImport?(project: Project): Promise<void>
}

/** The states of the open project side by side, each a region named after its phase. */
export function ProjectView({ session, onBack, onImport }: ProjectViewProps) {
  const states = useStore((s) => s.project!.states)
  const names = useMemo(() => regionNames(states), [states])
  const compare = useCompareView()
  return (
    <main className="project-view">
      <ProjectHeader session={session} onBack={onBack} onImport={onImport} />
      <CompareBar />
      <div className={compare.panesClass}>
        {compare.panes.map((st) => (
          <section key={st.id} className="pane" aria-label={names.get(st.id)}>
            <h2 className="pane-title">
              {st.name} <span className="phase">{names.get(st.id)}</span>
            </h2>
            <PaneMetrics stateId={st.id} />
            <StatePane stateId={st.id} overlay={compare.overlayOf(st.id)} />
          </section>
        ))}
        <ChangeList />
        <SidePanel />
      </div>
    </main>
  )
}
