import { useCallback, useEffect, useState } from 'react'
import { createState, type Project } from '../../domain/model'
import { describeStorageError, type ProjectSummary } from '../../persistence'
import { FirstRunGuide, GuideReopenButton } from '../guide/FirstRunGuide'
import { ConfirmDialog } from '../shell/ConfirmDialog'
import { useStorage } from '../shell/StorageContext'
import { ImportButton, ProblemRow } from './ImportButton'
import { NewProjectForm } from './NewProjectForm'
import { ProjectRow } from './ProjectRow'

export interface ProjectListProps {
  onOpen(id: string): void
  onImport(project: Project): Promise<void>
  /** Why a project could not be opened (shown above the list). */
  problem?: string | null
}

/** The projects stored in this browser, most recently changed first. */
export function ProjectList({ onOpen, onImport, problem }: ProjectListProps) {
  const { repo } = useStorage()
  const [projects, setProjects] = useState<ProjectSummary[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [confirming, setConfirming] = useState<ProjectSummary | null>(null)
  const [importProblem, setImportProblem] = useState<string | null>(null)

  const refresh = useCallback(async () => {
    try {
      setProjects(await repo.list())
    } catch (e) {
      setError(describeStorageError(e))
    }
  }, [repo])

  useEffect(() => {
    void refresh()
    // Another tab created, renamed or deleted a project.
    return repo.onRemote((m) => m.type === 'projects-changed' && void refresh())
  }, [repo, refresh])

  const attempt = (work: () => Promise<unknown>) => async () => {
    setError(null)
    try {
      await work()
    } catch (e) {
      setError(describeStorageError(e))
    }
    await refresh()
  }

  const create = async (name: string) => {
    await attempt(async () => {
      const p = await repo.create(name, (p) => ({ ...p, states: [createState('current')] }))
      onOpen(p.id)
    })()
  }

  return (
    <main className="project-list">
      <header className="list-header">
        <h1>flowstate</h1>
        <p className="tagline">Map the current, transition and future state of a clinical workflow, and see what the change does to people.</p>
        <GuideReopenButton />
      </header>
      <div className="list-tools">
        <NewProjectForm onCreate={create} />
        <ImportButton onImport={onImport} onProblem={setImportProblem} />
      </div>
      {/* Below the tools, never beside them: the Create and Import controls stay where they are. */}
      {(problem || error) && (
        <p className="problem" role="alert">
          {problem ?? error}
        </p>
      )}
      {importProblem && <ProblemRow problem={importProblem} onDismiss={() => setImportProblem(null)} />}
      <FirstRunGuide projects={projects} onOpen={onOpen} />
      <section aria-labelledby="projects-title" aria-busy={projects === null}>
        <h2 id="projects-title">Projects</h2>
        {projects === null ? (
          <p className="muted">Loading…</p>
        ) : projects.length === 0 ? (
          <p className="muted">No projects yet. Create one, or import a .flowstate.json file.</p>
        ) : (
          <ul className="projects">
            {projects.map((p) => (
              <ProjectRow
                key={p.id}
                project={p}
                onOpen={onOpen}
                onRename={(id, name) => attempt(() => repo.rename(id, name))()}
                onDuplicate={(id) => attempt(() => repo.duplicate(id))()}
                onDelete={setConfirming}
              />
            ))}
          </ul>
        )}
      </section>
      {confirming && (
        <ConfirmDialog
          title={`Delete “${confirming.name}”?`}
          message="The project is removed from this browser and cannot be restored. Export it first if you want to keep a copy."
          confirmLabel="Delete project"
          onCancel={() => setConfirming(null)}
          onConfirm={() => {
            const id = confirming.id
            setConfirming(null)
            void attempt(() => repo.remove(id))()
          }}
        />
      )}
    </main>
  )
}
