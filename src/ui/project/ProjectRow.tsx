import { useState } from 'react'
import type { ProjectSummary } from '../../persistence'

export interface ProjectRowProps {
  project: ProjectSummary
  onOpen(id: string): void
  onRename(id: string, name: string): Promise<void>
  onDuplicate(id: string): Promise<void>
  onDelete(project: ProjectSummary): void
}

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
const plural = (n: number, one: string) => `${n.toLocaleString()} ${one}${n === 1 ? '' : 's'}`

/** One project in the list: open it, or rename, duplicate or delete it. */
export function ProjectRow({ project, onOpen, onRename, onDuplicate, onDelete }: ProjectRowProps) {
  const [renaming, setRenaming] = useState(false)
  const commit = async (value: string) => {
    setRenaming(false)
    const next = value.trim()
    if (next && next !== project.name) await onRename(project.id, next)
  }
  return (
    <li className="project-row">
      <div className="project-row-main">
        {renaming ? (
          <input
            aria-label={`New name for ${project.name}`}
            defaultValue={project.name}
            autoFocus
            onFocus={(e) => e.currentTarget.select()}
            onBlur={(e) => void commit(e.currentTarget.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') void commit(e.currentTarget.value)
              else if (e.key === 'Escape') setRenaming(false)
            }}
          />
        ) : (
          <button type="button" className="project-open" onClick={() => onOpen(project.id)} disabled={project.newer}>
            {project.name}
          </button>
        )}
        <span className="project-meta">
          {project.newer
            ? 'Saved by a newer flowstate; reload this tab to open it'
            : `${plural(project.states, 'state')} · ${plural(project.steps, 'step')} · changed ${when.format(new Date(project.updatedAt))}`}
        </span>
      </div>
      <div className="project-row-actions">
        <button type="button" className="quiet" onClick={() => setRenaming(true)} aria-label={`Rename ${project.name}`} disabled={project.newer}>
          Rename
        </button>
        <button type="button" className="quiet" onClick={() => void onDuplicate(project.id)} aria-label={`Duplicate ${project.name}`} disabled={project.newer}>
          Duplicate
        </button>
        <button type="button" className="quiet danger" onClick={() => onDelete(project)} aria-label={`Delete ${project.name}`}>
          Delete
        </button>
      </div>
    </li>
  )
}
