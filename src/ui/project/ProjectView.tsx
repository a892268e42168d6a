import { useMemo } from 'react'
import { regionNames, type Project } from '../../domain/model'
import type { EditingSession, SharedLink } from '../../persistence'
import { useStore } from '../../store'
import { StatePane } from '../canvas/StatePane'
import { ChangeList, CompareBar, PaneMetrics, useCompareView } from '../compare'
import { SidePanel } from '../panels/SidePanel'
import { SidePanelToggle, useSidePanelShown } from '../panels/SidePanelToggle'
import { Presentation, usePresentation } from '../present'
import { PaneBoundary } from '../shell/PaneBoundary'
import { ImportNotice } from './ImportNotice'
import { ProjectHeader } from './ProjectHeader'
import { useFocusOnOpen } from './useFocusOnOpen'

export interface ProjectViewProps {
  session?: EditingSession
  onBack?(): void
  onImport?(project: Project): Promise<void>
  /** Shares this solo project to a workshop server and reopens it shared (see useOpenProject's `share`). */
  onShare?(link: SharedLink): Promise<unknown>
}

/**
 * The states of the open project side by side, each a region named after its phase. The maps get
 * the room: the properties panel is there only while a step is selected (or when asked for), and
 * one pane can be maximised.
 */
export function ProjectView({ session, onBack, onImport, onShare }: ProjectViewProps) {
  const projectId = useStore((s) => s.project!.id)
  const states = useStore((s) => s.project!.states)
  const names = useMemo(() => regionNames(states), [states])
  const compare = useCompareView()
  const panelShown = useSidePanelShown()
  useFocusOnOpen(projectId, compare.panes.map((st) => st.id))
  // Presenting covers the editor, which stays as it is underneath and takes no keys or clicks.
  const presentation = usePresentation()
  return (
    <main className="project-view" inert={presentation.presenting}>
      <ProjectHeader session={session} onBack={onBack} onImport={onImport} onShare={onShare} />
      <div className="view-bar">
        <CompareBar />
        <SidePanelToggle shown={panelShown} />
      </div>
      <div className="workspace">
        <div className={compare.panesClass}>
          {compare.panes.map((st) => (
            <section key={st.id} className="pane" aria-label={names.get(st.id)} hidden={compare.maximised !== null && compare.maximised !== st.id}>
              <PaneBoundary title="This map could not be drawn" what={`the map “${st.name}” (${names.get(st.id)})`}>
                <StatePane
                  stateId={st.id}
                  overlay={compare.overlayOf(st.id)}
                  canMaximise={compare.panes.length > 1}
                  heading={
                    <h2 className="pane-title" title={`${st.name} (${names.get(st.id)})`}>
                      <span className="pane-name">{st.name}</span> <span className={`phase-tag phase-${st.phase}`}>{names.get(st.id)}</span>
                    </h2>
                  }
                  metrics={<PaneMetrics stateId={st.id} />}
                />
              </PaneBoundary>
            </section>
          ))}
        </div>
        {panelShown && (
          <PaneBoundary title="The properties panel could not be shown" what="the properties panel" region="Properties">
            <SidePanel />
          </PaneBoundary>
        )}
        <PaneBoundary title="The list of changes could not be shown" what="the list of changes" region="Changes">
          <ChangeList />
        </PaneBoundary>
      </div>
      <ImportNotice />
      {presentation.presenting && <Presentation onLeave={presentation.leave} />}
    </main>
  )
}
