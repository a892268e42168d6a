import { useState } from 'react'
import type { Project } from '../../domain/model'
import type { EditingSession, SharedLink } from '../../persistence'
import { EditToolbar } from '../actions/EditToolbar'
import { BpmnControls } from '../bpmn/BpmnControls'
import { ExportMenu } from '../export/ExportMenu'
import { SaveProblem, SaveStatus } from '../shell/SaveStatus'
import { ImportButton, ProblemRow } from './ImportButton'
import { ProjectName } from './ProjectName'

export interface ProjectHeaderProps {
  session?: EditingSession
  onBack?(): void
  onImport?(project: Project): Promise<void>
  /** Shares this solo project to a workshop server and reopens it shared (for the share dialog). */
  onShare?(link: SharedLink): Promise<unknown>
}

/**
 * Back to the list, the project's name, editing tools, files in and out, and the save state.
 * Problems (saving, a file that could not be read) are rows of their own under the header: the
 * header keeps its one row of controls whatever a message says.
 */
export function ProjectHeader({ session, onBack, onImport }: ProjectHeaderProps) {
  // The last file that could not be read, by either file control.
  const [fileProblem, setFileProblem] = useState<string | null>(null)
  return (
    <>
      <header className="project-header">
        {onBack && (
          <button type="button" className="back" onClick={onBack} aria-label="Back to projects" title="Back to projects">
            ← Projects
          </button>
        )}
        <ProjectName />
        <EditToolbar />
        <div className="header-end">
          <SaveStatus session={session} />
          {onImport && <ImportButton onImport={onImport} onProblem={setFileProblem} />}
          <ExportMenu session={session} />
          <BpmnControls onProblem={setFileProblem} />
        </div>
      </header>
      <SaveProblem session={session} />
      {fileProblem && <ProblemRow problem={fileProblem} onDismiss={() => setFileProblem(null)} />}
    </>
  )
}
